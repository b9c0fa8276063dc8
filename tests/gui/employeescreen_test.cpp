#include "gui/employees/employeelistpanel.h"
#include "gui/mainwindow/mainwindow.h"
#include "gui/workspace/employeescreen.h"
#include "gui/workspace/employeescreentoggle.h"
#include "gui/workspace/notespanel.h"
#include "gui/workspace/questionspage.h"
#include "gui/workspace/workspaceactionids.h"
#include "gui/workspace/workspacewindow.h"
#include "guitestsupport.h"
#include "services/appservices.h"
#include "services/conversationdocument.h"
#include "services/employeedirectory.h"
#include "services/settings.h"
#include "store/store.h"

#include <QAccessible>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTreeView>

using namespace dialoog;
using namespace dialoog::test;

namespace {

struct ScreenFixture
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store = std::make_unique<Store>(dir.filePath(QStringLiteral("s.sqlite")),
                                                           Store::Open::CreateIfMissing);
    Settings settings;
    std::unique_ptr<AppServices> services;
    std::unique_ptr<MainWindow> window;
    Id employee = 0;

    ScreenFixture()
    {
        QSettings().clear();
        QSettings().setValue(QStringLiteral("questions/language"), QStringLiteral("en"));
        MessageBox::setTestMode(true);
        Employee e;
        e.name = QStringLiteral("Sanne de Vries");
        employee = store->employees().insert(e);
        services = std::make_unique<AppServices>(*store);
        services->employees().reload();
        window = std::make_unique<MainWindow>(*services, settings);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }

    WorkspaceWindow *startConversation()
    {
        window->listPanel()->select(employee);
        pressIn(window.get(), window->listPanel()->view(), Qt::Key_N, Qt::ControlModifier);
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *ws = qobject_cast<WorkspaceWindow *>(w); ws && ws->isVisible()) {
                REQUIRE(QTest::qWaitForWindowExposed(ws));
                return ws;
            }
        }
        FAIL("no conversation window opened");
        return nullptr;
    }
};

// Every text the employee's window shows or tells a screen reader, joined.
QString everythingShown(EmployeeScreen *screen)
{
    QStringList texts{screen->windowTitle()};
    QList<QWidget *> widgets = screen->findChildren<QWidget *>();
    widgets.prepend(screen);
    for (QWidget *w : widgets) {
        texts << w->windowTitle() << w->toolTip() << w->accessibleName()
              << w->accessibleDescription();
        if (auto *label = qobject_cast<QLabel *>(w))
            texts << label->text();
        if (auto *browser = qobject_cast<QTextBrowser *>(w))
            texts << browser->toPlainText() << browser->toHtml();
        if (QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w)) {
            for (QAccessible::Text t : {QAccessible::Name, QAccessible::Description,
                                        QAccessible::Value, QAccessible::Help})
                texts << a->text(t);
        }
    }
    return texts.join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("the employee's screen follows goals and agreements live and never shows a private note")
{
    ScreenFixture f;
    WorkspaceWindow *ws = f.startConversation();
    QAction *show = ws->actionRegistry().action(WorkspaceActionId::ShowToEmployee);
    REQUIRE(show);
    CHECK(show->shortcut() == QKeySequence(Qt::Key_F5));
    typeInto(child<QPlainTextEdit>(ws, "attention"), QStringLiteral("Raise the late arrivals"));

    pressIn(ws, ws, Qt::Key_F5);
    EmployeeScreen *screen = ws->employeeScreen()->screen();
    REQUIRE(screen);
    REQUIRE(QTest::qWaitForWindowExposed(screen));
    CHECK(show->isChecked());
    // Offscreen there is one screen: an ordinary window, and the manager keeps the keyboard.
    CHECK_FALSE(screen->isFullScreen());
    CHECK(QApplication::activeWindow() == ws);
    CHECK(everythingShown(screen).contains(QStringLiteral("Now: Preparation")));

    pressIn(ws, ws, Qt::Key_2, Qt::ControlModifier);
    typeInto(child<QLineEdit>(ws, "newGoal"), QStringLiteral("Give a talk at the meetup"));
    QTest::keyClick(child<QLineEdit>(ws, "newGoal"), Qt::Key_Return);
    QTest::keyClicks(child<QPlainTextEdit>(ws, "goalWhy"), QStringLiteral("To be seen as expert"));
    const QString afterGoal = everythingShown(screen);
    CHECK(afterGoal.contains(QStringLiteral("Your goals")));
    CHECK(afterGoal.contains(QStringLiteral("Give a talk at the meetup")));
    // Live: every key is on the employee's screen, not only whole fields.
    CHECK(afterGoal.contains(QStringLiteral("To be seen as expert")));

    QLineEdit *note = ws->notes()->input();
    pressIn(ws, ws, Qt::Key_L, Qt::ControlModifier);
    QTest::keyClicks(note, QStringLiteral("Pair on the slides every Friday"));
    QTest::keyClick(note, Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::keyClicks(note, QStringLiteral("Seems tired and unsure"));
    CHECK_FALSE(everythingShown(screen).contains(QStringLiteral("tired")));
    QTest::keyClick(note, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(ws->document().record().notes.size() == 1);
    CHECK(ws->document().record().notes[0].isPrivate);

    const QString shown = everythingShown(screen);
    CHECK(shown.contains(QStringLiteral("Pair on the slides every Friday")));
    CHECK_FALSE(shown.contains(QStringLiteral("tired")));
    CHECK_FALSE(shown.contains(QStringLiteral("late arrivals")));
    CHECK_FALSE(shown.contains(QStringLiteral("Sanne")));

    pressIn(ws, ws, Qt::Key_F5);
    QTest::qWait(10);
    CHECK(ws->employeeScreen()->screen() == nullptr);
    CHECK_FALSE(show->isChecked());
}

TEST_CASE("the employee's screen shows the question being answered, in the questions phase only")
{
    ScreenFixture f;
    WorkspaceWindow *ws = f.startConversation();
    pressIn(ws, ws, Qt::Key_F5);
    EmployeeScreen *screen = ws->employeeScreen()->screen();
    REQUIRE(screen);
    pressIn(ws, ws, Qt::Key_3, Qt::ControlModifier);
    auto *questions = static_cast<QuestionsPage *>(ws->page(Phase::Questions));
    REQUIRE(!ws->document().record().questions.empty());
    const QString second = ws->document().record().questions.at(1).text;
    typeInto(questions->answerField(1), QStringLiteral("Customers"));
    CHECK(screen->view()->toPlainText().contains(second));

    pressIn(ws, ws, Qt::Key_4, Qt::ControlModifier);
    CHECK_FALSE(screen->view()->toPlainText().contains(second));

    // Closing the window itself unticks the menu entry.
    screen->close();
    QTest::qWait(10);
    CHECK_FALSE(ws->actionRegistry().action(WorkspaceActionId::ShowToEmployee)->isChecked());
}

TEST_CASE("the employee's screen, a window of its own, closes with the conversation's window")
{
    ScreenFixture f;
    WorkspaceWindow *ws = f.startConversation();
    pressIn(ws, ws, Qt::Key_F5);
    const QPointer<EmployeeScreen> screen = ws->employeeScreen()->screen();
    REQUIRE(screen);
    CHECK(screen->parentWidget() == nullptr);
    pressStandard(ws, QKeySequence::Close);
    QTest::qWait(10);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(screen.isNull());
}
