// Issue 17: a check-in held from the keyboard, from the main window to the store.
#include "gui/employees/employeelistpanel.h"
#include "gui/employees/employeepage.h"
#include "gui/employees/historyview.h"
#include "gui/mainwindow/mainwindow.h"
#include "gui/platform/shortcutoverview.h"
#include "gui/widgets/textlisteditor.h"
#include "gui/workspace/checkinpage.h"
#include "gui/workspace/phasebar.h"
#include "gui/workspace/workspacewindow.h"
#include "guitestsupport.h"
#include "heldconversation.h"
#include "services/appservices.h"
#include "services/conversationdocument.h"
#include "services/employeedirectory.h"
#include "services/settings.h"
#include "store/store.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace dialoog;
using namespace dialoog::test;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    Store store{dir.filePath(QStringLiteral("checkin.sqlite")), Store::Open::CreateIfMissing};
    Settings settings;
    AppServices services{store};
    EmployeeDirectory &directory = services.employees();
    MainWindow window{services, settings};
    Id employee = 0;

    Fixture()
    {
        QSettings().clear();
        Settings().setManagerNameSkipped(true);
        MessageBox::setTestMode(true);
        Employee e{0,    QStringLiteral("Noor Bakker"), {}, QStringLiteral("Support"), {}, {}, 6,
                   false};
        employee = store.employees().insert(e);
        holdConversation();
        REQUIRE(directory.addNoteForNextTime(employee, QStringLiteral("Ask about the rota")));
        directory.reload();
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.listPanel()->select(employee);
    }

    // Last month's development conversation: a running goal and an open action item.
    void holdConversation()
    {
        const QDate held = QDate::currentDate().addDays(-30);
        test::holdWithOpenItems(store, store.conversations().create(employee, held).id, held);
    }
};

} // namespace

