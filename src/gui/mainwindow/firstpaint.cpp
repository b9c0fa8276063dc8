#include "gui/mainwindow/firstpaint.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>
#include <cstdio>
#include <ctime>

namespace dialoog {

namespace {

class FirstPaintWatcher final : public QObject
{
public:
    FirstPaintWatcher(QObject *parent, std::function<void()> then)
        : QObject(parent), m_then(std::move(then))
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            // Queued: after the paint has finished and the loop is idle.
            QTimer::singleShot(0, this, [this] {
                m_then();
                deleteLater();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_then;
};

} // namespace

void afterFirstPaint(QWidget &window, std::function<void()> then)
{
    window.installEventFilter(new FirstPaintWatcher(&window, std::move(then)));
}

void tellAfterPaint(QWidget &widget, const char *what, bool quit)
{
    afterFirstPaint(widget, [what, quit] {
        timespec now{};
        clock_gettime(CLOCK_MONOTONIC, &now);
        std::printf("%s %lld\n", what, (long long)now.tv_sec * 1000000000LL + now.tv_nsec);
        std::fflush(stdout);
        if (quit)
            QCoreApplication::quit();
    });
}

} // namespace dialoog
