#include "gui/widgets/steadytext.h"

#include <QLabel>
#include <algorithm>

namespace dialoog {

void setSteadyText(QLabel *label, const QString &text)
{
    // A fixed size (the same minimum and maximum) is what keeps QLabel::setText from
    // asking the layouts above it to run again.
    label->setText(text);
    const QSize needed = label->sizeHint();
    const QSize fixed(std::max(needed.width(), label->minimumWidth()), needed.height());
    if (fixed != label->minimumSize() || fixed != label->maximumSize())
        label->setFixedSize(fixed);
}

} // namespace dialoog
