// Issue 15: on every phase page and in every dialog, Tab follows the visual order (top to
// bottom, then left to right within a row), in English and in Dutch, whose longer labels
// move things. Hidden and disabled parts are not in it.
#include "dialogcatalog.h"
#include "gui/workspace/phasepage.h"
#include "gui/workspace/workspacewindow.h"
#include "guitestsupport.h"

#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>

using namespace dialoog;
using namespace dialoog::test;

namespace {

// Widgets a few pixels apart in height still sit on one row.
constexpr int tolerance = 4;

QString nameOf(const QWidget *w)
{
    QString name = w->objectName();
    if (name.isEmpty())
        name = w->accessibleName();
    if (const auto *button = qobject_cast<const QAbstractButton *>(w); button && name.isEmpty())
        name = button->text();
    return QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') +
           (name.isEmpty() ? QStringLiteral("(unnamed)") : name.left(40));
}

// What Tab stops at: shown, enabled, taking Tab, and not standing in for another widget.
bool stopsTab(const QWidget *w, const QWidget *top)
{
    return w->isVisibleTo(top) && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) &&
           !w->focusProxy();
}

struct Stop
{
    QWidget *widget;
    QRect place; // in `top`'s coordinates
};

// The stops inside `root` in the order Tab visits them, starting at `root`.
std::vector<Stop> tabStops(QWidget *root, const QWidget *top)
{
    std::vector<Stop> stops;
    QWidget *w = root->nextInFocusChain();
    for (int guard = 0; w != root && guard < 10000; ++guard, w = w->nextInFocusChain()) {
        if (root->isAncestorOf(w) && stopsTab(w, top))
            stops.push_back({w, QRect(w->mapTo(top, QPoint(0, 0)), w->size())});
    }
    return stops;
}

// `a` comes visually before `b`: wholly above it, or on the same row and wholly to its left.
bool before(const QRect &a, const QRect &b)
{
    if (a.bottom() < b.top() + tolerance)
        return true;
    const bool sameRow = !(b.bottom() < a.top() + tolerance);
    return sameRow && a.right() < b.left() + tolerance;
}

// Every pair Tab visits against the visual order, said in words.
QStringList outOfOrder(QWidget *root, const QWidget *top)
{
    const std::vector<Stop> stops = tabStops(root, top);
    QStringList problems;
    const auto where = [](const QRect &r) {
        return QStringLiteral("(%1,%2 %3x%4)").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
    };
    for (std::size_t i = 0; i < stops.size(); ++i) {
        for (std::size_t j = i + 1; j < stops.size(); ++j) {
            if (before(stops[j].place, stops[i].place))
                problems << QStringLiteral("%1 %2 comes after %3 %4")
                                .arg(nameOf(stops[j].widget), where(stops[j].place),
                                     nameOf(stops[i].widget), where(stops[i].place));
        }
    }
    if (stops.empty())
        problems << QStringLiteral("nothing takes Tab");
    return problems;
}

void settle(QWidget *window)
{
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window));
    QApplication::processEvents();
}

} // namespace

TEST_CASE("on every phase page Tab follows the visual order, in English and in Dutch")
{
    const Language language(GENERATE(false, true));
    DialogWorld world;
    // A new conversation for someone with a history: earlier items, goals and notes shown.
    const Employee first = world.store.employees().all().front();
    const Id id = world.store.conversations().create(first.id, QDate(2026, 6, 2)).id;
    WorkspaceWindow window(*world.services, world.settings, id, language.code());
    settle(&window);
    for (Phase phase : conversationPhases) {
        window.showPhase(phase);
        QApplication::processEvents();
        PhasePage *page = window.currentPage();
        const QStringList problems = outOfOrder(page->widget(), page->widget());
        INFO(displayName(phase).toStdString()
             << " in " << language.code().toStdString() << ":\n  "
             << problems.join(QStringLiteral("\n  ")).toStdString());
        CHECK(problems.isEmpty());
    }
    window.close();
}

TEST_CASE("in every dialog Tab follows the visual order, in English and in Dutch")
{
    const Language language(GENERATE(false, true));
    DialogWorld world;
    for (const auto &[name, open] : everyDialog()) {
        const std::unique_ptr<QDialog> dialog = open(world);
        settle(dialog.get());
        QStringList problems = outOfOrder(dialog.get(), dialog.get());
        if (auto *preferences = qobject_cast<PreferencesDialog *>(dialog.get())) {
            for (int page = 1; page < preferences->pageList()->count(); ++page) {
                preferences->showPage(page);
                QApplication::processEvents();
                for (const QString &problem : outOfOrder(preferences, preferences))
                    problems << QStringLiteral("page %1: %2").arg(page + 1).arg(problem);
            }
        }
        INFO(name.toStdString() << " in " << language.code().toStdString() << ":\n  "
                                << problems.join(QStringLiteral("\n  ")).toStdString());
        CHECK(problems.isEmpty());
        dialog->close();
    }
}

TEST_CASE("the focus-order check finds a field moved out of its place in the tab order")
{
    DialogWorld world;
    EmployeeDialog dialog(Employee{}, {});
    settle(&dialog);
    REQUIRE(outOfOrder(&dialog, &dialog).isEmpty());
    // The name field, at the top, put after the role below it.
    QWidget::setTabOrder(child<QLineEdit>(&dialog, "roleEdit"),
                         child<QLineEdit>(&dialog, "nameEdit"));
    const QStringList problems = outOfOrder(&dialog, &dialog);
    INFO(problems.join(QStringLiteral("\n")).toStdString());
    CHECK_FALSE(problems.filter(QStringLiteral("nameEdit")).isEmpty());
}

TEST_CASE("in the main window Tab follows the visual order, in English and in Dutch")
{
    const Language language(GENERATE(false, true));
    DialogWorld world;
    settle(world.window.get());
    QStringList problems = outOfOrder(world.window->centralWidget(), world.window.get());
    auto *tabs = world.window->findChild<QTabWidget *>();
    REQUIRE(tabs);
    tabs->setCurrentIndex(1); // the employee's history
    QApplication::processEvents();
    for (const QString &problem : outOfOrder(world.window->centralWidget(), world.window.get()))
        problems << QStringLiteral("history: %1").arg(problem);
    INFO(language.code().toStdString()
         << ":\n  " << problems.join(QStringLiteral("\n  ")).toStdString());
    CHECK(problems.isEmpty());
}
