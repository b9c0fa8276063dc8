#pragma once

#include <QApplication>
#include <QElapsedTimer>
#include <QMetaEnum>
#include <ctime>
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

    // The longest outermost event while recording: what received it, and how much of its
    // time the GUI thread spent on the CPU (the rest it waited: for the X server, for
    // another thread, for the disk).
    struct Longest
    {
        QString what;
        double ms = 0;
        double cpuMs = 0;
    };
    const Longest &longest() const { return m_longest; }

    // Starts recording; keys count when they reach `target`.
    void start(const QObject *target)
    {
        m_target = target;
        m_events.clear();
        m_longest = {};
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
        // Taken before: the event may delete its receiver (QEvent::DeferredDelete).
        const QMetaObject *kind = receiver->metaObject();
        const QEvent::Type type = event->type();
        const double cpuStart = threadCpuMs();
        const qint64 start = m_clock.nsecsElapsed();
        const bool result = QApplication::notify(receiver, event);
        const qint64 end = m_clock.nsecsElapsed();
        m_events.push_back(double(end - start) / 1e6);
        if (m_events.back() > m_longest.ms)
            m_longest = {describe(kind, type), m_events.back(), threadCpuMs() - cpuStart};
        --m_depth;
        // The outermost event that painted the keys (the window's update request) has
        // flushed them to the screen.
        for (const qint64 posted : m_painted)
            m_keyToPaint.push_back(double(end - posted) / 1e6);
        m_painted.clear();
        return result;
    }

private:
    static double threadCpuMs()
    {
        timespec now{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
    }
    static QString describe(const QMetaObject *receiver, QEvent::Type type)
    {
        const char *name = QMetaEnum::fromType<QEvent::Type>().valueToKey(type);
        return QStringLiteral("%1, %2").arg(QString::fromLatin1(receiver->className()),
                                            name ? QString::fromLatin1(name)
                                                 : QString::number(int(type)));
    }

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
    Longest m_longest;
    int m_depth = 0;
    bool m_recording = false;
};

} // namespace dialoog::bench
