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

// What every part of the painting needs.
struct Canvas
{
    QPainter &painter;
    const QFontMetrics &metrics;
    const QPalette &palette;
    QRect area; // the widget less a small margin
};

// A y axis label: the value and how it is shown.
struct Tick
{
    int value = 0;
    QString label;
};

// Where the plot sits, and how dates and values map onto it.
struct Plot
{
    QRectF rect;
    int minimum = 0;
    int maximum = 100;
    std::size_t count = 0; // dates along the x axis

    double x(std::size_t i) const
    {
        return count == 1 ? rect.center().x() : rect.left() + i * rect.width() / double(count - 1);
    }
    double y(int value) const
    {
        return rect.bottom() - (value - minimum) * rect.height() / (maximum - minimum);
    }
    // A value outside the axis is drawn at its end rather than outside the plot.
    QPointF at(std::size_t i, int value) const
    {
        return {x(i), y(std::clamp(value, minimum, maximum))};
    }
};

QString dateText(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

// A row (wrapping) of marker, line and name above the plot; returns where it ends.
int paintLegend(const Canvas &c, const std::vector<ChartSeries> &series,
                const std::vector<QColor> &colours)
{
    QPainter &p = c.painter;
    const QFontMetrics &fm = c.metrics;
    int x = c.area.left() + 4;
    int y = c.area.top() + 2;
    const int maxName = std::max(80, c.area.width() / 2);
    for (std::size_t s = 0; s < series.size(); ++s) {
        const QString name = fm.elidedText(series[s].name, Qt::ElideRight, maxName);
        const int width = 26 + fm.horizontalAdvance(name);
        if (x + width > c.area.right() && x > c.area.left() + 4) {
            x = c.area.left() + 4;
            y += fm.height() + 2;
        }
        p.setPen(QPen(colours[s], 2));
        p.drawLine(x, y + fm.height() / 2, x + 18, y + fm.height() / 2);
        p.setBrush(colours[s]);
        drawMarker(p, QPointF(x + 9, y + fm.height() / 2.0), s);
        p.setBrush(Qt::NoBrush);
        p.setPen(c.palette.color(QPalette::Text));
        p.drawText(x + 24, y + fm.ascent(), name);
        x += width + legendSpacing;
    }
    return y + fm.height() + 6;
}

// Below the legend, right of the y labels, above the dates, with room for half of the
// first and last date label beside it.
QRectF plotRect(const Canvas &c, int legendBottom, int labelWidth, const std::vector<QDate> &dates)
{
    const QFontMetrics &fm = c.metrics;
    const int leftMargin =
        std::max(labelWidth + 10, fm.horizontalAdvance(dateText(dates.front())) / 2 + 4);
    const int rightMargin = fm.horizontalAdvance(dateText(dates.back())) / 2 + 4;
    return QRectF(c.area.left() + leftMargin, legendBottom + fm.height() / 2.0,
                  c.area.width() - leftMargin - rightMargin,
                  c.area.bottom() - legendBottom - 2.0 * fm.height() - 4);
}

void paintValueAxis(const Canvas &c, const Plot &plot, const std::vector<Tick> &ticks,
                    int labelWidth, const QColor &grid)
{
    QPainter &p = c.painter;
    for (const Tick &tick : ticks) {
        p.setPen(grid);
        p.drawLine(QPointF(plot.rect.left(), plot.y(tick.value)),
                   QPointF(plot.rect.right(), plot.y(tick.value)));
        p.setPen(c.palette.color(QPalette::Text));
        p.drawText(QRectF(c.area.left(), plot.y(tick.value) - c.metrics.height() / 2.0,
                          labelWidth + 4, c.metrics.height()),
                   Qt::AlignRight | Qt::AlignVCenter, tick.label);
    }
}

// Dates: as many as fit without overlapping, always the last one.
void paintDateAxis(const Canvas &c, const Plot &plot, const std::vector<QDate> &dates,
                   const QColor &grid)
{
    QPainter &p = c.painter;
    double lastRight = -1e9;
    for (std::size_t i = 0; i < plot.count; ++i) {
        const QString label = dateText(dates[i]);
        const double w = c.metrics.horizontalAdvance(label);
        const double left = plot.x(i) - w / 2;
        const bool last = i + 1 == plot.count;
        if (left < lastRight + 8 && !last)
            continue;
        p.setPen(grid);
        p.drawLine(QPointF(plot.x(i), plot.rect.top()), QPointF(plot.x(i), plot.rect.bottom()));
        p.setPen(c.palette.color(QPalette::Text));
        p.drawText(QPointF(left, plot.rect.bottom() + c.metrics.height() + 2), label);
        lastRight = left + w;
    }
}

void paintSeries(QPainter &p, const Plot &plot, const ChartSeries &series, const QColor &colour,
                 std::size_t index)
{
    QPainterPath path;
    bool drawing = false;
    for (std::size_t i = 0; i < plot.count && i < series.values.size(); ++i) {
        if (!series.values[i]) {
            drawing = false; // a gap: the line breaks
            continue;
        }
        const QPointF at = plot.at(i, *series.values[i]);
        if (drawing)
            path.lineTo(at);
        else
            path.moveTo(at);
        drawing = true;
    }
    p.setPen(QPen(colour, 2));
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
    p.setBrush(colour);
    for (std::size_t i = 0; i < plot.count && i < series.values.size(); ++i) {
        if (series.values[i])
            drawMarker(p, plot.at(i, *series.values[i]), index);
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
    const QFontMetrics fm = fontMetrics();
    const Canvas canvas{
        .painter = p, .metrics = fm, .palette = pal, .area = rect().adjusted(2, 2, -2, -2)};
    p.fillRect(rect(), pal.color(QPalette::Base));
    if (hasFocus()) {
        p.setPen(QPen(pal.color(QPalette::Highlight), 1));
        p.drawRect(rect().adjusted(0, 0, -1, -1));
    }
    if (m_data.empty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(canvas.area, Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
        return;
    }
    std::vector<QColor> colours;
    for (std::size_t s = 0; s < m_data.series.size(); ++s)
        colours.push_back(colour(s));
    const int legendBottom = paintLegend(canvas, m_data.series, colours);

    std::vector<Tick> ticks;
    int labelWidth = 0;
    for (int v = m_minimum; v <= m_maximum; v += m_step) {
        ticks.push_back(Tick{.value = v, .label = valueText(v)});
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(ticks.back().label));
    }
    const Plot plot{.rect = plotRect(canvas, legendBottom, labelWidth, m_data.dates),
                    .minimum = m_minimum,
                    .maximum = m_maximum,
                    .count = m_data.dates.size()};
    if (plot.rect.height() < 20 || plot.rect.width() < 20)
        return;
    QColor grid = pal.color(QPalette::Text);
    grid.setAlpha(40);
    paintValueAxis(canvas, plot, ticks, labelWidth, grid);
    paintDateAxis(canvas, plot, m_data.dates, grid);
    for (std::size_t s = 0; s < m_data.series.size(); ++s)
        paintSeries(p, plot, m_data.series[s], colours[s], s);
}

} // namespace dialoog
