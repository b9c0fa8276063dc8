#include "gui/employees/employeelistmodel.h"
#include "gui/employees/employeelistpanel.h"
#include "gui/employees/employeepage.h"
#include "gui/employees/linechart.h"
#include "gui/mainwindow/mainwindow.h"
#include "gui/rhythm/rhythmmodel.h"
#include "gui/rhythm/rhythmpanel.h"
#include "gui/wellbeing/signalpanel.h"
#include "gui/wellbeing/teamwindow.h"
#include "gui/workspace/phasepage.h"
#include "gui/workspace/workspacewindow.h"
#include "guitestsupport.h"
#include "services/appservices.h"
#include "services/conversationdocument.h"
#include "services/employeedirectory.h"
#include "services/settings.h"
#include "store/store.h"

#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>

using namespace dialoog;
using namespace dialoog::test;

namespace {

const QDate today = QDate::currentDate();

// Sanne had energy 4 a month ago; today's conversation is held and under way, not scored
// yet. Bram's scores are steady.
struct Team
{
    QTemporaryDir dir;
    Store store{dir.filePath(QStringLiteral("signals.sqlite")), Store::Open::CreateIfMissing};
    Settings settings;
    Id sanne = 0, bram = 0, todays = 0;
    std::unique_ptr<AppServices> services;
    std::unique_ptr<MainWindow> window;

    Team()
    {
        QSettings().clear();
        MessageBox::setTestMode(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        sanne = person(QStringLiteral("Sanne de Vries"));
        bram = person(QStringLiteral("Bram Visser"));
        held(sanne, today.addDays(-30), 4, Phase::Finished);
        todays = held(sanne, today, 0, Phase::WrapUp);
        held(bram, today.addDays(-60), 4, Phase::Finished);
        held(bram, today.addDays(-20), 4, Phase::Finished);
        services = std::make_unique<AppServices>(store);
        window = std::make_unique<MainWindow>(*services, settings);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        window->listPanel()->select(sanne);
    }
    ~Team()
    {
        window.reset();
        QLocale::setDefault(QLocale::c());
    }

    Id person(const QString &name)
    {
        Employee e;
        e.name = name;
        e.startDate = today.addMonths(-3);
        const Id id = store.employees().insert(e);
        Goal goal; // a running goal: only the scores can raise a signal here
        goal.employeeId = id;
        goal.what = QStringLiteral("Lead the release");
        goal.status = GoalStatus::Active;
        store.repository<Goal>().insert(goal);
        return id;
    }

    Id held(Id employee, const QDate &day, int energy, Phase phase)
    {
        const Id id = store.conversations().create(employee, day).id;
        ConversationRecord r = store.conversations().load(id);
        r.conversation.heldDate = day;
        r.conversation.phase = phase;
        r.conversation.energy = energy;
        r.conversation.workHappiness = 4;
        r.conversation.noFollowUp = true;
        store.conversations().save(r);
        return id;
    }

    int signalsOf(Id id) const
    {
        return window->employeeModel()
            ->data(window->employeeModel()->indexOf(id), EmployeeListModel::SignalCountRole)
            .toInt();
    }
    SignalPanel *panel() const { return window->employeePage()->signalPanel(); }
};

} // namespace

TEST_CASE("a falling score typed in a conversation raises the signal in the list and on the page; "
          "dismissing it with the keyboard is undone with Ctrl+Z")
{
    Team t;
    CHECK(t.signalsOf(t.sanne) == 0);
    CHECK(t.panel()->isHidden());

    // Enter on Sanne in the list opens today's conversation; energy 2 on its first page.
    t.window->listPanel()->selectAndFocus(t.sanne);
    pressIn(t.window.get(), QApplication::focusWidget(), Qt::Key_Return);
    WorkspaceWindow *workspace = nullptr;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *ws = qobject_cast<WorkspaceWindow *>(w); ws && ws->isVisible())
            workspace = ws;
    }
    REQUIRE(workspace);
    REQUIRE(workspace->document().record().conversation.id == t.todays);
    workspace->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(workspace));
    QApplication::processEvents();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_1, Qt::ControlModifier);
    QApplication::processEvents();
    INFO("page " << workspace->currentPage()->metaObject()->className());
    auto *energy = child<QSpinBox>(workspace->currentPage(), "energy");
    energy->setFocus(Qt::ShortcutFocusReason); // as Alt+Y does (conversationwindow_test)
    QTest::keyClick(energy, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(energy, QStringLiteral("2"));
    pressStandard(workspace, QKeySequence::Close); // saves on the way out
    QApplication::processEvents();

    // The mark in the list and in the rhythm view, the sentence with its scores on the page.
    t.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(t.window.get()));
    QApplication::processEvents();
    CHECK(t.signalsOf(t.sanne) == 1);
    CHECK(t.signalsOf(t.bram) == 0);
    const QModelIndex name = t.window->employeeModel()->indexOf(t.sanne);
    CHECK_FALSE(name.data(Qt::DecorationRole).value<QIcon>().isNull());
    CHECK(name.data(Qt::AccessibleTextRole).toString() == "Sanne de Vries, 1 signal");
    const QString since =
        QLocale().toString(today.addDays(-30), today.addDays(-30).year() == today.year()
                                                   ? QStringLiteral("d MMMM")
                                                   : QStringLiteral("d MMMM yyyy"));
    const QString sentence = QStringLiteral("Energy fell from 4 to 2 since %1.").arg(since);
    CHECK(name.data(Qt::ToolTipRole).toString().contains(sentence));
    REQUIRE(t.panel()->isVisible());
    CHECK(t.panel()->text().contains(sentence));
    CHECK(t.panel()->text().contains(QStringLiteral("Scores: 4 on %1, 2 on").arg(since)));
    CHECK(t.panel()->text().contains(QStringLiteral("planning a check-in sooner")));

    // Dismiss comes just before New conversation in Tab order; Space dismisses, Ctrl+Z
    // brings it back.
    REQUIRE(t.panel()->dismissButtons().size() == 1);
    QPushButton *dismiss = t.panel()->dismissButtons().front();
    QPushButton *newConversation = nullptr;
    for (QPushButton *b : t.window->employeePage()->findChildren<QPushButton *>()) {
        if (b->text() == QStringLiteral("&New conversation"))
            newConversation = b;
    }
    REQUIRE(newConversation);
    newConversation->setFocus(Qt::TabFocusReason);
    pressIn(t.window.get(), newConversation, Qt::Key_Backtab, Qt::ShiftModifier);
    REQUIRE(QApplication::focusWidget() == dismiss);
    pressIn(t.window.get(), dismiss, Qt::Key_Space);
    QApplication::processEvents();
    CHECK(t.signalsOf(t.sanne) == 0);
    CHECK(t.panel()->isHidden());
    pressStandard(t.window.get(), QKeySequence::Undo);
    QApplication::processEvents();
    CHECK(t.signalsOf(t.sanne) == 1);
    CHECK(t.panel()->text().contains(sentence));
    pressStandard(t.window.get(), QKeySequence::Redo);
    QApplication::processEvents();
    CHECK(t.signalsOf(t.sanne) == 0);
}

