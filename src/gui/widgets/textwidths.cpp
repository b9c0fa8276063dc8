#include "gui/widgets/textwidths.h"

#include <cmath>
#include <limits>

namespace dialoog {

namespace {
// Below the combining diacritical marks: Latin, with its accented letters, whose glyphs
// stand side by side.
constexpr char16_t firstShaped = 0x0300;
} // namespace

TextWidths::TextWidths(const QFont &font) : m_metrics(font)
{
    m_latin1.fill(std::numeric_limits<qreal>::quiet_NaN());
}

qreal TextWidths::advance(char16_t c)
{
    if (c < m_latin1.size()) {
        qreal &known = m_latin1[c];
        if (std::isnan(known))
            known = m_metrics.horizontalAdvance(QChar(c));
        return known;
    }
    auto found = m_advances.constFind(c);
    if (found == m_advances.constEnd())
        found = m_advances.insert(c, m_metrics.horizontalAdvance(QChar(c)));
    return *found;
}

int TextWidths::width(const QString &text)
{
    qreal sum = 0;
    for (const QChar c : text) {
        if (c.unicode() >= firstShaped)
            return int(std::ceil(m_metrics.horizontalAdvance(text)));
        sum += advance(c.unicode());
    }
    return int(std::ceil(sum));
}

} // namespace dialoog
