#include "gui/summary/pageview.h"

#include "report/summarypages.h"

#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace dialoog {

namespace {
constexpr int kGap = 16;      // between the pages and around them
constexpr int kShadow = 3;    // the paper's shadow on the desk
constexpr qreal kStep = 1.25; // one zoom step
constexpr qreal kMinZoom = 0.05;
constexpr qreal kMaxZoom = 8.0;
} // namespace

PageView::PageView(QWidget *parent) : QAbstractScrollArea(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setBackgroundRole(QPalette::Dark);
    viewport()->setBackgroundRole(QPalette::Dark);
    viewport()->setAutoFillBackground(false);
    verticalScrollBar()->setSingleStep(24);
    horizontalScrollBar()->setSingleStep(24);
}

void PageView::setPages(const SummaryPages *pages)
{
    m_pages = pages;
    const int previous = m_current;
    m_current = -1;
    relayOut();
    setCurrentPage(std::max(0, previous));
}

int PageView::pageCount() const
{
    return m_pages ? m_pages->count() : 0;
}

void PageView::setZoom(qreal zoom)
{
    // Keeps what is in the middle of the view there.
    QScrollBar *bar = verticalScrollBar();
    const qreal middle =
        (bar->value() + viewport()->height() / 2.0) / std::max(1, contentSize().height());
    m_fit = Fit::None;
    m_spread = Spread::Single;
    m_zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    relayOut();
    m_scrolling = true;
    bar->setValue(qRound(middle * contentSize().height() - viewport()->height() / 2.0));
    m_scrolling = false;
    emit zoomChanged(m_zoom);
}

void PageView::zoomIn()
{
    setZoom(m_zoom * kStep);
}

void PageView::zoomOut()
{
    setZoom(m_zoom / kStep);
}

void PageView::setFit(Fit fit)
{
    m_fit = fit;
    if (fit != Fit::None)
        m_spread = Spread::Single;
    relayOut();
    setCurrentPage(m_current);
}

void PageView::setSpread(Spread spread)
{
    m_spread = spread;
    if (spread == Spread::Single && m_fit == Fit::None)
        m_fit = Fit::Width;
    relayOut();
    setCurrentPage(m_current);
}

void PageView::setCurrentPage(int index)
{
    const int count = pageCount();
    index = std::clamp(index, 0, std::max(0, count - 1));
    if (count > 0) {
        m_scrolling = true;
        const QRect page = pageRect(index).translated(-origin());
        verticalScrollBar()->setValue(page.top() - kGap);
        m_scrolling = false;
    }
    if (index != m_current) {
        m_current = index;
        emit currentPageChanged(index);
    }
}

QSizeF PageView::paper() const
{
    if (!m_pages)
        return {};
    return m_pages->layout().fullRectPixels(m_pages->resolution()).size();
}

qreal PageView::scale() const
{
    return m_pages ? m_zoom * logicalDpiX() / m_pages->resolution() : 1.0;
}

QSize PageView::pageSize() const
{
    return (paper() * scale()).toSize();
}

int PageView::columns() const
{
    return m_spread == Spread::All ? m_allColumns : 1;
}

QSize PageView::contentSize() const
{
    const int count = pageCount();
    if (count == 0)
        return {};
    const int cols = columns();
    const int rows = (count + cols - 1) / cols;
    const QSize page = pageSize();
    return {cols * page.width() + (cols + 1) * kGap, rows * page.height() + (rows + 1) * kGap};
}

QPoint PageView::origin() const
{
    const QSize content = contentSize();
    const QSize view = viewport()->size();
    // Narrower than the window: centred across it; all pages: centred down it too.
    const int x = std::max(0, (view.width() - content.width()) / 2);
    const int y = m_spread == Spread::All ? std::max(0, (view.height() - content.height()) / 2) : 0;
    return {x - horizontalScrollBar()->value(), y - verticalScrollBar()->value()};
}

QRect PageView::pageRect(int index) const
{
    const int cols = columns();
    const QSize page = pageSize();
    const QPoint corner(kGap + (index % cols) * (page.width() + kGap),
                        kGap + (index / cols) * (page.height() + kGap));
    return {origin() + corner, page};
}

void PageView::applyFit()
{
    const QSizeF atOne = paper() * (logicalDpiX() / qreal(m_pages->resolution()));
    // A pixel to spare: a page size rounded up must not call for a scroll bar.
    const QSize view = viewport()->size() - QSize(1, 1);
    const auto fitting = [&](int cols, int rows) {
        return std::min((view.width() - (cols + 1) * kGap) / (cols * atOne.width()),
                        (view.height() - (rows + 1) * kGap) / (rows * atOne.height()));
    };
    if (m_spread == Spread::All) {
        const int count = pageCount();
        qreal best = 0;
        for (int cols = 1; cols <= count; ++cols) {
            const qreal zoom = fitting(cols, (count + cols - 1) / cols);
            if (zoom > best) {
                best = zoom;
                m_allColumns = cols;
            }
        }
        m_zoom = best;
    } else if (m_fit == Fit::Width) {
        m_zoom = (view.width() - 2 * kGap) / atOne.width();
    } else if (m_fit == Fit::Page) {
        m_zoom = fitting(1, 1);
    }
    m_zoom = std::clamp(m_zoom, kMinZoom, kMaxZoom);
}

void PageView::relayOut()
{
    const qreal before = m_zoom;
    if (m_pages)
        applyFit();
    const QSize content = contentSize();
    const QSize view = viewport()->size();
    horizontalScrollBar()->setRange(0, std::max(0, content.width() - view.width()));
    horizontalScrollBar()->setPageStep(view.width());
    verticalScrollBar()->setRange(0, std::max(0, content.height() - view.height()));
    verticalScrollBar()->setPageStep(view.height());
    viewport()->update();
    if (!qFuzzyCompare(before, m_zoom))
        emit zoomChanged(m_zoom);
}

void PageView::followScroll()
{
    const int count = pageCount();
    if (count == 0 || m_spread == Spread::All)
        return;
    const int middle = viewport()->height() / 2 - origin().y();
    const int index = std::clamp(middle / (pageSize().height() + kGap), 0, count - 1);
    if (index != m_current) {
        m_current = index;
        emit currentPageChanged(index);
    }
}

void PageView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    relayOut();
}

void PageView::scrollContentsBy(int dx, int dy)
{
    viewport()->scroll(dx, dy);
    if (!m_scrolling)
        followScroll();
}

void PageView::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier))
        return QAbstractScrollArea::wheelEvent(event);
    if (event->angleDelta().y() > 0)
        zoomIn();
    else if (event->angleDelta().y() < 0)
        zoomOut();
    event->accept();
}

void PageView::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    painter.fillRect(event->rect(), palette().color(QPalette::Dark));
    for (int index = 0; index < pageCount(); ++index) {
        const QRect page = pageRect(index);
        if (page.adjusted(0, 0, kShadow, kShadow).intersects(event->rect()))
            paintPage(painter, index, page);
    }
}

void PageView::paintPage(QPainter &painter, int index, const QRect &area) const
{
    painter.fillRect(area.translated(kShadow, kShadow), palette().color(QPalette::Shadow));
    painter.fillRect(area, Qt::white);
    painter.save();
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                           QPainter::SmoothPixmapTransform);
    painter.setClipRect(area);
    painter.translate(area.topLeft());
    painter.scale(scale(), scale());
    painter.translate(m_pages->layout().paintRectPixels(m_pages->resolution()).topLeft());
    m_pages->paint(painter, index);
    painter.restore();
}

} // namespace dialoog