TEST_CASE("a manager holds a whole check-in from the keyboard, and the store holds all of it")
{
    Fixture f;
    pressIn(&f.window, f.window.listPanel()->view(), Qt::Key_N,
            Qt::ControlModifier | Qt::AltModifier);
    WorkspaceWindow *ws = f.window.findChild<WorkspaceWindow *>();
    REQUIRE(ws);
    REQUIRE(QTest::qWaitForWindowExposed(ws));
    ws->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(ws));
    CHECK(ws->windowTitle().startsWith(QStringLiteral("Check-in with Noor Bakker")));
    CHECK_FALSE(ws->phaseBar()->isVisible());
    auto *page = qobject_cast<CheckInPage *>(ws->currentPage());
    REQUIRE(page);

    // What waits from last time is on the page.
    QTreeWidget *inbox = child<QTreeWidget>(ws, "inbox");
    REQUIRE(inbox->topLevelItemCount() == 1);
    CHECK(inbox->topLevelItem(0)->text(0) == QStringLiteral("Ask about the rota"));
    QTreeWidget *earlier = child<QTreeWidget>(ws, "earlierActions");
    REQUIRE(earlier->topLevelItemCount() == 1);
    CHECK(earlier->topLevelItem(0)->text(0) == QStringLiteral("Shadow Kees on a call"));

    // It opens on the energy score; Tab goes on through the page.
    CHECK(focused() == page->energyBox());
    type(QStringLiteral("4"));
    press(Qt::Key_Tab);
    CHECK(focused() == page->happinessBox());
    type(QStringLiteral("3"));
    press(Qt::Key_Tab);
    CHECK(focused() == page->topicBox());
    press(Qt::Key_Down); // sparring about a project
    press(Qt::Key_Down); // looking back on a learning experience
    press(Qt::Key_Tab);
    CHECK(focused() == page->topicField());
    type(QStringLiteral("The outage last week"));
    press(Qt::Key_Tab); // the goal's progress
    press(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("40"));
    press(Qt::Key_Tab);
    REQUIRE(page->goalLines().size() == 1);
    CHECK(focused() == page->goalLines().front());
    type(QStringLiteral("Took two escalations alone"));
    press(Qt::Key_Return);

    // Agreements, action items and a private note from the note line, as in a conversation.
    press(Qt::Key_L, Qt::ControlModifier);
    type(QStringLiteral("Write up the outage together"));
    press(Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    type(QStringLiteral("Book the incident training"));
    press(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    type(QStringLiteral("Seemed tired"));
    press(Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(page->agreements()->list()->count() == 1);

    // The next check-in in two weeks, then held.
    press(Qt::Key_2, Qt::AltModifier);
    // A button's mnemonic clicks it a moment later, as it shows the press.
    REQUIRE(QTest::qWaitFor(
        [ws] { return ws->document().record().conversation.nextCheckIn.isValid(); }));
    press(Qt::Key_Return, Qt::ControlModifier);
    CHECK(ws->document().session().isFinished());
    press(Qt::Key_W, Qt::ControlModifier); // closes, so saves
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    const std::vector<Conversation> all = f.store.conversations().forEmployee(f.employee);
    const auto checkIn = std::find_if(all.begin(), all.end(), [](const Conversation &c) {
        return c.kind == ConversationKind::CheckIn;
    });
    REQUIRE(checkIn != all.end());
    const ConversationRecord r = f.store.conversations().load(checkIn->id);
    const Conversation &c = r.conversation;
    CHECK(c.phase == Phase::Finished);
    CHECK(c.heldDate == QDate::currentDate());
    CHECK(c.energy == 4);
    CHECK(c.workHappiness == 3);
    CHECK(c.topic == CheckInTopic::Learning);
    CHECK(c.topicText == QStringLiteral("The outage last week"));
    CHECK(c.nextCheckIn == QDate::currentDate().addDays(14));
    REQUIRE(r.goalUpdates.size() == 1);
    CHECK(r.goalUpdates.front().note == QStringLiteral("Took two escalations alone"));
    CHECK(r.goalUpdates.front().progress == 40);
    CHECK(r.goals.front().progress == 40);
    REQUIRE(r.agreements.size() == 1);
    CHECK(r.agreements.front().text == QStringLiteral("Write up the outage together"));
    REQUIRE(r.actionItems.size() == 1);
    CHECK(r.actionItems.front().text == QStringLiteral("Book the incident training"));
    REQUIRE(r.notes.size() == 1);
    CHECK(r.notes.front().isPrivate);

    // Back in the main window, the employee page lists it, and the timeline marks it.
    f.window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&f.window));
    QApplication::processEvents();
    QTreeWidget *list = f.window.employeePage()->conversationList();
    REQUIRE(list->topLevelItemCount() == 2);
    CHECK(list->topLevelItem(0)->text(1) == QStringLiteral("Check-in"));
    f.window.employeePage()->tabs()->setCurrentIndex(1);
    QTreeWidget *timeline = f.window.employeePage()->history()->findChild<QTreeWidget *>();
    REQUIRE(timeline);
    REQUIRE(timeline->topLevelItemCount() == 2);
    CHECK(timeline->topLevelItem(0)->text(0).startsWith(QStringLiteral("◆")));
    CHECK(timeline->topLevelItem(0)->text(1) == QStringLiteral("Check-in, held"));
    CHECK_FALSE(timeline->topLevelItem(1)->text(0).startsWith(QStringLiteral("◆")));
}

TEST_CASE("New Check-in is on the employee page, in the Conversation menu and in the shortcut "
          "overview as Ctrl+Alt+N")
{
    Fixture f;
    QAction *action = actionOf(f.window, ActionId::NewCheckIn);
    CHECK(action->shortcut() == QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N));
    CHECK(action->isEnabled());
    ShortcutOverview overview(f.window.actionRegistry(), &f.window);
    bool listed = false;
    for (int g = 0; g < overview.tree()->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = overview.tree()->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            listed =
                listed || (group->child(i)->text(0) == QStringLiteral("New Check-in") &&
                           group->child(i)->text(1) == QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N)
                                                           .toString(QKeySequence::NativeText));
    }
    CHECK(listed);

    QPushButton *button = nullptr;
    for (QPushButton *b : f.window.employeePage()->findChildren<QPushButton *>()) {
        if (b->text().remove(QLatin1Char('&')) == QStringLiteral("New check-in"))
            button = b;
    }
    REQUIRE(button);
    QTest::mouseClick(button, Qt::LeftButton);
    WorkspaceWindow *ws = f.window.findChild<WorkspaceWindow *>();
    REQUIRE(ws);
    CHECK(ws->document().record().conversation.kind == ConversationKind::CheckIn);
    // The same check-in again, not a second one, until it is held.
    const Id first = ws->document().record().conversation.id;
    ws->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    action->trigger();
    ws = f.window.findChild<WorkspaceWindow *>();
    REQUIRE(ws);
    CHECK(ws->document().record().conversation.id == first);
    ws->close();
}
