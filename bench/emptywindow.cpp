// The floor for the start-up benchmark: the smallest Qt Widgets program that shows a
// main window and quits once it has painted, measured the same way as dialoog.
#include <QApplication>
#include <QMainWindow>
#include <QTimer>

namespace {

class Window final : public QMainWindow
{
protected:
    void paintEvent(QPaintEvent *event) override
    {
        QMainWindow::paintEvent(event);
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    }
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    Window window;
    window.resize(1200, 760);
    window.show();
    return app.exec();
}
