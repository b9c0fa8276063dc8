#include "gui/wellbeing/signalmark.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace dialoog {
namespace {

// Drawn, not taken from the icon theme (as the rhythm's marks, for the same reasons): a
// blue rounded square with a white line falling to an arrow head.
QPixmap falling(int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(size / 16.0, size / 16.0);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x00, 0x72, 0xB2));
    painter.drawRoundedRect(QRectF(1, 1, 14, 14), 3, 3);
    QPainterPath line;
    line.moveTo(3.5, 4.5);
    line.lineTo(7, 8);
    line.lineTo(8.5, 6.5);
    line.lineTo(12, 10);
    painter.setPen(QPen(Qt::white, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(line);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::white);
    painter.drawPolygon(QPolygonF({QPointF(13, 11.5), QPointF(13, 7.5), QPointF(9, 11.5)}));
    return pixmap;
}

} // namespace

QIcon SignalMark::icon()
{
    static const QIcon mark = [] {
        QIcon icon;
        for (int size : {16, 24, 32, 48})
            icon.addPixmap(falling(size));
        return icon;
    }();
    return mark;
}

QString SignalMark::toolTip(const std::vector<EnergySignal> &raised)
{
    if (raised.empty())
        return {};
    QStringList lines;
    for (const EnergySignal &s : raised)
        lines << tr("Signal: %1").arg(s.sentence);
    return lines.join(QLatin1Char('\n'));
}

QString SignalMark::accessibleName(const QString &name, const std::vector<EnergySignal> &raised)
{
    if (raised.empty())
        return name;
    return raised.size() == 1 ? tr("%1, 1 signal").arg(name)
                              : tr("%1, %2 signals").arg(name).arg(raised.size());
}

} // namespace dialoog
