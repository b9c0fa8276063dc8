#include "services/settings.h"

#include <QSettings>
#include <catch2/catch.hpp>

using namespace dialoog;

// `dialoog ics`, `summary` and `handover` read their settings through Settings too; these
// are the keys and formats the window has always written, so existing choices still count.
TEST_CASE("without choices the defaults hold: invites at 10:00 for 45 minutes, a six-week rhythm, "
          "a check-in every two weeks")
{
    QSettings().clear();
    const Settings settings;
    CHECK(settings.inviteStartTime() == QTime(10, 0));
    CHECK(settings.inviteMinutes() == 45);
    CHECK(settings.defaultRhythmWeeks() == 6);
    CHECK(settings.defaultCheckInWeeks() == 2);
    CHECK(settings.plannedMinutes() == 60);
    CHECK(settings.spareWorkspace()); // a conversation window is kept ready
    CHECK(settings.managerName().isEmpty());
    CHECK(settings.language().isEmpty());
}

TEST_CASE("choices stored under the known keys are read back, whoever wrote them")
{
    QSettings().clear();
    {
        QSettings raw;
        raw.setValue(QStringLiteral("invite/startTime"), QStringLiteral("09:30"));
        raw.setValue(QStringLiteral("invite/minutes"), 30);
        raw.setValue(QStringLiteral("manager/name"), QStringLiteral("Els Jansen"));
        raw.setValue(QStringLiteral("ui/language"), QStringLiteral("nl"));
        raw.setValue(QStringLiteral("employees/rhythmWeeks"), 8);
        raw.setValue(QStringLiteral("employees/checkInWeeks"), 3);
        raw.setValue(QStringLiteral("performance/spareWorkspace"), false);
    }
    const Settings settings;
    CHECK(settings.inviteStartTime() == QTime(9, 30));
    CHECK(settings.inviteMinutes() == 30);
    CHECK(settings.managerName() == QStringLiteral("Els Jansen"));
    CHECK(settings.language() == QStringLiteral("nl"));
    CHECK(settings.defaultRhythmWeeks() == 8);
    CHECK(settings.defaultCheckInWeeks() == 3);
    CHECK_FALSE(settings.spareWorkspace());
    QSettings().clear();
}

TEST_CASE("a stored invite time or length that makes no sense falls back to something that does")
{
    QSettings().clear();
    {
        QSettings raw;
        raw.setValue(QStringLiteral("invite/startTime"), QStringLiteral("half past nine"));
        raw.setValue(QStringLiteral("invite/minutes"), 0);
    }
    const Settings settings;
    CHECK(settings.inviteStartTime() == QTime(10, 0));
    CHECK(settings.inviteMinutes() == 5);
    QSettings().clear();
}

TEST_CASE("what the window sets, the next reader gets under the same key")
{
    QSettings().clear();
    {
        Settings settings;
        settings.setInviteStartTime(QTime(14, 15));
        settings.setInviteMinutes(50);
        settings.sync();
    }
    CHECK(QSettings().value(QStringLiteral("invite/startTime")).toString() ==
          QStringLiteral("14:15"));
    CHECK(Settings().inviteStartTime() == QTime(14, 15));
    CHECK(Settings().inviteMinutes() == 50);
    QSettings().clear();
}

TEST_CASE("the name is asked for until it is set or the question is skipped")
{
    QSettings().clear();
    {
        Settings settings;
        CHECK(settings.askForManagerName());
        settings.setManagerNameSkipped(true);
    }
    CHECK_FALSE(Settings().askForManagerName());
    QSettings().clear();
    {
        Settings settings;
        settings.setManagerName(QStringLiteral("Els Jansen"));
        settings.setManagerRole(QStringLiteral("Teamleider"));
    }
    CHECK_FALSE(Settings().askForManagerName());
    CHECK(QSettings().value(QStringLiteral("manager/role")).toString() ==
          QStringLiteral("Teamleider"));
    QSettings().clear();
}

TEST_CASE("retention from leaving suggests two years, and a new number of years is confirmed "
          "again")
{
    QSettings().clear();
    Settings settings;
    CHECK(settings.leaverRetentionYears() == 2);
    CHECK_FALSE(settings.leaverRetentionConfirmed());
    settings.setLeaverRetentionConfirmed(true);
    settings.setLeaverRetentionYears(2);
    CHECK(settings.leaverRetentionConfirmed()); // the same period stays agreed
    settings.setLeaverRetentionYears(3);
    CHECK_FALSE(settings.leaverRetentionConfirmed());
    CHECK(QSettings().value(QStringLiteral("retention/leaverYears")).toInt() == 3);
    settings.setLeaverRetentionYears(0);
    CHECK(Settings().leaverRetentionYears() == 0);
    QSettings().clear();
}
