// Issue 15: the workspace driven as a manager does, keys only, each sent to the widget
// that has the focus: a phase switch lands where typing goes next, the note shortcuts
// work before and after typing, Esc returns to the note line, and no word is swallowed.
#include "gui/platform/shortcutoverview.h"
#include "gui/workspace/goalspage.h"
#include "gui/workspace/notespanel.h"
#include "gui/workspace/phasebar.h"
#include "gui/workspace/questionspage.h"
#include "gui/workspace/workspaceactionids.h"
#include "gui/workspace/workspacewindow.h"
#include "gui/workspace/wrapuppage.h"
#include "guitestsupport.h"
#include "services/appservices.h"
#include "services/conversationdocument.h"
#include "services/settings.h"
#include "store/store.h"

#include <QAbstractItemView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeWidget>

using namespace dialoog;
using namespace dialoog::test;

namespace {

struct Flow
{
    QTemporaryDir dir;
    Store store{dir.filePath(QStringLiteral("flow.sqlite")), Store::Open::CreateIfMissing};
    Settings settings;
    AppServices services{store};
    Id conversation = 0;
    std::unique_ptr<WorkspaceWindow> ws;

    Flow()
    {
        QSettings().clear();
        MessageBox::setTestMode(true);
        Employee e{0, QStringLiteral("Sanne de Vries"), {}, {}, {}, {}, 6, false};
        const Id employee = store.employees().insert(e);
        conversation = store.conversations().create(employee, QDate::currentDate()).id;
        ws = std::make_unique<WorkspaceWindow>(services, settings, conversation,
                                               QStringLiteral("en"));
        ws->setAttribute(Qt::WA_DeleteOnClose, false); // the test owns it
        ws->show();
        REQUIRE(QTest::qWaitForWindowExposed(ws.get()));
        ws->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(ws.get()));
    }

    // The conversation as the store holds it, read back through the services.
    ConversationRecord stored()
    {
        REQUIRE(ws->document().saveNow());
        return services.openConversation(conversation, QStringLiteral("en"))->record();
    }
};

QString nameOf(const QWidget *w)
{
    return QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') + w->objectName() +
           QLatin1Char(' ') + w->accessibleName();
}

void checkFocusOn(const QWidget *expected)
{
    INFO("focus is on " << nameOf(focused()).toStdString() << ", expected "
                        << nameOf(expected).toStdString());
    CHECK(focused() == expected);
}

} // namespace

TEST_CASE("after a switch to Goals, typed words become the new goal, however the switch was made")
{
    Flow f;
    // A goal already listed: the table has a row its keyboard search could jump to.
    Goal earlier;
    earlier.what = QStringLiteral("Learn SQL");
    REQUIRE(f.ws->document().addGoal(earlier));
    auto *goals = static_cast<GoalsPage *>(f.ws->page(Phase::Goals));

    SECTION("Ctrl+2")
    {
        press(Qt::Key_2, Qt::ControlModifier);
    }
    SECTION("Ctrl+PgDown from Preparation")
    {
        press(Qt::Key_PageDown, Qt::ControlModifier);
    }
    SECTION("a click on the phase bar")
    {
        const QList<QToolButton *> buttons = f.ws->phaseBar()->findChildren<QToolButton *>();
        REQUIRE(buttons.size() == 4);
        QTest::mouseClick(buttons[1], Qt::LeftButton);
    }
    REQUIRE(f.ws->currentPage() == goals);
    CHECK_FALSE(qobject_cast<QAbstractItemView *>(focused()));
    checkFocusOn(goals->newGoalInput());
    type(QStringLiteral("Give a talk"));
    press(Qt::Key_Return);
    const ConversationRecord r = f.stored();
    REQUIRE(r.goals.size() == 2);
    CHECK(r.goals[1].what == QStringLiteral("Give a talk"));
}

TEST_CASE("back on Goals after picking a goal, typing goes to that goal's What")
{
    Flow f;
    press(Qt::Key_2, Qt::ControlModifier);
    type(QStringLiteral("Give a talk"));
    press(Qt::Key_Return); // added and picked; the cursor is in its Why
    press(Qt::Key_1, Qt::ControlModifier);
    press(Qt::Key_2, Qt::ControlModifier);
    checkFocusOn(child<QLineEdit>(f.ws.get(), "goalWhat"));
    press(Qt::Key_End);
    type(QStringLiteral(" at the meetup"));
    CHECK(f.stored().goals.at(0).what == QStringLiteral("Give a talk at the meetup"));
}

