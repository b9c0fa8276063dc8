#include "gui/platform/groupboxframe.h"

#include "gui/platform/fusionproxy.h"

#include <QApplication>
#include <QGroupBox>
#include <QPainter>
#include <QProxyStyle>
#include <QStyleFactory>
#include <QStyleOption>

namespace dialoog {
namespace {

const QString fusion = QStringLiteral("fusion");
constexpr int kEdge = 6; // Fusion's margins of its frame picture

// Fusion's frame picture and the tint of its middle, or an invalid colour when the
// middle is not one even tint (another Qt's picture): then Fusion draws it.
struct FramePicture
{
    QPixmap picture{
        QStringLiteral(":/qt-project.org/styles/commonstyle/images/fusion_groupbox.png")};
    QColor middle;

    FramePicture()
    {
        const QImage image = picture.toImage();
        if (image.width() <= 2 * kEdge || image.height() <= 2 * kEdge)
            return;
        const QRgb tint = image.pixel(kEdge, kEdge);
        for (int y = kEdge; y < image.height() - kEdge; ++y) {
            for (int x = kEdge; x < image.width() - kEdge; ++x) {
                if (image.pixel(x, y) != tint)
                    return;
            }
        }
        middle = QColor::fromRgba(tint);
    }
};

const FramePicture &framePicture()
{
    static const FramePicture picture;
    return picture;
}

class GroupBoxFrameStyle final : public QProxyStyle
{
public:
    GroupBoxFrameStyle() : QProxyStyle(QStyleFactory::create(fusion)) {}

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override
    {
        const FramePicture &frame = framePicture();
        if (element != PE_FrameGroupBox || !frame.middle.isValid())
            return QProxyStyle::drawPrimitive(element, option, painter, widget);
        // Where Fusion (Qt 6.4) puts the frame: below the title, if there is one.
        const auto *box = qobject_cast<const QGroupBox *>(widget);
        const bool untitled = box && !box->isCheckable() && box->title().isEmpty();
        const int top = (untitled ? 0
                                  : qMax(pixelMetric(PM_ExclusiveIndicatorHeight),
                                         option->fontMetrics.height())) +
                        3;
        const QRect target = option->rect.adjusted(0, top, 0, 0);
        if (target.width() <= 2 * kEdge || target.height() <= 2 * kEdge)
            return QProxyStyle::drawPrimitive(element, option, painter, widget);
        drawFrame(painter, target, frame);
    }

private:
    // The picture's corners as they are, its edges stretched along the box (as
    // qDrawBorderPixmap does) and its middle filled.
    static void drawFrame(QPainter *painter, const QRect &to, const FramePicture &frame)
    {
        const QPixmap &picture = frame.picture;
        const int e = kEdge;
        const int w = picture.width();
        const int h = picture.height();
        const int innerWidth = to.width() - 2 * e;
        const int innerHeight = to.height() - 2 * e;
        const int right = to.right() - e + 1;
        const int bottom = to.bottom() - e + 1;
        painter->drawPixmap(to.topLeft(), picture, QRect(0, 0, e, e));
        painter->drawPixmap(QPoint(right, to.top()), picture, QRect(w - e, 0, e, e));
        painter->drawPixmap(QPoint(to.left(), bottom), picture, QRect(0, h - e, e, e));
        painter->drawPixmap(QPoint(right, bottom), picture, QRect(w - e, h - e, e, e));
        painter->drawPixmap(QRect(to.left() + e, to.top(), innerWidth, e), picture,
                            QRect(e, 0, w - 2 * e, e));
        painter->drawPixmap(QRect(to.left() + e, bottom, innerWidth, e), picture,
                            QRect(e, h - e, w - 2 * e, e));
        painter->drawPixmap(QRect(to.left(), to.top() + e, e, innerHeight), picture,
                            QRect(0, e, e, h - 2 * e));
        painter->drawPixmap(QRect(right, to.top() + e, e, innerHeight), picture,
                            QRect(w - e, e, e, h - 2 * e));
        painter->fillRect(to.adjusted(e, e, -e, -e), frame.middle);
    }
};

} // namespace

void keepGroupBoxFrame(QGroupBox *box)
{
    useWhileFusion(box, sharedFusionProxy<GroupBoxFrameStyle>());
}

} // namespace dialoog