TEST_CASE("an autosave after a note leaves the list row unread, and one after a falling score "
          "updates the row and raises the signal at once")
{
    Team t;
    WorkspaceWindow *workspace = t.window->openConversation(t.todays);
    REQUIRE(workspace);
    ConversationDocument &document = workspace->document();
    QSignalSpy rowRead(&t.services->employees(), &EmployeeDirectory::rowChanged);

    REQUIRE(document.addNote(QStringLiteral("Busy month with the release"), false));
    REQUIRE(document.saveNow()); // as the autosave does, the window staying open
    QApplication::processEvents();
    CHECK(rowRead.isEmpty());
    CHECK(t.signalsOf(t.sanne) == 0);
    CHECK(t.store.conversations().load(t.todays).notes.size() == 1);

    REQUIRE(document.setScores(2, 4));
    REQUIRE(document.saveNow());
    QApplication::processEvents();
    REQUIRE(rowRead.size() == 1);
    CHECK(rowRead.takeFirst().at(0).value<EmployeeOverview>().employee.id == t.sanne);
    CHECK(t.signalsOf(t.sanne) == 1);
    CHECK(t.window->employeeModel()->indexOf(t.sanne).data(Qt::AccessibleTextRole).toString() ==
          "Sanne de Vries, 1 signal");
}

TEST_CASE("the rhythm view marks a person with a signal, with the sentence for screen readers")
{
    Team t;
    t.held(t.sanne, today.addDays(-1), 1, Phase::Finished);
    t.services->employees().reload();
    RhythmModel *rhythm = t.window->rhythmPanel()->findChild<RhythmModel *>();
    REQUIRE(rhythm);
    bool marked = false;
    for (int g = 0; g < rhythm->rowCount(); ++g) {
        const QModelIndex group = rhythm->index(g, 0);
        for (int r = 0; r < rhythm->rowCount(group); ++r) {
            const QModelIndex person = rhythm->index(r, 0, group);
            if (person.data(RhythmModel::IdRole).value<Id>() != t.sanne)
                continue;
            marked = !person.data(Qt::DecorationRole).value<QIcon>().isNull();
            CHECK(person.data(Qt::AccessibleTextRole).toString() == "Sanne de Vries, 1 signal");
            CHECK(person.data(Qt::ToolTipRole).toString().startsWith("Signal: Energy fell"));
        }
    }
    CHECK(marked);
}

TEST_CASE("View → Team shows one chart per person, those with a signal first, values as text")
{
    Team t;
    t.held(t.sanne, today.addDays(-1), 2, Phase::Finished);
    t.services->employees().reload();
    pressIn(t.window.get(), t.window.get(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    QPointer<TeamWindow> team = t.window->findChild<TeamWindow *>();
    REQUIRE(team);
    REQUIRE(QTest::qWaitForWindowExposed(team));
    const std::vector<LineChart *> charts = team->charts();
    REQUIRE(charts.size() == 2);
    CHECK(charts[0]->accessibleName().startsWith("Energy and work happiness of Sanne de Vries"));
    CHECK(charts[0]->accessibleName().endsWith(", 1 signal"));
    CHECK(charts[1]->accessibleName().startsWith("Energy and work happiness of Bram Visser"));
    const QString yesterday = QLocale().toString(today.addDays(-1), QLocale::ShortFormat);
    CHECK(charts[0]->accessibleDescription().contains(QStringLiteral("Energy — ")));
    CHECK(charts[0]->accessibleDescription().contains(QStringLiteral("%1: 2").arg(yesterday)));
    CHECK(charts[1]->data().dates.size() == 2);
    pressIn(team, team, Qt::Key_Escape);
    QApplication::processEvents();
    CHECK((team.isNull() || !team->isVisible()));
}
