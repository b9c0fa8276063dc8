#include "pagedecor.h"

#include "summaryprinter.h"

#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

namespace dialoog {

namespace {
QFont footerFont()
{
    return printFont(8);
}
} // namespace

QFont printFont(qreal pointSize)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(pointSize);
    // Kerning and ligatures are cosmetic in Latin text and are left out (scripts that need
    // shaping still get it): shaping was a fifth of a summary's instructions.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

qreal footerHeight(QPagedPaintDevice &device)
{
    return QFontMetricsF(footerFont(), &device).height() * 2.5;
}

QRectF printableRect(QPagedPaintDevice &device)
{
    return device.pageLayout().paintRectPixels(device.logicalDpiX());
}

void paintFooter(QPainter &painter, const QRectF &page, qreal height, const PageFooter &footer,
                 int index, int pages, int resolution)
{
    QFont font = footerFont();
    // A painter sizes its font for its own device: on a screen showing the page scaled
    // down, the footer's points are made as large as they are on the page.
    if (resolution > 0 && painter.device() && painter.device()->logicalDpiY() != resolution)
        font.setPointSizeF(font.pointSizeF() * resolution / painter.device()->logicalDpiY());
    painter.save();
    painter.setFont(font);
    painter.setPen(QColor(0x55, 0x55, 0x55));
    const QRectF area(0, page.height() - height * 0.6, page.width(), height * 0.6);
    painter.drawLine(QPointF(0, area.top() - height * 0.15),
                     QPointF(page.width(), area.top() - height * 0.15));
    painter.drawText(area, Qt::AlignLeft | Qt::AlignVCenter, footer.left);
    painter.drawText(area, Qt::AlignHCenter | Qt::AlignVCenter, footer.middle);
    painter.drawText(area, Qt::AlignRight | Qt::AlignVCenter,
                     footer.pageLabel.arg(index + 1).arg(pages));
    painter.restore();
}

void setUpPage(QPagedPaintDevice &device, const QLocale &locale)
{
    device.setPageSize(QPageSize(defaultPageSize(locale)));
    device.setPageMargins(QMarginsF(20, 18, 20, 14), QPageLayout::Millimeter);
}

void setUpPdf(QPdfWriter &writer, const QString &title, const QLocale &locale)
{
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Dialoog"));
    setUpPage(writer, locale);
    writer.setResolution(kPrintResolution);
}

} // namespace dialoog
