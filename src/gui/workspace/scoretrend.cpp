#include "gui/workspace/scoretrend.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLocale>
#include <QPainter>
#include <algorithm>

namespace dialoog {
namespace {

// A score of 1..5 as five dots.
QString dots(int score)
{
    if (score <= 0)
        return QStringLiteral("–");
    return QString(score, QChar(0x25CF)) + QString(5 - score, QChar(0x25CB));
}

QString scoreInWords(int score)
{
    return score <= 0 ? QCoreApplication::translate("dialoog::ScoreTrend", "not scored")
                      : QCoreApplication::translate("dialoog::ScoreTrend", "%1 of 5").arg(score);
}

} // namespace

ScoreTrend::ScoreTrend(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setAccessibleName(tr("Energy and work happiness so far"));
}

void ScoreTrend::setRows(const std::vector<Row> &rows)
{
    const QLocale locale;
    m_lines.clear();
    m_header = !rows.empty();
    QStringList words;
    if (rows.empty()) {
        m_lines.push_back({tr("No earlier scores.")});
        words << m_lines.front().front();
    } else {
        m_lines.push_back({QString(), tr("Energy"), tr("Happiness")});
    }
    for (const Row &row : rows) {
        const QString date = locale.toString(row.date, QLocale::ShortFormat);
        m_lines.push_back({date, dots(row.energy), dots(row.happiness)});
        words << tr("%1: energy %2, work happiness %3")
                     .arg(date, scoreInWords(row.energy), scoreInWords(row.happiness));
    }
    setAccessibleDescription(words.join(QLatin1Char('\n')));
    measure();
    updateGeometry();
    update();
}

QString ScoreTrend::text() const
{
    QStringList lines;
    for (const QStringList &line : m_lines)
        lines << line.join(QLatin1Char('\t'));
    return lines.join(QLatin1Char('\n'));
}

QFont ScoreTrend::headerFont() const
{
    QFont bold = font();
    bold.setBold(true);
    return bold;
}

// Each column as wide as its widest cell, two spaces apart.
void ScoreTrend::measure()
{
    const QFontMetrics normal(font());
    const QFontMetrics header(headerFont());
    const int gap = 2 * normal.horizontalAdvance(QLatin1Char(' '));
    m_widths.fill(0);
    for (std::size_t i = 0; i < m_lines.size(); ++i) {
        const QFontMetrics &metrics = m_header && i == 0 ? header : normal;
        for (std::size_t c = 0; c < std::size_t(m_lines[i].size()) && c < m_widths.size(); ++c)
            m_widths[c] = std::max(m_widths[c], metrics.horizontalAdvance(m_lines[i][int(c)]));
    }
    int width = 0;
    for (int w : m_widths)
        width += w > 0 ? w + gap : 0;
    const int rows = int(m_lines.size());
    m_size = QSize(std::max(width - gap, 0), rows * rowHeight());
}

// A line of text and the two pixels between rows the rich-text table had.
int ScoreTrend::rowHeight() const
{
    return std::max(fontMetrics().height(), QFontMetrics(headerFont()).height()) + 2;
}

QSize ScoreTrend::sizeHint() const
{
    return m_size;
}

QSize ScoreTrend::minimumSizeHint() const
{
    return m_size;
}

void ScoreTrend::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QFontMetrics normal(font());
    const int gap = 2 * normal.horizontalAdvance(QLatin1Char(' '));
    const int height = rowHeight();
    for (std::size_t i = 0; i < m_lines.size(); ++i) {
        painter.setFont(m_header && i == 0 ? headerFont() : font());
        int x = 0;
        for (int c = 0; c < m_lines[i].size() && c < int(m_widths.size()); ++c) {
            // A lone line (no scores) may use the whole width.
            const int width = m_lines[i].size() == 1 ? this->width() : m_widths[std::size_t(c)];
            painter.drawText(QRect(x, int(i) * height, width, height),
                             Qt::AlignLeft | Qt::AlignVCenter, m_lines[i][c]);
            x += width + gap;
        }
    }
}

void ScoreTrend::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        measure();
        updateGeometry();
    }
    QWidget::changeEvent(event);
}

} // namespace dialoog
