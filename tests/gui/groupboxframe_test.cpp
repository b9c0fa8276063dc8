// Issue 16: the workspace pages' group boxes draw Fusion's frame for less (its even middle
// filled rather than stretched) and must look exactly as Fusion draws them.
#include "gui/platform/groupboxframe.h"

#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QStyle>
#include <QStyleFactory>
#include <QVBoxLayout>
#include <catch2/catch.hpp>

using namespace dialoog;

namespace {

// A box as the pages have them, on a window of its own, as drawn now.
QImage drawn(QGroupBox &box)
{
    return box.window()->grab().toImage();
}

struct Boxes
{
    QWidget window;
    QGroupBox *titled = new QGroupBox(QStringLiteral("Action items"), &window);
    QGroupBox *untitled = new QGroupBox(&window);

    Boxes()
    {
        auto *layout = new QVBoxLayout(&window);
        for (QGroupBox *box : {titled, untitled}) {
            auto *inside = new QVBoxLayout(box);
            inside->addWidget(new QLabel(QStringLiteral("Call the supplier"), box));
            layout->addWidget(box);
        }
        window.resize(640, 420);
    }
};

} // namespace

TEST_CASE("a kept group box frame looks pixel for pixel as Fusion draws it, at any size")
{
    const QString original = QApplication::style()->name();
    REQUIRE(original.compare(QStringLiteral("fusion"), Qt::CaseInsensitive) == 0);
    Boxes boxes;
    for (const QSize size : {QSize(640, 420), QSize(300, 160), QSize(1100, 700)}) {
        INFO(size.width() << "x" << size.height());
        boxes.window.resize(size);
        const QImage fusion = drawn(*boxes.titled);
        keepGroupBoxFrame(boxes.titled);
        keepGroupBoxFrame(boxes.untitled);
        CHECK(boxes.titled->style() != QApplication::style());
        CHECK(boxes.untitled->style() == boxes.titled->style());
        const QImage kept = drawn(*boxes.titled);
        CHECK(kept == fusion);
        // The frame is there at all: the box's middle is darker than the window around it.
        const QPoint middle = boxes.titled->geometry().center();
        CHECK(qGray(kept.pixel(middle)) < qGray(kept.pixel(2, 2)));
        boxes.titled->setStyle(nullptr);
        boxes.untitled->setStyle(nullptr);
    }
}

TEST_CASE("a kept group box frame follows the application to another style and back")
{
    const QString original = QApplication::style()->name();
    Boxes boxes;
    keepGroupBoxFrame(boxes.titled);
    REQUIRE(boxes.titled->testAttribute(Qt::WA_SetStyle));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Windows")));
    keepGroupBoxFrame(boxes.titled);
    CHECK(boxes.titled->style() == QApplication::style());
    CHECK_FALSE(boxes.titled->testAttribute(Qt::WA_SetStyle));
    QApplication::setStyle(QStyleFactory::create(original));
    keepGroupBoxFrame(boxes.titled);
    CHECK(boxes.titled->style() != QApplication::style());
}
