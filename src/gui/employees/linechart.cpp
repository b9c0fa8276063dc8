#include "gui/employees/linechart.h"

#include <QEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <array>

namespace dialoog {
namespace {

constexpr int legendSpacing = 16;
constexpr int marker = 4;

// Shapes tell the lines apart for those who cannot tell the colours apart.
void drawMarker(QPainter &p, QPointF at, std::size_t series)
{
    switch (series % 4) {
    case 0:
        p.drawEllipse(at, marker, marker);
        break;
    case 1:
        p.drawRect(QRectF(at.x() - marker, at.y() - marker, 2 * marker, 2 * marker));
        break;
    case 2:
        p.drawPolygon(QPolygonF({at + QPointF(0, -marker - 1), at + QPointF(marker + 1, marker),
                                 at + QPointF(-marker - 1, marker)}));
        break;
    default:
        p.drawPolygon(QPolygonF({at + QPointF(0, -marker - 1), at + QPointF(marker + 1, 0),
                                 at + QPointF(0, marker + 1), at + QPointF(-marker - 1, 0)}));
    }
}

} // namespace

LineChart::LineChart(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::TabFocus); // reachable, so a screen reader can read the description
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void LineChart::setAxis(int minimum, int maximum, int step, const QString &format)
{
    m_minimum = minimum;
    m_maximum = std::max(maximum, minimum + 1);
    m_step = std::max(step, 1);
    m_format = format;
    update();
}

void LineChart::setData(const ChartData &data, const QString &emptyText)
{
    m_data = data;
    m_emptyText = emptyText;
    setAccessibleDescription(describe());
    updateGeometry();
    update();
}

QSize LineChart::sizeHint() const
{
    return {480, 200};
}
QSize LineChart::minimumSizeHint() const
{
    return {240, 140};
}

QString LineChart::valueText(int value) const
{
    return m_format.arg(value);
}

QColor LineChart::colour(std::size_t series) const
{
    // Colour-blind-safe hues (Okabe–Ito), lighter on a dark background.
    static const std::array<QColor, 6> light = {QColor(0x00, 0x72, 0xB2), QColor(0xD5, 0x5E, 0x00),
                                                QColor(0x00, 0x9E, 0x73), QColor(0xCC, 0x79, 0xA7),
                                                QColor(0x8A, 0x6D, 0x00), QColor(0x56, 0x56, 0x56)};
    static const std::array<QColor, 6> dark = {QColor(0x56, 0xB4, 0xE9), QColor(0xE6, 0x9F, 0x00),
                                               QColor(0x3C, 0xCF, 0xA0), QColor(0xE8, 0x9B, 0xC8),
                                               QColor(0xF0, 0xE4, 0x42), QColor(0xC0, 0xC0, 0xC0)};
    const bool darkBackground = palette().color(QPalette::Base).lightness() < 128;
    return (darkBackground ? dark : light)[series % light.size()];
}

QString LineChart::describe() const
{
    if (m_data.empty())
        return m_emptyText;
    const QLocale locale;
    QStringList lines;
    for (const ChartSeries &series : m_data.series) {
        QStringList points;
        for (std::size_t i = 0; i < m_data.dates.size() && i < series.values.size(); ++i) {
            const QString date = locale.toString(m_data.dates[i], QLocale::ShortFormat);
            points << (series.values[i] ? tr("%1: %2").arg(date, valueText(*series.values[i]))
                                        : tr("%1: no value").arg(date));
        }
        lines << tr("%1 — %2").arg(series.name, points.join(tr("; ")));
    }
    return lines.join(QLatin1Char('\n'));
}

void LineChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        update();
    QWidget::changeEvent(event);
}

void LineChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QRect area = rect().adjusted(2, 2, -2, -2);
    p.fillRect(rect(), pal.color(QPalette::Base));
    if (hasFocus()) {
        p.setPen(QPen(pal.color(QPalette::Highlight), 1));
        p.drawRect(rect().adjusted(0, 0, -1, -1));
    }
    if (m_data.empty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
        return;
    }
    const int legendBottom = drawLegend(p, area);
    // Plot area: y labels on the left, dates below.
    const QFontMetrics fm = fontMetrics();
    int labelWidth = 0;
    for (int v = m_minimum; v <= m_maximum; v += m_step)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(valueText(v)));
    // Room for half of the first and last date label beside the plot.
    const QLocale locale;
    const auto dateWidth = [&](std::size_t i) {
        return fm.horizontalAdvance(locale.toString(m_data.dates[i], QLocale::ShortFormat));
    };
    const int leftMargin = std::max(labelWidth + 10, dateWidth(0) / 2 + 4);
    const int rightMargin = dateWidth(m_data.dates.size() - 1) / 2 + 4;
    const QRectF plot(area.left() + leftMargin, legendBottom + fm.height() / 2.0,
                      area.width() - leftMargin - rightMargin,
                      area.bottom() - legendBottom - 2.0 * fm.height() - 4);
    if (plot.height() < 20 || plot.width() < 20)
        return;
    drawValueAxis(p, plot, area.left(), labelWidth);
    drawDateAxis(p, plot);
    for (std::size_t s = 0; s < m_data.series.size(); ++s)
        drawSeries(p, plot, s);
}

