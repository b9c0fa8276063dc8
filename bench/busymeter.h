#pragma once

#include <QApplication>
#include <QElapsedTimer>

#include <vector>

namespace dialoog::bench {

// The application, timing the work the GUI thread does: each outermost event handled
// (a key, a timer, a paint), with events that follow one another without a pause
// counted as one stretch. The longest stretch is how long the thread was blocked.
// Unlike a heartbeat's gaps, it leaves out the time the (virtual) machine gave to
// other processes while Dialoog waited for input.
class BusyMeter final : public QApplication
{
public:
    using QApplication::QApplication;

    void start()
    {
        m_stretches.clear();
        m_clock.start();
        m_stretchStart = m_stretchEnd = -1;
        m_recording = true;
    }
    // The stretches in ms, one per pause the thread had.
    std::vector<double> stop()
    {
        m_recording = false;
        closeStretch();
        return m_stretches;
    }

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!m_recording || m_depth > 0)
            return QApplication::notify(receiver, event);
        ++m_depth;
        const qint64 start = m_clock.nsecsElapsed();
        const bool result = QApplication::notify(receiver, event);
        const qint64 end = m_clock.nsecsElapsed();
        --m_depth;
        if (m_stretchEnd < 0 || start - m_stretchEnd > pauseNs) {
            closeStretch();
            m_stretchStart = start;
        }
        m_stretchEnd = end;
        return result;
    }

private:
    // Less than this between two events is no pause: the thread went straight on.
    static constexpr qint64 pauseNs = 100'000;

    void closeStretch()
    {
        if (m_stretchStart >= 0)
            m_stretches.push_back(double(m_stretchEnd - m_stretchStart) / 1e6);
        m_stretchStart = m_stretchEnd = -1;
    }

    QElapsedTimer m_clock;
    std::vector<double> m_stretches;
    qint64 m_stretchStart = -1;
    qint64 m_stretchEnd = -1;
    int m_depth = 0;
    bool m_recording = false;
};

} // namespace dialoog::bench