TEST_CASE("Ctrl+3 lands in the first unanswered answer, and Tab goes on to the next answer")
{
    Flow f;
    auto *questions = static_cast<QuestionsPage *>(f.ws->page(Phase::Questions));
    REQUIRE(questions->answerField(2));
    press(Qt::Key_3, Qt::ControlModifier);
    checkFocusOn(questions->answerField(0));
    type(QStringLiteral("Customers"));
    press(Qt::Key_Tab);
    checkFocusOn(questions->answerField(1));
    type(QStringLiteral("Time"));
    press(Qt::Key_Tab, Qt::ShiftModifier);
    checkFocusOn(questions->answerField(0));

    // Back on the page, the first answer still empty is where typing goes.
    press(Qt::Key_1, Qt::ControlModifier);
    press(Qt::Key_3, Qt::ControlModifier);
    checkFocusOn(questions->answerField(2));
    const ConversationRecord r = f.stored();
    REQUIRE(r.answers.size() == 2);
    CHECK(r.answers[0].text == QStringLiteral("Customers"));
    CHECK(r.answers[1].text == QStringLiteral("Time"));
}

TEST_CASE("Preparation lands in its first empty field, Wrap-up in the summary")
{
    Flow f;
    press(Qt::Key_4, Qt::ControlModifier);
    checkFocusOn(static_cast<WrapUpPage *>(f.ws->page(Phase::WrapUp))->summaryField());
    type(QStringLiteral("Good talk"));
    press(Qt::Key_1, Qt::ControlModifier);
    auto *energy = child<QWidget>(f.ws.get(), "energy");
    checkFocusOn(energy);
    press(Qt::Key_4);

    press(Qt::Key_Tab);
    press(Qt::Key_3);
    press(Qt::Key_2, Qt::ControlModifier);
    press(Qt::Key_1, Qt::ControlModifier);
    // Both scores given: the note beside them is the first empty field.
    checkFocusOn(child<QLineEdit>(f.ws.get(), "wellbeingNote"));
    const ConversationRecord r = f.stored();
    CHECK(r.conversation.summary == QStringLiteral("Good talk"));
    CHECK(r.conversation.energy == 4);
    CHECK(r.conversation.workHappiness == 3);
}

