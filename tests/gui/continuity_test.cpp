// Between conversations: notes for next time, feedback at any time, and handing
// someone over to another manager.
#include "gui/employees/employeelistpanel.h"
#include "gui/employees/employeepage.h"
#include "gui/employees/feedbackdialog.h"
#include "gui/employees/quicknotedialog.h"
#include "gui/mainwindow/mainwindow.h"
#include "gui/platform/filedialogs.h"
#include "gui/workspace/workspacewindow.h"
#include "guitestsupport.h"
#include "services/appservices.h"
#include "services/conversationdocument.h"
#include "services/employeedirectory.h"
#include "services/settings.h"
#include "store/store.h"

#include <QAction>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <functional>

using namespace dialoog;
using namespace dialoog::test;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    Store store{dir.filePath(QStringLiteral("c.sqlite")), Store::Open::CreateIfMissing};
    Settings settings;
    AppServices services{store};
    EmployeeDirectory &directory = services.employees();
    MainWindow window{services, settings};
    Id employee = 0;

    Fixture()
    {
        QSettings().clear();
        MessageBox::setTestMode(true);
        Employee e{0,
                   QStringLiteral("Sanne de Vries"),
                   QStringLiteral("Support engineer"),
                   QStringLiteral("Care"),
                   QStringLiteral("sanne@example.org"),
                   {},
                   6,
                   false};
        employee = store.employees().insert(e);
        directory.reload();
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.listPanel()->select(employee);
    }

    std::vector<InboxNote> inbox()
    {
        return store.repository<InboxNote>().where("employee_id", employee);
    }
};

// Answers the next modal dialog of type D once it is active: its shortcuts (Ctrl+Return)
// work only then, which can come a little after it is shown when the machine is busy.
template <typename D> NextDialog<D> answerNext(const char *name, std::function<void(D *)> answer)
{
    return NextDialog<D>(name, std::move(answer), NextDialog<D>::Wait::WhenActive);
}

} // namespace