// A row (wrapping) of marker, line and name above the plot; returns where it ends.
int LineChart::drawLegend(QPainter &p, const QRect &area) const
{
    const QFontMetrics fm = fontMetrics();
    int x = area.left() + 4;
    int y = area.top() + 2;
    const int maxName = std::max(80, area.width() / 2);
    for (std::size_t s = 0; s < m_data.series.size(); ++s) {
        const QString name = fm.elidedText(m_data.series[s].name, Qt::ElideRight, maxName);
        const int width = 26 + fm.horizontalAdvance(name);
        if (x + width > area.right() && x > area.left() + 4) {
            x = area.left() + 4;
            y += fm.height() + 2;
        }
        const QColor c = colour(s);
        p.setPen(QPen(c, 2));
        p.drawLine(x, y + fm.height() / 2, x + 18, y + fm.height() / 2);
        p.setBrush(c);
        drawMarker(p, QPointF(x + 9, y + fm.height() / 2.0), s);
        p.setBrush(Qt::NoBrush);
        p.setPen(palette().color(QPalette::Text));
        p.drawText(x + 24, y + fm.ascent(), name);
        x += width + legendSpacing;
    }
    return y + fm.height() + 6;
}

double LineChart::xOf(std::size_t index, const QRectF &plot) const
{
    const std::size_t n = m_data.dates.size();
    return n == 1 ? plot.center().x() : plot.left() + index * plot.width() / double(n - 1);
}

double LineChart::yOf(int value, const QRectF &plot) const
{
    return plot.bottom() - (value - m_minimum) * plot.height() / (m_maximum - m_minimum);
}

QColor LineChart::gridColour() const
{
    QColor grid = palette().color(QPalette::Text);
    grid.setAlpha(40);
    return grid;
}

void LineChart::drawValueAxis(QPainter &p, const QRectF &plot, int left, int labelWidth) const
{
    const QFontMetrics fm = fontMetrics();
    for (int v = m_minimum; v <= m_maximum; v += m_step) {
        p.setPen(gridColour());
        p.drawLine(QPointF(plot.left(), yOf(v, plot)), QPointF(plot.right(), yOf(v, plot)));
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRectF(left, yOf(v, plot) - fm.height() / 2.0, labelWidth + 4, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, valueText(v));
    }
}

// Dates: as many as fit without overlapping, always the last one.
void LineChart::drawDateAxis(QPainter &p, const QRectF &plot) const
{
    const QFontMetrics fm = fontMetrics();
    const QLocale locale;
    const std::size_t n = m_data.dates.size();
    double lastRight = -1e9;
    for (std::size_t i = 0; i < n; ++i) {
        const QString label = locale.toString(m_data.dates[i], QLocale::ShortFormat);
        const double w = fm.horizontalAdvance(label);
        const double left = xOf(i, plot) - w / 2;
        const bool last = i + 1 == n;
        if (left < lastRight + 8 && !last)
            continue;
        p.setPen(gridColour());
        p.drawLine(QPointF(xOf(i, plot), plot.top()), QPointF(xOf(i, plot), plot.bottom()));
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QPointF(left, plot.bottom() + fm.height() + 2), label);
        lastRight = left + w;
    }
}

void LineChart::drawSeries(QPainter &p, const QRectF &plot, std::size_t s) const
{
    const ChartSeries &series = m_data.series[s];
    const std::size_t n = std::min(m_data.dates.size(), series.values.size());
    const auto at = [&](std::size_t i) {
        return QPointF(xOf(i, plot),
                       yOf(std::clamp(*series.values[i], m_minimum, m_maximum), plot));
    };
    QPainterPath path;
    bool drawing = false;
    for (std::size_t i = 0; i < n; ++i) {
        if (!series.values[i]) {
            drawing = false; // a gap: the line breaks
            continue;
        }
        if (drawing)
            path.lineTo(at(i));
        else
            path.moveTo(at(i));
        drawing = true;
    }
    const QColor c = colour(s);
    p.setPen(QPen(c, 2));
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
    p.setBrush(c);
    for (std::size_t i = 0; i < n; ++i) {
        if (series.values[i])
            drawMarker(p, at(i), s);
    }
}

} // namespace dialoog
