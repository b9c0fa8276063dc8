#include "gui/mainwindow/firstpaint.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace dialoog {

namespace {

class FirstPaintWatcher final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            // Queued: the quit comes after the paint has finished and the loop is idle.
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

void quitAfterPaint(QWidget &window)
{
    window.installEventFilter(new FirstPaintWatcher(&window));
}

} // namespace dialoog
