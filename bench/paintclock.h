#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <functional>

class QWidget;

namespace dialoog::bench {

// Times a command from the moment it is given to the end of the first paint that
// shows what it opened: the backing store synced and flushed to the screen, as the
// user sees it. `shows` says which painted widget counts (a page of the preview, any
// part of a new window); `complete`, if given, which paint shows it whole (docks filled
// after the first paint). An application-wide event filter: it sees the paint events of
// windows that do not exist yet when the command is given.
class PaintClock final : public QObject
{
public:
    using Shows = std::function<bool(QWidget *)>;
    explicit PaintClock(Shows shows, Shows complete = {});

    // Gives the command, then runs the event loop until the paint (and the complete
    // one); the milliseconds until the first, or NAN after `timeoutMs`. `painted` runs
    // right after that paint (inside the command when it runs a modal loop), e.g. to
    // close a dialog again.
    double measure(const std::function<void()> &command, const std::function<void()> &painted = {},
                   int timeoutMs = 5000);
    // After measure(): the milliseconds until the complete paint, or NAN.
    double completeMs() const;
    // Under callgrind with DIALOOG_BENCH_COLLECT: what was collected so far goes to a
    // file of its own, called `name`, so that two series of commands are counted apart.
    static void endPart(const char *name);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool done() const;
    void syncEnded();

    Shows m_shows;
    Shows m_complete;
    std::function<void()> m_painted;
    QElapsedTimer m_clock;
    qint64 m_firstNs = -1;
    qint64 m_completeNs = -1;
    bool m_sawFirst = false;
    bool m_sawComplete = false;
    bool m_inSync = false;
};

} // namespace dialoog::bench
