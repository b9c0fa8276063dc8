#include "gui/platform/scrollbarbands.h"

#include "gui/platform/fusionproxy.h"

#include <QImage>
#include <QPainter>
#include <QProxyStyle>
#include <QScrollBar>
#include <QStyleFactory>
#include <QStyleOption>
#include <algorithm>

namespace dialoog {
namespace {

// Few enough lines that the raster engine fills them itself: it splits a fill into parts
// of about 64 lines for its thread pool (QT_THREAD_PARALLEL_FILLS in qdrawhelper.cpp).
constexpr int kBand = 64;

class BandedScrollBarStyle final : public QProxyStyle
{
public:
    BandedScrollBarStyle() : QProxyStyle(QStyleFactory::create(QStringLiteral("fusion"))) {}

    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                            QPainter *painter, const QWidget *widget) const override
    {
        const QRect all = option->rect;
        if (control != CC_ScrollBar || all.height() <= kBand ||
            painter->device()->devicePixelRatio() != 1.0)
            return QProxyStyle::drawComplexControl(control, option, painter, widget);
        // Each band is the whole bar drawn into a picture of the band's height, then put in
        // place: the same pixels, in fills of at most kBand lines. (Drawn on the painter
        // clipped to each band, Fusion's lines came out darker: the clip did not hold them.)
        QImage band(all.width(), kBand, QImage::Format_ARGB32_Premultiplied);
        for (int top = all.top(); top <= all.bottom(); top += kBand) {
            band.fill(Qt::transparent);
            QPainter bandPainter(&band);
            bandPainter.setRenderHints(painter->renderHints());
            bandPainter.translate(-all.left(), -top);
            QProxyStyle::drawComplexControl(control, option, &bandPainter, widget);
            bandPainter.end();
            painter->drawImage(QPoint(all.left(), top), band,
                               QRect(0, 0, all.width(), std::min(kBand, all.bottom() - top + 1)));
        }
    }
};

} // namespace

void paintInBands(QScrollBar *bar)
{
    useWhileFusion(bar, sharedFusionProxy<BandedScrollBarStyle>());
}

} // namespace dialoog
