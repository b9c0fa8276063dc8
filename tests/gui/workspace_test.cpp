#include "gui/employees/employeelistmodel.h"
#include "gui/employees/employeelistpanel.h"
#include "gui/mainwindow/mainwindow.h"
#include "gui/platform/filedialogs.h"
#include "gui/platform/titleicons.h"
#include "gui/summary/summaryactions.h"
#include "gui/widgets/wrappedlabel.h"
#include "gui/workspace/conflictbar.h"
#include "gui/workspace/contextpanel.h"
#include "gui/workspace/notedelegate.h"
#include "gui/workspace/notespanel.h"
#include "gui/workspace/phasebar.h"
#include "gui/workspace/questionspage.h"
#include "gui/workspace/scoretrend.h"
#include "gui/workspace/workspacewindow.h"
#include "gui/workspace/wrapuppage.h"
#include "guitestsupport.h"
#include "report/summaryrenderers.h"
#include "services/appservices.h"
#include "services/conversationdocument.h"
#include "services/employeedirectory.h"
#include "services/settings.h"
#include "store/demodata.h"
#include "store/store.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QStyle>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTreeView>
#include <QUndoStack>

using namespace dialoog;
using namespace dialoog::test;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("ws.sqlite"));
    std::unique_ptr<Store> store = std::make_unique<Store>(path, Store::Open::CreateIfMissing);
    Settings settings;
    std::unique_ptr<AppServices> services;
    EmployeeDirectory *directory = nullptr;
    std::unique_ptr<MainWindow> window;
    Id employee = 0;

    Fixture()
    {
        QSettings().clear();
        QSettings().setValue(QStringLiteral("questions/language"), QStringLiteral("en"));
        MessageBox::setTestMode(true);
        Employee e{0,
                   QStringLiteral("Sanne de Vries"),
                   QStringLiteral("Support engineer"),
                   QStringLiteral("Care"),
                   {},
                   {},
                   6,
                   false};
        employee = store->employees().insert(e);
        open();
    }

    void open()
    {
        services = std::make_unique<AppServices>(*store);
        directory = &services->employees();
        directory->reload();
        window = std::make_unique<MainWindow>(*services, settings);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }

    // Closes everything as quitting does, then opens the same file afresh.
    void restart()
    {
        window->close();
        window.reset();
        services.reset();
        store.reset();
        store = std::make_unique<Store>(path, Store::Open::Existing);
        open();
    }

    WorkspaceWindow *workspace() const
    {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *ws = qobject_cast<WorkspaceWindow *>(w); ws && ws->isVisible())
                return ws;
        }
        return nullptr;
    }

    WorkspaceWindow *startWithKeyboard()
    {
        window->listPanel()->select(employee);
        pressIn(window.get(), window->listPanel()->view(), Qt::Key_N, Qt::ControlModifier);
        WorkspaceWindow *ws = workspace();
        REQUIRE(ws);
        REQUIRE(QTest::qWaitForWindowExposed(ws));
        return ws;
    }

    ConversationRecord stored(Id conversation) { return store->conversations().load(conversation); }
};

void phase(WorkspaceWindow *ws, int number)
{
    pressIn(ws, ws, static_cast<Qt::Key>(Qt::Key_0 + number), Qt::ControlModifier);
}

} // namespace