TEST_CASE("a note shortcut pressed before typing sets the line's kind, and Enter adds that kind")
{
    Flow f;
    NotesPanel *notes = f.ws->notes();
    QLineEdit *line = notes->input();
    press(Qt::Key_3, Qt::ControlModifier); // typing an answer, then the shortcut
    press(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    checkFocusOn(line);
    CHECK(notes->kindLabel()->isVisible());
    CHECK(notes->kindLabel()->text() == QStringLiteral("Action item"));
    CHECK(line->placeholderText().contains(QStringLiteral("Esc")));
    type(QStringLiteral("Book the course"));
    press(Qt::Key_Return);
    // One line only: the next is a plain note again.
    CHECK_FALSE(notes->kindLabel()->isVisible());
    type(QStringLiteral("Plain"));
    press(Qt::Key_Return);

    press(Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(notes->kindLabel()->text() == QStringLiteral("Agreement"));
    type(QStringLiteral("Monthly check-in"));
    press(Qt::Key_Return);
    press(Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    type(QStringLiteral("Seems tired"));
    press(Qt::Key_Return);
    // After typing, as before: the shortcut adds the text as its kind.
    type(QStringLiteral("Ask HR about the course budget"));
    press(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(line->text().isEmpty());

    const ConversationRecord r = f.stored();
    REQUIRE(r.actionItems.size() == 2);
    CHECK(r.actionItems[0].text == QStringLiteral("Book the course"));
    CHECK(r.actionItems[1].text == QStringLiteral("Ask HR about the course budget"));
    REQUIRE(r.agreements.size() == 1);
    CHECK(r.agreements[0].text == QStringLiteral("Monthly check-in"));
    REQUIRE(r.notes.size() == 2);
    CHECK(r.notes[0].text == QStringLiteral("Plain"));
    CHECK_FALSE(r.notes[0].isPrivate);
    CHECK(r.notes[1].text == QStringLiteral("Seems tired"));
    CHECK(r.notes[1].isPrivate);
}

TEST_CASE("Esc or the same shortcut again returns the line to a plain note")
{
    Flow f;
    NotesPanel *notes = f.ws->notes();
    press(Qt::Key_L, Qt::ControlModifier);
    press(Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(notes->kind() == NoteKind::PrivateNote);
    press(Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(notes->kind() == NoteKind::Note);
    CHECK_FALSE(notes->kindLabel()->isVisible());

    press(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(notes->kind() == NoteKind::ActionItem);
    CHECK_FALSE(notes->take(NoteKind::Agreement)); // the empty line is left as it is
    CHECK(notes->kind() == NoteKind::ActionItem);
    press(Qt::Key_Escape);
    CHECK(notes->kind() == NoteKind::Note);
    checkFocusOn(notes->input());
    CHECK(notes->input()->placeholderText() == QStringLiteral("Type a note and press Enter"));
    type(QStringLiteral("Only a note"));
    press(Qt::Key_Return);
    const ConversationRecord r = f.stored();
    CHECK(r.actionItems.empty());
    REQUIRE(r.notes.size() == 1);
    CHECK_FALSE(r.notes[0].isPrivate);
}

TEST_CASE("Esc anywhere in the workspace returns to the note line, and is listed as a shortcut")
{
    Flow f;
    QLineEdit *line = f.ws->notes()->input();
    SECTION("from the summary")
    {
        press(Qt::Key_4, Qt::ControlModifier);
    }
    SECTION("from an answer")
    {
        press(Qt::Key_3, Qt::ControlModifier);
    }
    SECTION("from the goals table")
    {
        press(Qt::Key_2, Qt::ControlModifier);
        auto *table = f.ws->page(Phase::Goals)->findChild<QTreeWidget *>();
        REQUIRE(table);
        table->setFocus(Qt::MouseFocusReason);
    }
    REQUIRE(focused() != line);
    press(Qt::Key_Escape);
    checkFocusOn(line);

    ShortcutOverview overview(f.ws->actionRegistry(), f.ws.get());
    const QList<QTreeWidgetItem *> esc =
        overview.tree()->findItems(QStringLiteral("Esc"), Qt::MatchExactly | Qt::MatchRecursive, 1);
    REQUIRE(esc.size() == 1);
    CHECK(esc[0]->text(0) == QStringLiteral("Back to the Note Line"));
}

TEST_CASE("letters typed on a table or a button go to the note line, not into thin air")
{
    Flow f;
    Goal goal;
    goal.what = QStringLiteral("Learn SQL");
    REQUIRE(f.ws->document().addGoal(goal));
    QWidget *from = nullptr;
    SECTION("the goals table")
    {
        press(Qt::Key_2, Qt::ControlModifier);
        from = f.ws->page(Phase::Goals)->findChild<QTreeWidget *>();
    }
    SECTION("the Choose questions button")
    {
        press(Qt::Key_3, Qt::ControlModifier);
        for (QPushButton *button : f.ws->page(Phase::Questions)->findChildren<QPushButton *>()) {
            if (button->text().remove(QLatin1Char('&')).startsWith(QStringLiteral("Choose")))
                from = button;
        }
    }
    SECTION("a score still \"not asked\", which takes digits only")
    {
        press(Qt::Key_1, Qt::ControlModifier);
        from = child<QWidget>(f.ws.get(), "energy");
    }
    REQUIRE(from);
    from->setFocus(Qt::MouseFocusReason);
    REQUIRE(focused() == from);
    type(QStringLiteral("Seems tired"));
    checkFocusOn(f.ws->notes()->input());
    CHECK(f.ws->notes()->input()->text() == QStringLiteral("Seems tired"));
    press(Qt::Key_Return);
    const ConversationRecord r = f.stored();
    REQUIRE(r.notes.size() == 1);
    CHECK(r.notes[0].text == QStringLiteral("Seems tired"));
    CHECK(r.conversation.energy == 0);
}
