#include "core/energysignals.h"

#include <QLocale>
#include <catch2/catch.hpp>

using namespace dialoog;

namespace {

const QDate today(2026, 12, 1);

// Two held conversations with energy and work happiness, the later one a month ago.
SignalInput scores(int energyBefore, int energyNow, int happinessBefore = 4, int happinessNow = 4)
{
    SignalInput input;
    input.startDate = today.addYears(-1);
    input.held = {
        {.date = QDate(2026, 10, 12), .energy = energyBefore, .workHappiness = happinessBefore},
        {.date = QDate(2026, 11, 3), .energy = energyNow, .workHappiness = happinessNow}};
    // A running goal, reviewed in time: only the scores can raise a signal.
    input.goals = {{.id = 1, .what = QStringLiteral("Lead a project"), .running = true}};
    return input;
}

QStringList keys(const std::vector<EnergySignal> &raised)
{
    QStringList result;
    for (const EnergySignal &s : raised)
        result << s.key;
    return result;
}

// Someone without scores, whose only goal was last worked on at `lastWorked`.
SignalInput goalEndedOn(const QDate &lastWorked)
{
    SignalInput input;
    input.startDate = QDate(2020, 1, 1);
    input.goals = {{.id = 7,
                    .what = QStringLiteral("Learn SQL"),
                    .running = false,
                    .setOn = QDate(2020, 3, 1),
                    .lastUpdate = lastWorked}};
    return input;
}

// A running goal with this target date, last reviewed on `lastUpdate`.
SignalInput goalDue(const QDate &target, const QDate &lastUpdate = {})
{
    SignalInput input;
    input.startDate = QDate(2026, 1, 1);
    input.goals = {{.id = 12,
                    .what = QStringLiteral("Present at the conference"),
                    .running = true,
                    .targetDate = target,
                    .setOn = QDate(2026, 2, 1),
                    .lastUpdate = lastUpdate}};
    return input;
}

struct EnglishDates
{
    EnglishDates() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    ~EnglishDates() { QLocale::setDefault(QLocale::c()); }
};

} // namespace

TEST_CASE("a score that fell by two points raises a signal, by one point not")
{
    CHECK(keys(EnergySignals::raised(scores(4, 2), today)) == QStringList{"energy-fell"});
    CHECK(keys(EnergySignals::raised(scores(5, 2), today)) == QStringList{"energy-fell"});
    CHECK(keys(EnergySignals::raised(scores(4, 3), today)).isEmpty());
    CHECK(keys(EnergySignals::raised(scores(2, 4), today)).isEmpty()); // rose
    CHECK(keys(EnergySignals::raised(scores(4, 4, 5, 3), today)) == QStringList{"happiness-fell"});
    CHECK(keys(EnergySignals::raised(scores(4, 4, 5, 4), today)).isEmpty());
}

TEST_CASE("two scores in a row of two or lower raise a signal, a three does not")
{
    CHECK(keys(EnergySignals::raised(scores(2, 2), today)) == QStringList{"energy-low"});
    CHECK(keys(EnergySignals::raised(scores(3, 2), today)).isEmpty());
    CHECK(keys(EnergySignals::raised(scores(2, 3), today)).isEmpty());
    CHECK(keys(EnergySignals::raised(scores(4, 4, 1, 2), today)) == QStringList{"happiness-low"});
    // From 4 to 1 after a 2 before: both fell and low need the last two scores only.
    CHECK(keys(EnergySignals::raised(scores(4, 1, 2, 2), today)) ==
          QStringList({"energy-fell", "happiness-low"}));
}

TEST_CASE("only the last two scores of each measure count, and 'not asked' is no score")
{
    SignalInput input = scores(4, 2);
    // Later conversations without an energy score; a later happiness score alone.
    input.held.push_back({.date = QDate(2026, 11, 20), .energy = 0, .workHappiness = 4});
    CHECK(keys(EnergySignals::raised(input, today)) == QStringList{"energy-fell"});
    // A later energy score of 3 after the 2: the last two are 2 and 3.
    input.held.push_back({.date = QDate(2026, 11, 25), .energy = 3, .workHappiness = 0});
    CHECK(keys(EnergySignals::raised(input, today)).isEmpty());
    // A single score is not a trend; the order they were read in does not matter.
    SignalInput one = scores(4, 2);
    one.held.erase(one.held.begin());
    CHECK(EnergySignals::raised(one, today).empty());
    SignalInput reversed = scores(2, 4);
    std::swap(reversed.held[0].date, reversed.held[1].date);
    CHECK(keys(EnergySignals::raised(reversed, today)) == QStringList{"energy-fell"});
}

TEST_CASE("a fallen score reads as a sentence in plain words, with the scores it came from")
{
    const EnglishDates english;
    const std::vector<EnergySignal> raised = EnergySignals::raised(scores(4, 2), today);
    REQUIRE(raised.size() == 1);
    CHECK(raised[0].kind == EnergySignal::Kind::EnergyFell);
    CHECK(raised[0].sentence == "Energy fell from 4 to 2 since 12 October.");
    CHECK(raised[0].basis == "4 on 12 October, 2 on 3 November");
    CHECK(raised[0].since == QDate(2026, 10, 12));
    CHECK(raised[0].scores ==
          std::vector<std::pair<QDate, int>>{{QDate(2026, 10, 12), 4}, {QDate(2026, 11, 3), 2}});
    // A date in another year says its year.
    CHECK(EnergySignals::dayText(QDate(2025, 12, 30), today) == "30 December 2025");
    const auto low = EnergySignals::raised(scores(4, 4, 2, 1), today);
    REQUIRE(low.size() == 1);
    CHECK(low[0].sentence ==
          "Work happiness has been 2 or lower twice in a row, since 12 October.");
}

