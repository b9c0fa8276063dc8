#include "summarypages.h"

#include "summarylayout.h"

#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextDocument>

namespace dialoog {

SummaryPages::SummaryPages(const SummaryDocument &summary, QPagedPaintDevice &device)
    : m_layout(device.pageLayout()), m_resolution(device.logicalDpiX()),
      m_page(printableRect(device).size()),
      m_footer(footerHeight(device)), m_decor{summary.footerLeft, summary.footerMiddle,
                                              summary.pageLabel}
{
    const QSizeF body(m_page.width(), m_page.height() - m_footer);
    m_document = layOutSummary(summary, &device, body);
    m_count = m_document->pageCount();
}

SummaryPages::~SummaryPages() = default;

bool SummaryPages::fits(QPagedPaintDevice &device) const
{
    return device.logicalDpiX() == m_resolution && device.pageLayout() == m_layout;
}

void SummaryPages::paint(QPainter &painter, int index) const
{
    const qreal body = m_page.height() - m_footer;
    painter.save();
    painter.translate(0, -index * body);
    // A line that begins the next page starts exactly at this page's foot. The clip
    // hides it, but the PDF would still carry its text (found by search and by
    // screen readers, on the wrong page): one pixel less leaves it out.
    m_document->drawContents(&painter,
                             QRectF(QPointF(0, index * body), QSizeF(m_page.width(), body - 1)));
    painter.restore();
    paintFooter(painter, QRectF(QPointF(), m_page), m_footer, m_decor, index, m_count,
                m_resolution);
}

void SummaryPages::print(QPagedPaintDevice &device, QPainter &painter, int first, int last) const
{
    for (int index = first; index <= last; ++index) {
        if (index > first)
            device.newPage();
        paint(painter, index);
    }
}

} // namespace dialoog
