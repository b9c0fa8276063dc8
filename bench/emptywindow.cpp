// The floor for the start-up benchmark: the smallest Qt Widgets program that shows a
// main window and quits once it has painted, measured the same way as dialoog. It paints
// text in the fonts Dialoog's first screen uses (the menu bar and the list in the normal
// font, names and headings bold, the employee's name 1.6 times larger), so that loading
// and rasterising those fonts is in the floor as well.
#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QTimer>
#include <QVBoxLayout>
#include <cstdio>
#include <ctime>

namespace {

class Window final : public QMainWindow
{
protected:
    void paintEvent(QPaintEvent *event) override
    {
        QMainWindow::paintEvent(event);
        if (m_painted)
            return;
        m_painted = true;
        // Told as dialoog --quit-after-first-paint tells it, for the same clock.
        QTimer::singleShot(0, qApp, [] {
            timespec now{};
            clock_gettime(CLOCK_MONOTONIC, &now);
            std::printf("first-paint %lld\n", (long long)now.tv_sec * 1000000000LL + now.tv_nsec);
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    }

private:
    bool m_painted = false;
};

QLabel *label(const QString &text, bool bold, qreal scale)
{
    auto *label = new QLabel(text);
    QFont font = label->font();
    font.setBold(bold);
    font.setPointSizeF(font.pointSizeF() * scale);
    label->setFont(font);
    return label;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    Window window;
    window.resize(1200, 760);
    for (const char *menu : {"Bestand", "Bewerken", "Beeld", "Help"})
        window.menuBar()->addMenu(QString::fromLatin1(menu));
    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(label(QStringLiteral("Sanne de Vries 1"), true, 1.6));
    layout->addWidget(label(QStringLiteral("Lopende doelen"), true, 1.0));
    layout->addWidget(
        label(QStringLiteral("Specialist · Customer Care · 12 gesprekken"), false, 1.0));
    layout->addStretch();
    window.setCentralWidget(central);
    window.show();
    return app.exec();
}
