#pragma once

#include <QFontMetricsF>
#include <QHash>
#include <QString>
#include <array>

namespace dialoog {

// The widths of many short texts in one font without shaping (QFont::PreferNoShaping):
// the sum of each character's advance, kept per character. Measuring 5,000 names one by
// one shaped each of them, a tenth of the start-up at ten times the data. Text with
// combining marks or in scripts that need shaping is measured whole.
class TextWidths
{
public:
    explicit TextWidths(const QFont &font);

    int width(const QString &text);

private:
    qreal advance(char16_t c);

    QFontMetricsF m_metrics;
    // Latin-1 in an array (most names are), the rest in a hash; NaN until measured.
    std::array<qreal, 256> m_latin1;
    QHash<char16_t, qreal> m_advances;
};

} // namespace dialoog
