#pragma once

#include <QFontMetricsF>
#include <QHash>
#include <QString>

namespace dialoog {

// The widths of many short texts in one font without shaping (QFont::PreferNoShaping):
// the sum of each character's advance, kept per character. Measuring 5,000 names one by
// one shaped each of them, a tenth of the start-up at ten times the data. Text with
// combining marks or in scripts that need shaping is measured whole.
class TextWidths
{
public:
    explicit TextWidths(const QFont &font) : m_metrics(font) {}

    int width(const QString &text);

private:
    QFontMetricsF m_metrics;
    QHash<char16_t, qreal> m_advances;
};

} // namespace dialoog
