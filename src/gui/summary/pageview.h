#pragma once

#include <QAbstractScrollArea>

namespace dialoog {

class SummaryPages;

// Printed pages on screen, as paper on a grey desk: one column to scroll through, or all
// pages side by side. Only the pages in sight are painted, each when it comes into view,
// straight from the laid-out document (nothing is recorded ahead).
class PageView final : public QAbstractScrollArea
{
    Q_OBJECT

public:
    enum class Fit
    {
        None, // the zoom the user chose
        Width,
        Page
    };
    enum class Spread
    {
        Single, // the pages one below the other, to read
        All     // every page at once, as large as the window allows
    };

    explicit PageView(QWidget *parent = nullptr);

    // The pages to show (not owned; null shows none). Keeps the current page if it exists.
    void setPages(const SummaryPages *pages);
    int pageCount() const;

    // 1.0 shows the paper at its real size.
    qreal zoom() const { return m_zoom; }
    void setZoom(qreal zoom);
    void zoomIn();
    void zoomOut();
    Fit fit() const { return m_fit; }
    void setFit(Fit fit);
    Spread spread() const { return m_spread; }
    void setSpread(Spread spread);

    // From 0.
    int currentPage() const { return m_current; }
    void setCurrentPage(int index);

    // Where page `index` is in the viewport, in its pixels.
    QRect pageRect(int index) const;

signals:
    void currentPageChanged(int index);
    void zoomChanged(qreal zoom);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    QSizeF paper() const; // in the pages' pixels
    qreal scale() const;  // screen pixels per page pixel
    QSize pageSize() const;
    int columns() const;
    QSize contentSize() const;
    QPoint origin() const; // the content's top-left corner in the viewport
    void relayOut();
    void applyFit();
    void followScroll();
    void paintPage(QPainter &painter, int index, const QRect &area) const;

    const SummaryPages *m_pages = nullptr;
    qreal m_zoom = 1.0;
    Fit m_fit = Fit::Width;
    Spread m_spread = Spread::Single;
    int m_current = 0;
    int m_allColumns = 1;
    bool m_scrolling = false; // scrolled by the view itself, not the user
};

} // namespace dialoog
