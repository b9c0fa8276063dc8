// Issue 16: the notes list's scroll bar is painted in bands, so that the raster engine
// does not hand its fills to other threads, and must look exactly as Fusion draws it.
#include "gui/platform/scrollbarbands.h"

#include <QApplication>
#include <QScrollBar>
#include <QStyle>
#include <catch2/catch.hpp>

using namespace dialoog;

TEST_CASE("a scroll bar painted in bands looks pixel for pixel as Fusion draws it")
{
    REQUIRE(QApplication::style()->name().compare(QStringLiteral("fusion"), Qt::CaseInsensitive) ==
            0);
    QScrollBar fusion(Qt::Vertical);
    QScrollBar banded(Qt::Vertical);
    paintInBands(&banded);
    CHECK(banded.style() != QApplication::style());
    // Tall and short, at its top, in the middle and at its foot, with a short and a long
    // handle; 647 lines is the notes list's bar in a window of 1280 by 800.
    for (const int height : {647, 130, 64, 40}) {
        for (const int maximum : {30, 3000}) {
            for (const int value : {0, maximum / 2, maximum}) {
                INFO(height << " lines, maximum " << maximum << ", value " << value);
                for (QScrollBar *bar : {&fusion, &banded}) {
                    bar->resize(14, height);
                    bar->setRange(0, maximum);
                    bar->setPageStep(20);
                    bar->setValue(value);
                }
                const QImage expected = fusion.grab().toImage();
                const QImage painted = banded.grab().toImage();
                REQUIRE(expected.size() == QSize(14, height));
                CHECK(painted == expected);
            }
        }
    }
}