TEST_CASE("no running goal raises a signal after six months to the day")
{
    const EnglishDates english;
    // Last worked on 1 June: on 1 December it is six months.
    CHECK(keys(EnergySignals::raised(goalEndedOn(QDate(2026, 6, 1)), today)) ==
          QStringList{"no-running-goal"});
    CHECK(keys(EnergySignals::raised(goalEndedOn(QDate(2026, 6, 2)), today)).isEmpty());
    // Month ends: six months after 31 May is 30 November.
    CHECK(keys(EnergySignals::raised(goalEndedOn(QDate(2026, 5, 31)), QDate(2026, 11, 30))) ==
          QStringList{"no-running-goal"});
    CHECK(keys(EnergySignals::raised(goalEndedOn(QDate(2026, 5, 31)), QDate(2026, 11, 29)))
              .isEmpty());
    const auto raised = EnergySignals::raised(goalEndedOn(QDate(2026, 6, 1)), today);
    CHECK(raised[0].sentence == "No running development goal since 1 June.");
    // A goal running now, however old, is enough.
    SignalInput running = goalEndedOn(QDate(2020, 6, 1));
    running.goals[0].running = true;
    CHECK(EnergySignals::raised(running, today).empty());
}

TEST_CASE("without any goal the six months count from the start, else the first conversation")
{
    SignalInput input;
    input.startDate = QDate(2026, 6, 1);
    CHECK(keys(EnergySignals::raised(input, today)) == QStringList{"no-running-goal"});
    input.startDate = QDate(2026, 6, 2);
    CHECK(EnergySignals::raised(input, today).empty());
    input.startDate = {};
    CHECK(EnergySignals::raised(input, today).empty()); // nothing to count from
    input.held = {{.date = QDate(2026, 6, 1), .energy = 0, .workHappiness = 0}};
    CHECK(keys(EnergySignals::raised(input, today)) == QStringList{"no-running-goal"});
}

TEST_CASE("a running goal past its target date without an update raises a signal")
{
    const EnglishDates english;
    // Target yesterday, never reviewed: passed. Target today: not yet.
    CHECK(keys(EnergySignals::raised(goalDue(QDate(2026, 11, 30)), today)) ==
          QStringList{"goal-overdue:12"});
    CHECK(EnergySignals::raised(goalDue(today), today).empty());
    // Reviewed on the target day or after it: updated. The day before: not.
    CHECK(EnergySignals::raised(goalDue(QDate(2026, 11, 1), QDate(2026, 11, 1)), today).empty());
    CHECK(EnergySignals::raised(goalDue(QDate(2026, 11, 1), QDate(2026, 11, 20)), today).empty());
    const auto raised =
        EnergySignals::raised(goalDue(QDate(2026, 11, 1), QDate(2026, 10, 31)), today);
    REQUIRE(raised.size() == 1);
    CHECK(raised[0].sentence ==
          "The goal “Present at the conference” passed its target date of 1 November without an "
          "update.");
    CHECK(raised[0].basis == "Last reviewed on 31 October.");
    // A goal no longer running, or without a target date, is no signal.
    SignalInput done = goalDue(QDate(2026, 11, 1));
    done.goals[0].running = false;
    done.goals[0].lastUpdate = QDate(2026, 11, 25);
    CHECK(EnergySignals::raised(done, today).empty());
    CHECK(EnergySignals::raised(goalDue(QDate()), today).empty());
}

TEST_CASE("a dismissed signal stays away until a score dated after the dismissal")
{
    SignalInput input = scores(4, 2);
    input.dismissals = {
        {.signal = QStringLiteral("energy-fell"), .dismissedOn = QDate(2026, 11, 5)}};
    CHECK(EnergySignals::raised(input, today).size() == 1);
    CHECK(EnergySignals::active(input, today).empty());
    // A conversation without scores changes nothing.
    input.held.push_back({.date = QDate(2026, 11, 20), .energy = 0, .workHappiness = 0});
    CHECK(EnergySignals::active(input, today).empty());
    // A score on the day of the dismissal was seen when it was dismissed.
    input.held.push_back({.date = QDate(2026, 11, 5), .energy = 0, .workHappiness = 4});
    CHECK(EnergySignals::active(input, today).empty());
    // A new score the day after: the signal is back, whatever the new score's measure.
    input.held.push_back({.date = QDate(2026, 11, 6), .energy = 0, .workHappiness = 4});
    CHECK(keys(EnergySignals::active(input, today)) == QStringList{"energy-fell"});
    // A dismissal of another signal leaves this one alone.
    SignalInput other = scores(4, 2);
    other.dismissals = {{.signal = QStringLiteral("energy-low"), .dismissedOn = today}};
    CHECK(EnergySignals::active(other, today).size() == 1);
}

TEST_CASE("someone archived raises no signals")
{
    SignalInput input = scores(5, 1);
    input.archived = true;
    CHECK(EnergySignals::raised(input, today).empty());
}
