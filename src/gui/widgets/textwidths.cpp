#include "gui/widgets/textwidths.h"

#include <cmath>

namespace dialoog {

namespace {
// Below the combining diacritical marks: Latin, with its accented letters, whose glyphs
// stand side by side.
constexpr char16_t firstShaped = 0x0300;
} // namespace

int TextWidths::width(const QString &text)
{
    qreal sum = 0;
    for (const QChar c : text) {
        if (c.unicode() >= firstShaped)
            return int(std::ceil(m_metrics.horizontalAdvance(text)));
        auto advance = m_advances.constFind(c.unicode());
        if (advance == m_advances.constEnd())
            advance = m_advances.insert(c.unicode(), m_metrics.horizontalAdvance(c));
        sum += *advance;
    }
    return int(std::ceil(sum));
}

} // namespace dialoog