TEST_CASE("Ctrl+Shift+N notes something for next time, undo takes it back, and the next "
          "preparation files it")
{
    Fixture f;
    const auto first = answerNext<QuickNoteDialog>("the quick note dialog", [](QuickNoteDialog *d) {
        QTest::keyClicks(d->editor(), QStringLiteral("Ask about the team move"));
        QTest::keyClick(d->editor(), Qt::Key_Return); // a new line, not saving
        QTest::keyClicks(d->editor(), QStringLiteral("and the course"));
        QTest::keyClick(d->editor(), Qt::Key_Return, Qt::ControlModifier);
    });
    pressIn(&f.window, f.window.listPanel()->view(), Qt::Key_N,
            Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(f.inbox().size() == 1);
    CHECK(f.inbox().front().text == QStringLiteral("Ask about the team move\nand the course"));
    CHECK_FALSE(f.inbox().front().done);
    CHECK(f.window.employeePage()->inboxText().contains(QStringLiteral("Notes for next time: 1")));

    pressStandard(&f.window, QKeySequence::Undo);
    CHECK(f.inbox().empty());
    CHECK(f.window.employeePage()->inboxText().isEmpty());
    pressStandard(&f.window, QKeySequence::Redo);
    REQUIRE(f.inbox().size() == 1);

    // Esc cancels: nothing is added.
    const auto cancelled =
        answerNext<QuickNoteDialog>("the quick note dialog", [](QuickNoteDialog *d) {
            QTest::keyClicks(d->editor(), QStringLiteral("Never mind"));
            QTest::keyClick(d->editor(), Qt::Key_Escape);
        });
    actionOf(f.window, ActionId::NoteForNextTime)->trigger();
    CHECK(f.inbox().size() == 1);

    // The next conversation's preparation lists it; "Move to notes" makes it a note there.
    actionOf(f.window, ActionId::NewConversation)->trigger();
    WorkspaceWindow *ws = f.window.findChild<WorkspaceWindow *>();
    REQUIRE(ws);
    REQUIRE(QTest::qWaitForWindowExposed(ws));
    QTreeWidget *inbox = child<QTreeWidget>(ws, "inbox");
    REQUIRE(inbox->topLevelItemCount() == 1);
    CHECK(inbox->topLevelItem(0)->text(0) ==
          QStringLiteral("Ask about the team move\nand the course"));
    QTest::mouseClick(child<QPushButton>(ws, "inboxKeep"), Qt::LeftButton);
    CHECK(inbox->topLevelItemCount() == 1); // the "nothing noted" line
    CHECK_FALSE(inbox->isEnabled());
    REQUIRE(ws->document().record().notes.size() == 1);
    CHECK(ws->document().record().notes.front().phase == Phase::Preparation);

    // Ctrl+Shift+N in the conversation notes something for the time after.
    const auto inConversation =
        answerNext<QuickNoteDialog>("the quick note dialog", [](QuickNoteDialog *d) {
            QTest::keyClicks(d->editor(), QStringLiteral("Follow up on the course"));
            QTest::keyClick(d->editor(), Qt::Key_Return, Qt::ControlModifier);
        });
    pressIn(ws, ws, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    const Id conversation = ws->document().record().conversation.id;
    ws->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    const std::vector<InboxNote> stored = f.inbox();
    REQUIRE(stored.size() == 2);
    CHECK(stored[0].done);
    CHECK_FALSE(stored[1].done);
    CHECK(stored[1].text == QStringLiteral("Follow up on the course"));
    const ConversationRecord record = f.store.conversations().load(conversation);
    REQUIRE(record.notes.size() == 1);
    CHECK(record.notes.front().text == stored[0].text);
}

TEST_CASE("feedback added between conversations waits for the next preparation")
{
    Fixture f;
    const auto dialog = answerNext<FeedbackDialog>("the feedback dialog", [](FeedbackDialog *d) {
        typeInto(child<QLineEdit>(d, "feedbackFrom"), QStringLiteral("Priya"));
        typeInto(child<QPlainTextEdit>(d, "feedbackText"), QStringLiteral("Explains patiently"));
        QTest::keyClick(child<QPlainTextEdit>(d, "feedbackText"), Qt::Key_Return,
                        Qt::ControlModifier);
    });
    actionOf(f.window, ActionId::AddFeedback)->trigger();
    const std::vector<FeedbackItem> stored = f.store.repository<FeedbackItem>().all();
    REQUIRE(stored.size() == 1);
    CHECK(stored.front().fromWhom == QStringLiteral("Priya"));
    CHECK(stored.front().conversationId == 0);
    CHECK(stored.front().date == QDate::currentDate());

    actionOf(f.window, ActionId::NewConversation)->trigger();
    WorkspaceWindow *ws = f.window.findChild<WorkspaceWindow *>();
    REQUIRE(ws);
    REQUIRE(ws->document().record().feedback.size() == 1);
    CHECK(ws->document().record().feedback.front().text == QStringLiteral("Explains patiently"));
}

TEST_CASE("a handed-over employee is taken over, and someone already there is shown and only added "
          "on request")
{
    Fixture f;
    const QString path = f.dir.filePath(QStringLiteral("handover.json"));
    MessageBox::setNextAnswer(false); // no private notes
    FileDialogs::setNextSaveFileName(path);
    actionOf(f.window, ActionId::HandOverEmployee)->trigger();
    REQUIRE(QFile::exists(path));

    FileDialogs::setNextOpenFileName(path);
    MessageBox::setNextAnswer(false);
    actionOf(f.window, ActionId::TakeOverEmployee)->trigger();
    CHECK(MessageBox::lastText().contains(QStringLiteral("Sanne de Vries")));
    CHECK(f.store.employees().count() == 1);

    FileDialogs::setNextOpenFileName(path);
    MessageBox::setNextAnswer(true);
    actionOf(f.window, ActionId::TakeOverEmployee)->trigger();
    CHECK(f.store.employees().count() == 2);
    CHECK(f.window.listPanel()->view()->model()->rowCount() == 2);
}
