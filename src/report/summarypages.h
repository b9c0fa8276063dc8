#pragma once

#include "pagedecor.h"
#include "summarydocument.h"

#include <QPageLayout>
#include <memory>

class QPagedPaintDevice;
class QPainter;
class QTextDocument;

namespace dialoog {

// The summary laid out once on the pages of a device (its page layout and resolution),
// then painted a page at a time: the printout, the PDF and the print preview paint
// these same pages, so what the preview shows is what is printed.
class SummaryPages final
{
public:
    SummaryPages(const SummaryDocument &summary, QPagedPaintDevice &device);
    ~SummaryPages();
    SummaryPages(const SummaryPages &) = delete;
    SummaryPages &operator=(const SummaryPages &) = delete;

    int count() const { return m_count; }
    // The paper and its margins, and the pixels per inch the pages were laid out in.
    const QPageLayout &layout() const { return m_layout; }
    int resolution() const { return m_resolution; }
    // Whether `device` takes these pages as they are (the same layout and resolution).
    bool fits(QPagedPaintDevice &device) const;

    // Paints page `index` (from 0), the painter's origin at the printable area's corner.
    void paint(QPainter &painter, int index) const;
    // Pages `first` to `last` (from 0) on `device`, a new page before each but the first.
    void print(QPagedPaintDevice &device, QPainter &painter, int first, int last) const;

private:
    std::unique_ptr<QTextDocument> m_document;
    QPageLayout m_layout;
    int m_resolution = 0;
    QSizeF m_page;
    qreal m_footer = 0;
    PageFooter m_decor;
    int m_count = 0;
};

} // namespace dialoog