TEST_CASE("a whole conversation is held with the keyboard and everything typed is in the store")
{
    Fixture f;
    WorkspaceWindow *ws = f.startWithKeyboard();
    const Id id = ws->document().record().conversation.id;
    CHECK(ws->windowTitle().startsWith(QStringLiteral("Sanne de Vries")));

    // Preparation
    QSpinBox *energy = child<QSpinBox>(ws, "energy");
    energy->setFocus();
    for (int i = 0; i < 4; ++i)
        QTest::keyClick(energy, Qt::Key_Up);
    QSpinBox *happiness = child<QSpinBox>(ws, "workHappiness");
    happiness->setFocus();
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(happiness, Qt::Key_Up);
    typeInto(child<QPlainTextEdit>(ws, "wentWell"), QStringLiteral("The ticket migration"));
    typeInto(child<QLineEdit>(ws, "achievementInput"), QStringLiteral("Onboarding guide"));
    QTest::keyClick(child<QLineEdit>(ws, "achievementInput"), Qt::Key_Return);
    typeInto(child<QLineEdit>(ws, "feedbackFrom"), QStringLiteral("Priya"));
    typeInto(child<QLineEdit>(ws, "feedbackText"), QStringLiteral("Explains patiently"));
    QTest::keyClick(child<QLineEdit>(ws, "feedbackText"), Qt::Key_Return);

    // Goals
    phase(ws, 2);
    CHECK(ws->document().session().phase() == Phase::Goals);
    typeInto(child<QLineEdit>(ws, "newGoal"), QStringLiteral("Give a talk at the meetup"));
    QTest::keyClick(child<QLineEdit>(ws, "newGoal"), Qt::Key_Return);
    CHECK(child<QPlainTextEdit>(ws, "goalWhy")->hasFocus());
    QTest::keyClicks(child<QPlainTextEdit>(ws, "goalWhy"),
                     QStringLiteral("Wants to be seen as the expert"));
    typeInto(child<QLineEdit>(ws, "stepInput"), QStringLiteral("Practise at the team meeting"));
    QTest::keyClick(child<QLineEdit>(ws, "stepInput"), Qt::Key_Return);

    // Open questions
    pressIn(ws, ws, Qt::Key_PageDown, Qt::ControlModifier);
    CHECK(ws->document().session().phase() == Phase::Questions);
    auto *questions = static_cast<QuestionsPage *>(ws->page(Phase::Questions));
    typeInto(questions->answerField(0), QStringLiteral("Solving hard customer problems"));

    // Notes: a note, and a line turned into an action item
    pressIn(ws, ws, Qt::Key_L, Qt::ControlModifier);
    QLineEdit *note = ws->notes()->input();
    CHECK(note->hasFocus());
    QTest::keyClicks(note, QStringLiteral("Mentioned the analytics project"));
    QTest::keyClick(note, Qt::Key_Return);
    QTest::keyClicks(note, QStringLiteral("Book the presentation course"));
    QTest::keyClick(note, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::keyClicks(note, QStringLiteral("Seems tired lately"));
    QTest::keyClick(note, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);

    // Wrap-up: finishing too early explains what is missing
    phase(ws, 4);
    auto *wrapUp = static_cast<WrapUpPage *>(ws->page(Phase::WrapUp));
    pressIn(ws, ws, Qt::Key_Return, Qt::ControlModifier);
    CHECK(wrapUp->finishProblem()->isVisible());
    CHECK(wrapUp->finishProblem()->text().contains(QStringLiteral("summary")));
    CHECK_FALSE(ws->document().session().isFinished());

    typeInto(wrapUp->summaryField(), QStringLiteral("Wants to grow towards presenting."));
    typeInto(child<QLineEdit>(ws, "agreementInput"), QStringLiteral("Check in every two weeks"));
    QTest::keyClick(child<QLineEdit>(ws, "agreementInput"), Qt::Key_Return);
    QPushButton *sixWeeks = child<QPushButton>(ws, "followUp42");
    sixWeeks->setFocus();
    QTest::keyClick(sixWeeks, Qt::Key_Space);
    pressIn(ws, ws, Qt::Key_Return, Qt::ControlModifier);
    CHECK(ws->document().session().isFinished());

    pressStandard(ws, QKeySequence::Close);
    QTest::qWait(10);
    CHECK(f.workspace() == nullptr);

    const ConversationRecord r = f.stored(id);
    CHECK(r.conversation.phase == Phase::Finished);
    CHECK(r.conversation.energy == 4);
    CHECK(r.conversation.workHappiness == 3);
    CHECK(r.reflection.wentWell == QStringLiteral("The ticket migration"));
    REQUIRE(r.achievements.size() == 1);
    REQUIRE(r.feedback.size() == 1);
    CHECK(r.feedback[0].fromWhom == QStringLiteral("Priya"));
    REQUIRE(r.goals.size() == 1);
    CHECK(r.goals[0].why == QStringLiteral("Wants to be seen as the expert"));
    REQUIRE(r.goals[0].steps.size() == 1);
    CHECK(r.goals[0].steps[0].text == QStringLiteral("Practise at the team meeting"));
    CHECK(r.answers.size() == 1);
    CHECK(r.answers[0].text == QStringLiteral("Solving hard customer problems"));
    REQUIRE(r.notes.size() == 2);
    CHECK(r.notes[0].phase == Phase::Questions);
    CHECK(r.notes[1].isPrivate);
    REQUIRE(r.actionItems.size() == 1);
    CHECK(r.actionItems[0].text == QStringLiteral("Book the presentation course"));
    CHECK(r.agreements.size() == 1);
    CHECK(r.conversation.summary == QStringLiteral("Wants to grow towards presenting."));
    CHECK(r.conversation.nextFollowUp == r.conversation.plannedDate.addDays(42));
    CHECK(r.conversation.heldDate.isValid());

    // The list shows the new state of affairs.
    const EmployeeOverview *row = f.window->employeeModel()->overview(f.employee);
    REQUIRE(row);
    CHECK(row->lastHeld == r.conversation.heldDate);
    CHECK(row->openActions == 1);
}

TEST_CASE("a note typed with Enter ends up in sight at the foot of a long list, which never "
          "jumps back to its top meanwhile")
{
    Fixture f;
    WorkspaceWindow *ws = f.startWithKeyboard();
    for (int i = 0; i < 120; ++i) // more than the list shows at once
        ws->document().addNote(QStringLiteral("Earlier note %1").arg(i), false);
    QScrollBar *bar = ws->notes()->list()->verticalScrollBar();
    REQUIRE(
        QTest::qWaitFor([bar] { return bar->maximum() > 0 && bar->value() == bar->maximum(); }));
    QTest::qWait(50);
    const int before = bar->maximum();
    int lowest = before;
    QObject::connect(bar, &QScrollBar::valueChanged,
                     [&lowest](int value) { lowest = std::min(lowest, value); });

    pressIn(ws, ws, Qt::Key_L, Qt::ControlModifier);
    QLineEdit *note = ws->notes()->input();
    QTest::keyClicks(note, QStringLiteral("Wants to present at the next team day"));
    QTest::keyClick(note, Qt::Key_Return);
    CHECK(QTest::qWaitFor([bar, before] { return bar->maximum() > before; }));
    QTest::qWait(50);
    CHECK(bar->value() == bar->maximum());
    CHECK(lowest >= before);
    QListWidget *list = ws->notes()->list();
    CHECK(list->item(list->count() - 1)
              ->text()
              .endsWith(QStringLiteral("Wants to present at the next team day")));
}

TEST_CASE("typing is saved within a second without any save command")
{
    Fixture f;
    WorkspaceWindow *ws = f.startWithKeyboard();
    const Id id = ws->document().record().conversation.id;
    const QString title = ws->windowTitle();
    typeInto(child<QPlainTextEdit>(ws, "attention"), QStringLiteral("Workload in December"));
    CHECK(ws->saveStateText() == QStringLiteral("Saving…"));
    // A save on its way is said in the bar; the title stays as it is.
    CHECK_FALSE(ws->isWindowModified());
    CHECK(ws->windowTitle() == title);
    REQUIRE(QTest::qWaitFor(
        [&] {
            return f.stored(id).conversation.attentionPoints ==
                   QStringLiteral("Workload in December");
        },
        3000));
    CHECK(ws->saveStateText().startsWith(QStringLiteral("Saved ")));
    CHECK_FALSE(ws->isWindowModified());
}

TEST_CASE("closing the window mid-typing, or quitting, loses nothing")
{
    Fixture f;
    WorkspaceWindow *ws = f.startWithKeyboard();
    const Id id = ws->document().record().conversation.id;
    phase(ws, 3);
    auto *questions = static_cast<QuestionsPage *>(ws->page(Phase::Questions));

    SECTION("the workspace is closed")
    {
        typeInto(questions->answerField(1), QStringLiteral("More time for"));
        ws->close();
    }
    SECTION("the application quits")
    {
        typeInto(questions->answerField(1), QStringLiteral("More time for"));
        f.restart();
    }
    CHECK(f.stored(id).answers.at(0).text == QStringLiteral("More time for"));
}

TEST_CASE("Quit in a conversation window quits as in the main window, saving first")
{
    Fixture f;
    WorkspaceWindow *ws = f.startWithKeyboard();
    const Id id = ws->document().record().conversation.id;
    const QPointer<WorkspaceWindow> open(ws);
    phase(ws, 3);
    auto *questions = static_cast<QuestionsPage *>(ws->page(Phase::Questions));
    typeInto(questions->answerField(1), QStringLiteral("More time for"));
    pressIn(ws, ws, Qt::Key_Q, Qt::ControlModifier);
    CHECK(QTest::qWaitFor([&] { return !f.window->isVisible(); }, 5000));
    CHECK((!open || !open->isVisible()));
    CHECK(f.stored(id).answers.at(0).text == QStringLiteral("More time for"));
}

TEST_CASE("undo and redo take back and bring back edits, and the store follows")
{
    Fixture f;
    WorkspaceWindow *ws = f.startWithKeyboard();
    const Id id = ws->document().record().conversation.id;
    phase(ws, 4);
    auto *wrapUp = static_cast<WrapUpPage *>(ws->page(Phase::WrapUp));
    typeInto(wrapUp->summaryField(), QStringLiteral("Good talk"));
    typeInto(child<QLineEdit>(ws, "agreementInput"), QStringLiteral("Monthly check-in"));
    QTest::keyClick(child<QLineEdit>(ws, "agreementInput"), Qt::Key_Return);
    REQUIRE(ws->document().record().agreements.size() == 1);

    pressStandard(ws, QKeySequence::Undo);
    CHECK(ws->document().record().agreements.empty());
    CHECK(wrapUp->summaryField()->toPlainText() == QStringLiteral("Good talk"));
    pressStandard(ws, QKeySequence::Undo); // the typed summary is one step
    CHECK(wrapUp->summaryField()->toPlainText().isEmpty());
    pressIn(ws, ws, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(wrapUp->summaryField()->toPlainText() == QStringLiteral("Good talk"));
    pressIn(ws, ws, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(ws->document().record().agreements.size() == 1);
    REQUIRE(ws->document().saveNow());
    const ConversationRecord r = f.stored(id);
    CHECK(r.conversation.summary == QStringLiteral("Good talk"));
    CHECK(r.agreements.size() == 1);
}

TEST_CASE("the notes list and a page out of sight follow adds, undo, redo and saves")
{
    Fixture f;
    WorkspaceWindow *ws = f.startWithKeyboard();
    QLineEdit *note = ws->notes()->input();
    QListWidget *list = ws->notes()->list();
    const auto lines = [list] {
        QStringList texts;
        for (int i = 0; i < list->count(); ++i)
            texts << list->item(i)->text().section(QStringLiteral(": "), 1);
        return texts;
    };
    for (const QString &text : {QStringLiteral("First"), QStringLiteral("Second")}) {
        QTest::keyClicks(note, text);
        QTest::keyClick(note, Qt::Key_Return);
    }
    CHECK(lines() == QStringList{QStringLiteral("First"), QStringLiteral("Second")});
    REQUIRE(ws->document().saveNow()); // the notes get their ids; the list stays as it is
    QTest::keyClicks(note, QStringLiteral("Third"));
    QTest::keyClick(note, Qt::Key_Return);
    CHECK(lines() ==
          QStringList{QStringLiteral("First"), QStringLiteral("Second"), QStringLiteral("Third")});
    pressStandard(ws, QKeySequence::Undo);
    pressStandard(ws, QKeySequence::Undo);
    CHECK(lines() == QStringList{QStringLiteral("First")});
    pressIn(ws, ws, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(lines() == QStringList{QStringLiteral("First"), QStringLiteral("Second")});

    // The wrap-up page, out of sight while the summary is undone, shows it gone when opened.
    phase(ws, 4);
    auto *wrapUp = static_cast<WrapUpPage *>(ws->page(Phase::WrapUp));
    typeInto(wrapUp->summaryField(), QStringLiteral("Good talk"));
    phase(ws, 1);
    CHECK_FALSE(wrapUp->isVisible());
    pressStandard(ws, QKeySequence::Undo);
    CHECK(ws->document().record().conversation.summary.isEmpty());
    phase(ws, 4);
    CHECK(wrapUp->isVisible());
    CHECK(wrapUp->summaryField()->toPlainText().isEmpty());
}

TEST_CASE("undo and redo across saves never add a row twice, and an undone goal leaves the store")
{
    Fixture f;
    WorkspaceWindow *ws = f.startWithKeyboard();
    ConversationDocument &doc = ws->document();
    const Id id = doc.record().conversation.id;
    Goal goal;
    goal.what = QStringLiteral("Learn to chair a meeting");
    REQUIRE(doc.addGoal(goal));
    REQUIRE(doc.saveNow());
    ActionItem item;
    item.text = QStringLiteral("Book the course");
    REQUIRE(doc.addActionItem(item));
    REQUIRE(doc.saveNow());
    // A later step that refers to the rows as the store knows them.
    REQUIRE(doc.setActionStatus(0, ActionStatus::Done));
    REQUIRE(doc.saveNow());
    const auto goalsSetHere = [&f, id] {
        int count = 0;
        for (const Goal &g : f.store->repository<Goal>().where("employee_id", f.employee))
            count += g.createdIn == id ? 1 : 0;
        return count;
    };
    REQUIRE(goalsSetHere() == 1);

    for (int i = 0; i < 3; ++i) {
        doc.undoStack()->undo();
        REQUIRE(doc.saveNow());
    }
    CHECK(goalsSetHere() == 0);
    CHECK(f.stored(id).actionItems.empty());

    for (int i = 0; i < 3; ++i) {
        doc.undoStack()->redo();
        REQUIRE(doc.saveNow());
    }
    CHECK(goalsSetHere() == 1);
    const ConversationRecord after = f.stored(id);
    REQUIRE(after.actionItems.size() == 1);
    CHECK(after.actionItems.front().status == ActionStatus::Done);
    CHECK(after.goals.size() == doc.record().goals.size());
}

TEST_CASE("a question of one's own is added, answered and kept; a closed one gets a quiet hint")
{
    Fixture f;
    WorkspaceWindow *ws = f.startWithKeyboard();
    const Id id = ws->document().record().conversation.id;
    phase(ws, 3);
    auto *questions = static_cast<QuestionsPage *>(ws->page(Phase::Questions));
    const int before = int(ws->document().record().questions.size());
    typeInto(questions->newQuestionInput(), QStringLiteral("Do you like the new office?"));
    CHECK(questions->closedHint()->isVisibleTo(ws));
    questions->newQuestionInput()->clear();
    typeInto(questions->newQuestionInput(), QStringLiteral("What surprised you this quarter?"));
    CHECK_FALSE(questions->closedHint()->isVisibleTo(ws));
    QTest::keyClick(questions->newQuestionInput(), Qt::Key_Return);
    REQUIRE(int(ws->document().record().questions.size()) == before + 1);
    QPlainTextEdit *answer = questions->answerField(before);
    REQUIRE(answer);
    CHECK(answer->hasFocus());
    QTest::keyClicks(answer, QStringLiteral("How fast the team grew"));
    ws->close();
    const ConversationRecord r = f.stored(id);
    CHECK(r.questions.back().text == QStringLiteral("What surprised you this quarter?"));
    CHECK(r.answers.back().text == QStringLiteral("How fast the team grew"));
}

TEST_CASE("the phase bar shows how far each phase is")
{
    Fixture f;
    WorkspaceWindow *ws = f.startWithKeyboard();
    const int total = int(ws->document().record().questions.size());
    CHECK(ws->phaseBar()
              ->progressText(Phase::Questions)
              .startsWith(QStringLiteral("0 of %1 questions answered").arg(total)));
    phase(ws, 3);
    typeInto(static_cast<QuestionsPage *>(ws->page(Phase::Questions))->answerField(2),
             QStringLiteral("Yes"));
    CHECK(ws->phaseBar()
              ->progressText(Phase::Questions)
              .startsWith(QStringLiteral("1 of %1 questions answered").arg(total)));
    CHECK(ws->phaseBar()
              ->progressText(Phase::WrapUp)
              .startsWith(QStringLiteral("Not ready to finish")));
}

TEST_CASE("the employee list model passes Qt's model tester, also through its filter")
{
    QTemporaryDir dir;
    Store store(dir.filePath(QStringLiteral("m.sqlite")), Store::Open::CreateIfMissing);
    fillDemoData(store, QDate(2026, 6, 1));
    AppServices services(store);
    EmployeeDirectory &directory = services.employees();
    EmployeeListModel model(directory);
    EmployeeListPanel panel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(panel.view()->model(),
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(directory.reload());
    model.setToday(QDate(2026, 6, 1));
    Employee e{0, QStringLiteral("New Person"), {}, {}, {}, {}, 6, false};
    directory.add(e);
    directory.setArchived(store.employees().all().front().id, true);
    panel.setShowArchived(true);
    CHECK(model.rowCount() == 10);
    CHECK(model.overdueCount() >= 1);
}

TEST_CASE("looking through a finished conversation leaves it finished")
{
    Fixture f;
    WorkspaceWindow *ws = f.startWithKeyboard();
    const Id id = ws->document().record().conversation.id;
    ws->document().setText(TextField::Summary, QStringLiteral("Done"));
    ws->document().setNoFollowUp(true);
    ws->document().finish();
    REQUIRE(ws->document().session().isFinished());
    phase(ws, 2);
    CHECK(ws->currentPage() == ws->page(Phase::Goals));
    pressIn(ws, ws, Qt::Key_PageUp, Qt::ControlModifier);
    CHECK(ws->currentPage() == ws->page(Phase::Preparation));
    CHECK(ws->document().session().isFinished());
    ws->close();
    CHECK(f.stored(id).conversation.phase == Phase::Finished);
}

TEST_CASE("from the workspace the summary is exported and copied, with what was just typed")
{
    Fixture f;
    WorkspaceWindow *ws = f.startWithKeyboard();
    phase(ws, 4);
    auto *wrapUp = static_cast<WrapUpPage *>(ws->page(Phase::WrapUp));
    typeInto(wrapUp->summaryField(), QStringLiteral("Ready for a bigger project"));

    const QString pdf = f.dir.filePath(QStringLiteral("summary.pdf"));
    FileDialogs::setNextSaveFileName(pdf);
    for (QPushButton *button : wrapUp->findChildren<QPushButton *>()) {
        if (button->text().remove(QLatin1Char('&')) == QStringLiteral("Export…"))
            QTest::mouseClick(button, Qt::LeftButton);
    }
    REQUIRE(QFile::exists(pdf));
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");

    pressIn(ws, ws, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    const QMimeData *copied = QApplication::clipboard()->mimeData();
    REQUIRE(copied);
    CHECK(copied->text().contains(QStringLiteral("Ready for a bigger project")));
    CHECK(copied->html().contains(QStringLiteral("Ready for a bigger project")));
    CHECK(copied->text().contains(QStringLiteral("Sanne de Vries")));
}

TEST_CASE("an earlier conversation's summary is exported from the main window")
{
    Fixture f;
    const Id id = f.store->conversations().create(f.employee, QDate(2026, 1, 10)).id;
    ConversationRecord r = f.store->conversations().load(id);
    r.conversation.summary = QStringLiteral("An earlier talk");
    r.conversation.phase = Phase::Finished;
    r.conversation.heldDate = QDate(2026, 1, 10);
    f.store->conversations().save(r);
    f.restart();
    f.window->listPanel()->select(f.employee);
    const QString md = f.dir.filePath(QStringLiteral("earlier.md"));
    FileDialogs::setNextSaveFileName(md);
    pressIn(f.window.get(), f.window.get(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QFile file(md);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.startsWith(QStringLiteral("# Development conversation")));
    CHECK(text.contains(QStringLiteral("An earlier talk")));
}

TEST_CASE("a page is built when first shown; never shown, what was written for it is still "
          "undone, printed and saved, and shown late it takes the keyboard as any page does")
{
    Fixture f;
    WorkspaceWindow *ws = f.startWithKeyboard();
    const Id id = ws->document().record().conversation.id;
    CHECK(ws->findChildren<WrapUpPage *>().isEmpty());
    CHECK(ws->findChildren<QuestionsPage *>().isEmpty());

    // Written for the wrap-up page without it: as the notes line and undo do.
    ConversationDocument &doc = ws->document();
    REQUIRE(doc.setText(TextField::Summary, QStringLiteral("Agreed on a mentoring plan")));
    REQUIRE(doc.addAgreement(QStringLiteral("Monthly check-in with the mentor")));
    REQUIRE(doc.addAgreement(QStringLiteral("A slip of the keyboard")));
    pressStandard(ws, QKeySequence::Undo);
    CHECK(ws->findChildren<WrapUpPage *>().isEmpty());
    const QString printed = summaryToPlainText(ws->summary()->build());
    CHECK(printed.contains(QStringLiteral("Agreed on a mentoring plan")));
    CHECK(printed.contains(QStringLiteral("Monthly check-in with the mentor")));
    CHECK_FALSE(printed.contains(QStringLiteral("A slip of the keyboard")));

    phase(ws, 4);
    auto *wrapUp = ws->findChild<WrapUpPage *>();
    REQUIRE(wrapUp);
    CHECK(ws->currentPage() == wrapUp);
    CHECK(wrapUp->summaryField()->toPlainText() == QStringLiteral("Agreed on a mentoring plan"));
    QWidget *builtLate = QApplication::focusWidget();
    CHECK(wrapUp->isAncestorOf(builtLate));
    phase(ws, 1);
    phase(ws, 4);
    CHECK(QApplication::focusWidget() == builtLate); // as when it was built already

    ws->close();
    const ConversationRecord stored = f.stored(id);
    CHECK(stored.conversation.summary == QStringLiteral("Agreed on a mentoring plan"));
    REQUIRE(stored.agreements.size() == 1);
    CHECK(stored.agreements.front().text == QStringLiteral("Monthly check-in with the mentor"));
}

TEST_CASE("the notes and the earlier conversation fill their docks by themselves once the window "
          "is on screen")
{
    Fixture f;
    WorkspaceWindow *first = f.startWithKeyboard();
    first->document().setText(TextField::Summary, QStringLiteral("Wants to lead the migration"));
    first->document().addAgreement(QStringLiteral("Pairs with Priya on the database"));
    first->document().setNoFollowUp(true);
    REQUIRE(first->document().finish());
    first->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    WorkspaceWindow *ws = f.startWithKeyboard();
    auto *panel = ws->findChild<ContextPanel *>();
    REQUIRE(panel);
    // Nobody asks for it: the window's first paint is what fills it.
    CHECK(QTest::qWaitFor([panel] { return panel->isLoaded(); }));
    QStringList texts;
    for (const QLabel *label : panel->findChildren<QLabel *>())
        texts << label->text();
    const QString shown = texts.join(QLatin1Char('\n'));
    CHECK(shown.contains(QStringLiteral("Wants to lead the migration")));
    CHECK(shown.contains(QStringLiteral("Pairs with Priya on the database")));
    // The first conversation, without scores, is the trend's one row under its titles.
    const QStringList trend = panel->trend()->text().split(QLatin1Char('\n'));
    REQUIRE(trend.size() == 2);
    CHECK(trend[1].endsWith(QStringLiteral("\t–\t–")));
    auto *notes = ws->findChild<NotesPanel *>();
    REQUIRE(notes);
    CHECK(notes->isLoaded());
    REQUIRE(ws->document().addNote(QStringLiteral("Asked about the conference budget"), false));
    REQUIRE(notes->list()->count() == 1);
    CHECK(notes->list()->item(0)->text().endsWith(
        QStringLiteral("Asked about the conference budget")));
    ws->close();
}

TEST_CASE("the workspace's text is laid out without cosmetic shaping, on pages built later too, "
          "and the sign-off state is shown whole")
{
    Fixture f;
    WorkspaceWindow *ws = f.startWithKeyboard();
    phase(ws, 4); // the wrap-up page is built now, after the window
    REQUIRE(ws->currentPage()->phase() == Phase::WrapUp);
    QCoreApplication::processEvents();
    const auto unshaped = [](const QWidget *w) {
        return (w->font().styleStrategy() & QFont::PreferNoShaping) != 0;
    };
    CHECK(unshaped(ws));
    for (const QWidget *w : ws->findChildren<QWidget *>()) {
        if (!w->isWindow())
            CHECK(unshaped(w));
    }
    auto *state = ws->findChild<QLabel *>(QStringLiteral("signOffState"));
    REQUIRE(state);
    CHECK(qobject_cast<WrappedLabel *>(state));
    CHECK(state->isVisible());
    CHECK(state->text() == QStringLiteral("Not sent to the employee yet"));
    CHECK(state->height() >= state->heightForWidth(state->width()));
    ws->close();
}

// A dock's title as drawn now: the strip above its content (title, float and close buttons).
QImage titleOf(QDockWidget *dock)
{
    QCoreApplication::processEvents();
    return dock->grab(QRect(0, 0, dock->width(), dock->widget()->geometry().top())).toImage();
}

TEST_CASE("the workspace's docks keep their title icons yet look as the application's style "
          "draws them, and follow a new style")
{
    Fixture f;
    WorkspaceWindow *ws = f.startWithKeyboard();
    const QString original = QApplication::style()->name();
    // Kept only under Fusion, which makes these icons again from pictures that never change.
    REQUIRE(original.compare(QStringLiteral("fusion"), Qt::CaseInsensitive) == 0);
    const QList<QDockWidget *> docks = ws->findChildren<QDockWidget *>();
    REQUIRE(docks.size() == 2);
    for (QDockWidget *dock : docks) {
        CHECK(dock->style() != QApplication::style());
        for (QStyle::StandardPixmap which :
             {QStyle::SP_TitleBarNormalButton, QStyle::SP_TitleBarCloseButton}) {
            CHECK(dock->style()->standardIcon(which, nullptr, dock).pixmap(16).toImage() ==
                  QApplication::style()->standardIcon(which, nullptr, dock).pixmap(16).toImage());
        }
        const QImage kept = titleOf(dock);
        REQUIRE(kept.height() > 8);
        dock->setStyle(nullptr); // drawn by the application's style itself
        CHECK(titleOf(dock) == kept);
        keepTitleIcons(dock);
        CHECK(dock->testAttribute(Qt::WA_SetStyle));
    }
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Windows")));
    for (QDockWidget *dock : docks) {
        CHECK(dock->style() == QApplication::style());
        CHECK_FALSE(dock->testAttribute(Qt::WA_SetStyle));
    }
    QApplication::setStyle(QStyleFactory::create(original));
    for (QDockWidget *dock : docks)
        CHECK(dock->style() != QApplication::style()); // kept again
    ws->close();
}

TEST_CASE("the energy and happiness trend shows a row of dots per earlier conversation, sized "
          "for its rows, and says the scores in words")
{
    ScoreTrend trend;
    trend.setRows({});
    CHECK(trend.text() == QStringLiteral("No earlier scores."));
    const int line = trend.fontMetrics().height();
    CHECK(trend.sizeHint().height() >= line);
    CHECK(trend.sizeHint().height() < 2 * line);

    const QDate july(2026, 7, 17);
    const QDate august(2026, 8, 28);
    trend.setRows({{july, 3, 4}, {august, 2, 0}});
    const QLocale locale;
    const QString julyText = locale.toString(july, QLocale::ShortFormat);
    const QString augustText = locale.toString(august, QLocale::ShortFormat);
    CHECK(trend.text() == QStringLiteral("\tEnergy\tHappiness\n%1\t●●●○○\t●●●●○\n%2\t●●○○○\t–")
                              .arg(julyText, augustText));
    CHECK(trend.accessibleDescription() ==
          QStringLiteral("%1: energy 3 of 5, work happiness 4 of 5\n%2: energy 2 of 5, work "
                         "happiness not scored")
              .arg(julyText, augustText));
    // Three rows high, and wide enough for a date and two columns of dots.
    CHECK(trend.sizeHint().height() >= 3 * line);
    CHECK(trend.sizeHint().height() < 4 * line);
    const QFontMetrics metrics = trend.fontMetrics();
    CHECK(trend.sizeHint().width() >= metrics.horizontalAdvance(augustText) +
                                          2 * metrics.horizontalAdvance(QStringLiteral("●●○○○")));
    // The dots are painted in the rows below the titles.
    trend.resize(trend.sizeHint());
    const QImage image = trend.grab().toImage();
    const auto inked = [&](int top, int bottom) {
        int dark = 0;
        for (int y = top; y < bottom; ++y)
            for (int x = 0; x < image.width(); ++x)
                dark += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
        return dark;
    };
    const int row = image.height() / 3;
    CHECK(inked(0, row) > 0);
    CHECK(inked(row, 2 * row) > 0);
    CHECK(inked(2 * row, image.height()) > 0);
}

TEST_CASE("the notes list measures a note as the standard delegate does, again when its text, "
          "font or width changes")
{
    QListWidget list;
    list.setWordWrap(true);
    auto *delegate = new NoteDelegate(&list);
    list.setItemDelegate(delegate);
    const QStyledItemDelegate standard;
    auto *item = new QListWidgetItem(
        QStringLiteral("10:02 · Goals: wants to lead the migration of the nightly import"), &list);
    const QModelIndex index = list.model()->index(0, 0);
    QStyleOptionViewItem option;
    option.initFrom(&list);
    option.features |= QStyleOptionViewItem::WrapText;
    option.widget = &list;
    const auto same = [&](int width) {
        option.rect = QRect(0, 0, width, 20);
        const QSize size = delegate->sizeHint(option, index);
        CHECK(size == standard.sizeHint(option, index));
        return size;
    };
    const QSize narrow = same(80);
    const QSize wide = same(600);
    CHECK(narrow.height() > wide.height()); // wrapped onto more lines
    CHECK(same(80) == narrow);              // the remembered size is the same
    item->setText(item->text() + QStringLiteral(", step by step, with Priya"));
    CHECK(same(80).height() > narrow.height());
    QFont italic = list.font();
    italic.setItalic(true);
    italic.setPointSizeF(italic.pointSizeF() * 2);
    item->setFont(italic);
    CHECK(same(600).height() > wide.height());
}

TEST_CASE("wrapped labels with the same text share their sizes only where nothing else differs")
{
    const QString text = QStringLiteral("Close with what you take away together: summarise the "
                                        "key points <a href=\"wrapup\">More in the guide</a>");
    const auto make = [&](auto &label, int margin) {
        label.setTextFormat(Qt::RichText);
        label.setWordWrap(true);
        label.setMargin(margin);
        label.setText(text);
    };
    QLabel plainNarrow, plainWide;
    make(plainNarrow, 0);
    make(plainWide, 24);
    WrappedLabel first, second, wide;
    make(first, 0);
    make(second, 0);
    make(wide, 24);
    // The first measures; the second is given the same sizes; the one with a margin its own.
    for (int width : {120, 300}) {
        CHECK(first.heightForWidth(width) == plainNarrow.heightForWidth(width));
        CHECK(second.heightForWidth(width) == plainNarrow.heightForWidth(width));
        CHECK(wide.heightForWidth(width) == plainWide.heightForWidth(width));
    }
    CHECK(second.sizeHint() == plainNarrow.sizeHint());
    CHECK(wide.sizeHint() == plainWide.sizeHint());
    CHECK(wide.minimumSizeHint() == plainWide.minimumSizeHint());
    CHECK(wide.sizeHint() != second.sizeHint());
}

TEST_CASE("a wrapped label gives the sizes a word-wrapped QLabel gives, also after its text and "
          "its font change")
{
    QLabel plain;
    plain.setWordWrap(true);
    plain.setTextFormat(Qt::RichText);
    WrappedLabel wrapped;
    wrapped.setTextFormat(Qt::RichText);
    const std::array<QLabel *, 2> both{&plain, &wrapped};
    const auto sameSizes = [&] {
        CHECK(wrapped.sizeHint() == plain.sizeHint());
        CHECK(wrapped.minimumSizeHint() == plain.minimumSizeHint());
        for (int width : {80, 240, 80, 640})
            CHECK(wrapped.heightForWidth(width) == plain.heightForWidth(width));
    };
    for (QLabel *label : both)
        label->setText(QStringLiteral("<b>Last conversation</b><br>Wants to lead the migration"));
    sameSizes();
    for (QLabel *label : both)
        label->setText(
            QStringLiteral("<ul><li>Pairs with Priya on the database</li><li>Writes "
                           "the runbook for the nightly import, step by step</li></ul>"));
    sameSizes();
    QFont larger = plain.font();
    larger.setPointSizeF(larger.pointSizeF() * 2);
    for (QLabel *label : both)
        label->setFont(larger);
    sameSizes();
}

TEST_CASE("a save refused because another computer saved first shows a bar; Reload shows their "
          "text and keeps the typed words in a note")
{
    Fixture f;
    WorkspaceWindow *ws = f.startWithKeyboard();
    const Id id = ws->document().record().conversation.id;
    auto *attention = child<QPlainTextEdit>(ws, "attention");
    CHECK_FALSE(ws->conflictBar()->isVisible());
    {
        // The other computer: the same conversation, opened and saved there meanwhile.
        const std::unique_ptr<ConversationDocument> other = f.services->openConversation(id, {});
        REQUIRE(other->setText(TextField::AttentionPoints, QStringLiteral("Workload")));
        REQUIRE(other->saveNow());
    }
    typeInto(attention, QStringLiteral("Wants a new laptop"));
    CHECK_FALSE(ws->document().saveNow());
    CHECK(ws->conflictBar()->isVisible());
    CHECK(ws->conflictBar()->message()->text().startsWith(
        QStringLiteral("Someone else saved this conversation on another computer")));
    CHECK(ws->saveStateText() == QStringLiteral("Not saved: saved on another computer first"));
    CHECK(ws->isWindowModified()); // the title's mark: this text is not safe yet
    CHECK(attention->toPlainText() == QStringLiteral("Wants a new laptop")); // kept meanwhile
    CHECK(f.stored(id).conversation.attentionPoints == QStringLiteral("Workload"));

    QTest::mouseClick(ws->conflictBar()->reloadButton(), Qt::LeftButton);
    CHECK_FALSE(ws->conflictBar()->isVisible());
    CHECK(attention->toPlainText() == QStringLiteral("Workload"));
    REQUIRE(ws->document().saveNow());
    CHECK_FALSE(ws->isWindowModified());
    const ConversationRecord stored = f.stored(id);
    CHECK(stored.conversation.attentionPoints == QStringLiteral("Workload"));
    REQUIRE(stored.notes.size() == 1);
    CHECK(stored.notes.front().isPrivate);
    CHECK(stored.notes.front().text.contains(QStringLiteral("Wants a new laptop")));
}
