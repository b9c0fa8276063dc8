// Issue 15: a conversation window at its default size, in English and in Dutch. Every
// Alt+letter does one thing: a label's or a button's mnemonic that a menu title also uses
// opens the menu instead (Alt+E opened the Edit menu rather than the Energy field), so on
// each phase page, together with the menu bar, the docks and the rest of the window, no
// letter is used twice. And every button of a page is within reach, never cut off at the
// right (the Wrap-up page's Export button was, between both docks).
#include "dialogcatalog.h"
#include "gui/platform/appearance.h"
#include "gui/workspace/phasepage.h"
#include "gui/workspace/workspacewindow.h"
#include "guitestsupport.h"
#include "services/conversationdocument.h"

#include <QAbstractButton>
#include <QDir>
#include <QDockWidget>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QScrollBar>
#include <QSpinBox>
#include <algorithm>
#include <map>

using namespace dialoog;
using namespace dialoog::test;

namespace {

// The text whose mnemonic `w` answers to, or nothing when it has none of its own.
QString mnemonicText(const QWidget *w)
{
    if (const auto *label = qobject_cast<const QLabel *>(w); label && label->buddy())
        return label->text();
    if (const auto *button = qobject_cast<const QAbstractButton *>(w))
        return button->text();
    if (const auto *box = qobject_cast<const QGroupBox *>(w))
        return box->title();
    return {};
}

// A page other than `shown` is not on screen, so its letters are free to use again.
bool onOtherPage(const QWidget *w, const PhasePage *shown)
{
    for (const QWidget *p = w; p; p = p->parentWidget()) {
        if (const auto *page = qobject_cast<const PhasePage *>(p))
            return page != shown;
    }
    return false;
}

// Every letter used more than once in the window with `shown` as its page, said in words.
QStringList duplicateMnemonics(WorkspaceWindow &window, const PhasePage *shown)
{
    std::map<QKeySequence, QStringList> users;
    for (const QAction *menu : window.menuBar()->actions()) {
        if (const QKeySequence key = QKeySequence::mnemonic(menu->text()); !key.isEmpty())
            users[key] << QStringLiteral("menu \"%1\"").arg(menu->text());
    }
    for (const QWidget *w : window.findChildren<QWidget *>()) {
        if (w->window() != &window || onOtherPage(w, shown))
            continue;
        const QString text = mnemonicText(w);
        if (const QKeySequence key = QKeySequence::mnemonic(text); !key.isEmpty())
            users[key] << QStringLiteral("%1 \"%2\"")
                              .arg(QString::fromLatin1(w->metaObject()->className()), text);
    }
    QStringList problems;
    for (const auto &[key, who] : users) {
        if (who.size() > 1)
            problems << QStringLiteral("%1: %2").arg(key.toString(),
                                                     who.join(QStringLiteral(", ")));
    }
    return problems;
}

// The buttons of `page` that stick out of its visible area at the left or right; the
// page scrolls only up and down.
QStringList cutOff(PhasePage *page)
{
    QStringList problems;
    const int width = page->viewport()->width();
    for (QAbstractButton *b : page->widget()->findChildren<QAbstractButton *>()) {
        if (!b->isVisibleTo(page))
            continue;
        const QRect r(b->mapTo(page->viewport(), QPoint(0, 0)), b->size());
        if (r.left() < 0 || r.right() >= width)
            problems << QStringLiteral("\"%1\" at x %2 to %3, the page is %4 wide")
                            .arg(b->text().isEmpty() ? b->accessibleName() : b->text())
                            .arg(r.left())
                            .arg(r.right())
                            .arg(width);
    }
    if (page->horizontalScrollBar()->maximum() > 0)
        problems << QStringLiteral("the page scrolls sideways by %1 px")
                        .arg(page->horizontalScrollBar()->maximum());
    return problems;
}

// A check-in under way: every section has something in it, in the window's language.
void fillCheckIn(ConversationDocument &d, bool dutch)
{
    const auto say = [dutch](const char *english, const char *dutchText) {
        return QString::fromUtf8(dutch ? dutchText : english);
    };
    REQUIRE(d.setScores(4, 3));
    REQUIRE(d.setTopic(CheckInTopic::Project));
    REQUIRE(
        d.setText(TextField::TopicText, say("The new intake form", "Het nieuwe intakeformulier")));
    for (const Goal &goal : d.record().goals) {
        if (goal.isRunning()) {
            REQUIRE(d.reviewGoal(GoalUpdate{
                0, goal.id, 0, goal.status, std::min(goal.progress + 5, 100),
                say("Led the Monday planning himself", "Leidde de maandagplanning zelf")}));
            break;
        }
    }
    REQUIRE(d.addAgreement(say("Demo the intake form at the next check-in",
                               "Het intakeformulier demonstreren bij de volgende check-in")));
    ActionItem action;
    action.text = say("Book a session with the UX team", "Een sessie met het UX-team plannen");
    action.dueDate = d.record().conversation.date().addDays(9);
    REQUIRE(d.addActionItem(action));
    REQUIRE(d.setNextCheckIn(d.record().conversation.date().addDays(14)));
}

// With DIALOOG_DIALOG_SHOTS set to a folder, a picture of the window is kept there.
void keepPicture(QWidget &window, const QString &name)
{
    const QByteArray folder = qgetenv("DIALOOG_DIALOG_SHOTS");
    if (!folder.isEmpty())
        window.grab().save(QDir(QString::fromLocal8Bit(folder)).filePath(name + ".png"));
}

struct ConversationWindow
{
    DialogWorld world;
    std::unique_ptr<WorkspaceWindow> window;

