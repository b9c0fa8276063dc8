#pragma once

#include <QFont>
#include <QLocale>
#include <QRectF>
#include <QString>

class QPagedPaintDevice;
class QPainter;
class QPdfWriter;

namespace dialoog {

// What every printed page of Dialoog carries at its foot: "Confidential", the
// employee's name, "page X of Y". Shared by the summary and the preparation forms.
struct PageFooter
{
    QString left;
    QString middle;
    QString pageLabel; // "page %1 of %2"
};

// The font printed pages are set in.
QFont printFont(qreal pointSize = 10);
// The height the footer claims at the bottom of each page of `device`.
qreal footerHeight(QPagedPaintDevice &device);
// The printable area of `device` in its own pixels.
QRectF printableRect(QPagedPaintDevice &device);
// `resolution`: the pixels per inch the page was laid out in, when the painter paints it
// elsewhere (the print preview's screen); 0: the painter's own device.
void paintFooter(QPainter &painter, const QRectF &page, qreal height, const PageFooter &footer,
                 int index, int pages, int resolution = 0);

// The pixels per inch printed pages are laid out in: printer, PDF and preview alike, so
// the preview and the PDF break lines and pages where the printout does.
constexpr int kPrintResolution = 300;
// The paper (A4, or US Letter where the locale measures in inches) and the margins of
// every page Dialoog prints.
void setUpPage(QPagedPaintDevice &device, const QLocale &locale);
// Page size, margins, resolution and metadata of every PDF Dialoog writes.
void setUpPdf(QPdfWriter &writer, const QString &title, const QLocale &locale);

} // namespace dialoog
