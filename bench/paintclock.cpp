#include "paintclock.h"

#include <QApplication>
#include <QEventLoop>
#include <QTimer>
#include <QWidget>
#include <cmath>
#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#else
#define CALLGRIND_TOGGLE_COLLECT
#define CALLGRIND_START_INSTRUMENTATION
#define CALLGRIND_DUMP_STATS_AT(name)
#endif

namespace dialoog::bench {
namespace {

// Under `valgrind --tool=callgrind --collect-atstart=no --instr-atstart=no`,
// DIALOOG_BENCH_COLLECT=first counts only the instructions from each command to its
// first paint, and =rest those from the first paint to the complete one. Everything
// before the first command runs uninstrumented, so faster.
enum class Span
{
    None,
    First,
    Rest
};

Span collectedSpan()
{
    static const Span span = [] {
        const QByteArray which = qgetenv("DIALOOG_BENCH_COLLECT");
        return which == "first" ? Span::First : which == "rest" ? Span::Rest : Span::None;
    }();
    return span;
}

// Collects `span`'s instructions while `on`; nothing else is collected.
void collect(Span span, bool on)
{
    static bool instrumented = false;
    static bool collecting = false;
    if (collectedSpan() != span || collecting == on)
        return;
    if (!instrumented) {
        CALLGRIND_START_INSTRUMENTATION;
        instrumented = true;
    }
    CALLGRIND_TOGGLE_COLLECT;
    collecting = on;
}

} // namespace

PaintClock::PaintClock(Shows shows, Shows complete)
    : m_shows(std::move(shows)), m_complete(std::move(complete))
{
}

double PaintClock::measure(const std::function<void()> &command,
                           const std::function<void()> &painted, int timeoutMs)
{
    m_painted = painted;
    m_firstNs = m_completeNs = -1;
    m_sawFirst = m_sawComplete = false;
    qApp->installEventFilter(this);
    m_clock.start();
    collect(Span::First, true);
    command();
    if (!done()) {
        QEventLoop loop;
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (done() || m_clock.elapsed() > timeoutMs)
                loop.quit();
        });
        poll.start(1);
        loop.exec();
    }
    qApp->removeEventFilter(this);
    collect(Span::First, false);
    collect(Span::Rest, false);
    return m_firstNs < 0 ? NAN : double(m_firstNs) / 1e6;
}

void PaintClock::endPart(const char *name)
{
    if (collectedSpan() != Span::None)
        CALLGRIND_DUMP_STATS_AT(name);
}

double PaintClock::completeMs() const
{
    return m_completeNs < 0 ? NAN : double(m_completeNs) / 1e6;
}

bool PaintClock::done() const
{
    return m_firstNs >= 0 && (!m_complete || m_completeNs >= 0);
}

void PaintClock::syncEnded()
{
    const qint64 now = m_clock.nsecsElapsed();
    if (m_sawComplete && m_completeNs < 0) {
        m_completeNs = now;
        collect(Span::Rest, false);
    }
    if (m_sawFirst && m_firstNs < 0) {
        m_firstNs = now;
        collect(Span::First, false);
        collect(Span::Rest, m_complete && m_completeNs < 0);
        if (m_painted)
            m_painted();
    }
}

// A window paints while it handles an Expose or UpdateRequest: its widgets get their
// paint events, then the backing store is flushed. That event is handled here, inside
// the filter, so the clock stops after the flush rather than when the paint begins.
bool PaintClock::eventFilter(QObject *watched, QEvent *event)
{
    if (done())
        return false;
    const QEvent::Type type = event->type();
    if (type == QEvent::Paint) {
        if (auto *widget = qobject_cast<QWidget *>(watched)) {
            m_sawFirst = m_sawFirst || m_shows(widget);
            m_sawComplete = m_sawComplete || (m_complete && m_complete(widget));
        }
        return false;
    }
    const bool sync = type == QEvent::Expose || type == QEvent::UpdateRequest;
    const bool window = watched->isWindowType() ||
                        (watched->isWidgetType() && static_cast<QWidget *>(watched)->isWindow());
    if (!sync || !window || m_inSync)
        return false;
    m_inSync = true;
    watched->event(event);
    m_inSync = false;
    syncEnded();
    return true;
}

} // namespace dialoog::bench
