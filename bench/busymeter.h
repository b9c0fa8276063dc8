#pragma once

#include <QApplication>
#include <QElapsedTimer>
#include <deque>
#include <vector>

namespace dialoog::bench {

// The application, timing what the GUI thread does while someone types:
// - the work it does for each outermost event it handles (a key, a timer, a paint);
// - for every key, the time from the moment it was "pressed" (posted, as the window
//   system would queue it) to the end of the paint that shows it: the key's event, and
//   everything queued before it, and the painting, flushed to the window.
class BusyMeter final : public QApplication
{
public:
    using QApplication::QApplication;

    // Starts recording; keys count when they reach `target`.
    void start(const QObject *target)
    {
        m_target = target;
        m_events.clear();
        m_posted.clear();
        m_delivered.clear();
        m_painted.clear();
        m_keyToPaint.clear();
        m_clock.start();
        m_recording = true;
    }
    // A key was just posted to the target; its time starts now.
    void keyPosted() { m_posted.push_back(m_clock.nsecsElapsed()); }

    // The time each event took, in ms.
    std::vector<double> stop()
    {
        m_recording = false;
        return m_events;
    }
    // For every key painted so far, ms from its posting to the end of its paint.
    const std::vector<double> &keyToPaint() const { return m_keyToPaint; }
    std::size_t keysPosted() const { return m_keyToPaint.size() + m_posted.size() + waiting(); }

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!m_recording)
            return QApplication::notify(receiver, event);
        if (receiver == m_target)
            follow(event->type());
        if (m_depth > 0)
            return QApplication::notify(receiver, event);
        ++m_depth;
        const qint64 start = m_clock.nsecsElapsed();
        const bool result = QApplication::notify(receiver, event);
        const qint64 end = m_clock.nsecsElapsed();
        m_events.push_back(double(end - start) / 1e6);
        --m_depth;
        // The outermost event that painted the keys (the window's update request) has
        // flushed them to the screen.
        for (const qint64 posted : m_painted)
            m_keyToPaint.push_back(double(end - posted) / 1e6);
        m_painted.clear();
        return result;
    }

private:
    std::size_t waiting() const { return m_delivered.size() + m_painted.size(); }

    void follow(QEvent::Type type)
    {
        if (type == QEvent::KeyPress && !m_posted.empty()) {
            m_delivered.push_back(m_posted.front());
            m_posted.pop_front();
        } else if (type == QEvent::Paint) {
            m_painted.insert(m_painted.end(), m_delivered.begin(), m_delivered.end());
            m_delivered.clear();
        }
    }

    QElapsedTimer m_clock;
    std::vector<double> m_events;
    const QObject *m_target = nullptr;
    std::deque<qint64> m_posted;     // keys not yet handled
    std::vector<qint64> m_delivered; // handled, not yet painted
    std::vector<qint64> m_painted;   // painted, the paint not yet flushed
    std::vector<double> m_keyToPaint;
    int m_depth = 0;
    bool m_recording = false;
};

} // namespace dialoog::bench
