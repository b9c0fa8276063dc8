#include "gui/widgets/steadytext.h"

#include <QDockWidget>
#include <QLabel>
#include <QMainWindow>
#include <QStatusBar>
#include <QTest>
#include <catch2/catch.hpp>

using namespace dialoog;

namespace {

// Counts the layout requests that reach the window and its status bar: each is the main
// window laid out again, docks and all.
class LayoutCounter final : public QObject
{
public:
    int requests = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LayoutRequest)
            ++requests;
        return QObject::eventFilter(watched, event);
    }
};

struct BarWindow
{
    QMainWindow window;
    QLabel *clock = new QLabel(&window);
    LayoutCounter counter;

    BarWindow()
    {
        window.addDockWidget(Qt::RightDockWidgetArea, new QDockWidget(&window));
        window.statusBar()->addPermanentWidget(clock);
        window.resize(800, 500);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.installEventFilter(&counter);
        window.statusBar()->installEventFilter(&counter);
    }
    void settle() { QTest::qWait(20); }
};

} // namespace

TEST_CASE("a clock ticking in the status bar does not lay the window out again")
{
    BarWindow bar;
    setSteadyText(bar.clock, QStringLiteral("Open for 0:01 of 60 min"));
    bar.settle();
    bar.counter.requests = 0;

    for (const char *text : {"Open for 0:02 of 60 min", "Open for 0:03 of 60 min", "Saving…"}) {
        setSteadyText(bar.clock, QString::fromUtf8(text));
        bar.settle();
        CHECK(bar.clock->text() == QString::fromUtf8(text));
    }
    CHECK(bar.counter.requests == 0);

    // What the label did before, for comparison: a new text, a new layout.
    bar.clock->setMinimumSize(0, 0);
    bar.clock->setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
    bar.settle();
    bar.counter.requests = 0;
    bar.clock->setText(QStringLiteral("Open for 0:04 of 60 min"));
    bar.settle();
    CHECK(bar.counter.requests > 0);
}

TEST_CASE("a longer text in the status bar widens its label; a shorter one keeps the width")
{
    BarWindow bar;
    setSteadyText(bar.clock, QStringLiteral("Saved"));
    bar.settle();
    const QString longer = QStringLiteral("Not saved: the disk is full");
    setSteadyText(bar.clock, longer);
    bar.settle();
    const int needed = bar.clock->fontMetrics().horizontalAdvance(longer);
    CHECK(bar.clock->width() >= needed);
    CHECK(bar.clock->isVisible());

    const int wide = bar.clock->width();
    setSteadyText(bar.clock, QStringLiteral("Saved 14:02:11"));
    bar.settle();
    CHECK(bar.clock->width() == wide);
    CHECK(bar.clock->text() == QStringLiteral("Saved 14:02:11"));
}