    explicit ConversationWindow(const Language &language)
    {
        // Someone with a history: earlier action items, goals and notes are shown.
        const Employee first = world.store.employees().all().front();
        const Id id = world.store.conversations().create(first.id, QDate(2026, 6, 2)).id;
        window =
            std::make_unique<WorkspaceWindow>(*world.services, world.settings, id, language.code());
        window->setAttribute(Qt::WA_DeleteOnClose, false); // the test owns it
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        QApplication::processEvents();
    }
};

} // namespace

TEST_CASE("every Alt+letter in a conversation window is used once, in English and in Dutch")
{
    const Language language(GENERATE(false, true));
    ConversationWindow c(language);
    for (Phase phase : conversationPhases) {
        c.window->showPhase(phase);
        QApplication::processEvents();
        const QStringList problems = duplicateMnemonics(*c.window, c.window->currentPage());
        INFO(displayName(phase).toStdString()
             << " in " << language.code().toStdString() << ":\n  "
             << problems.join(QStringLiteral("\n  ")).toStdString());
        CHECK(problems.isEmpty());
    }
}

TEST_CASE("every Alt+letter in a check-in window is used once, in English and in Dutch")
{
    const Language language(GENERATE(false, true));
    DialogWorld world;
    const Employee first = world.store.employees().all().front();
    const Id id = world.store.conversations()
                      .create(first.id, QDate(2026, 6, 2), ConversationKind::CheckIn)
                      .id;
    WorkspaceWindow window(*world.services, world.settings, id, language.code());
    window.setAttribute(Qt::WA_DeleteOnClose, false); // the test owns it
    fillCheckIn(window.document(), language.code() == QLatin1String("nl"));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QApplication::processEvents();
    keepPicture(window, QStringLiteral("checkin-") + language.code());
    if (language.code() == QLatin1String("en")) {
        applyAppearance(QStringLiteral("dark"));
        QApplication::processEvents();
        keepPicture(window, QStringLiteral("checkin-en-dark"));
        applyAppearance(QString());
    }
    const QStringList problems = duplicateMnemonics(window, window.currentPage());
    INFO("check-in in " << language.code().toStdString() << ":\n  "
                        << problems.join(QStringLiteral("\n  ")).toStdString());
    CHECK(problems.isEmpty());
    CHECK(cutOff(window.currentPage()).isEmpty());
}

TEST_CASE("the mnemonic check finds a label that takes a menu's letter")
{
    const Language language(false);
    ConversationWindow c(language);
    c.window->showPhase(Phase::Preparation);
    QApplication::processEvents();
    PhasePage *page = c.window->currentPage();
    REQUIRE(duplicateMnemonics(*c.window, page).isEmpty());
    auto *clash = new QLabel(QStringLiteral("&Help me"), page->widget());
    clash->setBuddy(page->findChild<QSpinBox *>());
    const QStringList problems = duplicateMnemonics(*c.window, page);
    INFO(problems.join(QStringLiteral("\n")).toStdString());
    CHECK(problems.filter(QStringLiteral("&Help me")).size() == 1);
}

TEST_CASE("Alt with the Energy label's letter focuses the Energy field, in English and in Dutch")
{
    const Language language(GENERATE(false, true));
    ConversationWindow c(language);
    c.window->showPhase(Phase::Preparation);
    QApplication::processEvents();
    c.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(c.window.get()));
    auto *energy = child<QSpinBox>(c.window->currentPage(), "energy");
    QLabel *label = nullptr;
    for (QLabel *l : c.window->findChildren<QLabel *>()) {
        if (l->buddy() == energy)
            label = l;
    }
    REQUIRE(label);
    const QKeyCombination alt = QKeySequence::mnemonic(label->text())[0];
    REQUIRE(alt.keyboardModifiers() == Qt::AltModifier);
    child<QLineEdit>(c.window->currentPage(), "wellbeingNote")->setFocus();
    REQUIRE_FALSE(energy->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), alt.key(), Qt::AltModifier);
    QApplication::processEvents();
    INFO("focus on " << (QApplication::focusWidget()
                             ? QApplication::focusWidget()->metaObject()->className()
                             : "nothing"));
    CHECK(energy->hasFocus());
    CHECK(QApplication::activePopupWidget() == nullptr); // no menu opened instead
}

TEST_CASE("at the default size, with both docks, every button of each page is within reach, in "
          "English and in Dutch")
{
    const Language language(GENERATE(false, true));
    ConversationWindow c(language);
    REQUIRE(c.window->width() == 1280);
    const QList<QDockWidget *> docks = c.window->findChildren<QDockWidget *>();
    REQUIRE(docks.size() == 2);
    for (const QDockWidget *dock : docks)
        REQUIRE(dock->isVisible());
    for (Phase phase : conversationPhases) {
        c.window->showPhase(phase);
        QApplication::processEvents();
        const QStringList problems = cutOff(c.window->currentPage());
        INFO(displayName(phase).toStdString()
             << " in " << language.code().toStdString() << ":\n  "
             << problems.join(QStringLiteral("\n  ")).toStdString());
        CHECK(problems.isEmpty());
    }
}
