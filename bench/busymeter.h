#pragma once

#include <QApplication>
#include <QElapsedTimer>
#include <vector>

namespace dialoog::bench {

// The application, timing the work the GUI thread does for each outermost event it
// handles (a key, a timer, a paint). The longest is how long a key pressed at the worst
// moment waited for the thread. Unlike a heartbeat's gaps, it leaves out the time the
// (virtual) machine gave to other processes while Dialoog waited for input.
class BusyMeter final : public QApplication
{
public:
    using QApplication::QApplication;

    void start()
    {
        m_events.clear();
        m_clock.start();
        m_recording = true;
    }
    // The time each event took, in ms.
    std::vector<double> stop()
    {
        m_recording = false;
        return m_events;
    }

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!m_recording || m_depth > 0)
            return QApplication::notify(receiver, event);
        ++m_depth;
        const qint64 start = m_clock.nsecsElapsed();
        const bool result = QApplication::notify(receiver, event);
        m_events.push_back(double(m_clock.nsecsElapsed() - start) / 1e6);
        --m_depth;
        return result;
    }

private:
    QElapsedTimer m_clock;
    std::vector<double> m_events;
    int m_depth = 0;
    bool m_recording = false;
};

} // namespace dialoog::bench
