#include "gui/platform/textfit.h"

#include <QLineEdit>
#include <QStyle>
#include <QStyleOptionFrame>
#include <algorithm>

namespace dialoog {

namespace {
// QLineEdit keeps this many pixels free on either side of its text (QLineEditPrivate).
constexpr int lineEditSideMargin = 2;
} // namespace

int lineEditWidthFor(const QLineEdit *edit, const QString &text)
{
    // As QLineEdit::sizeHint() computes its width, but for this text instead of 17 x's.
    const QFontMetrics metrics = edit->fontMetrics();
    const QMargins textMargins = edit->textMargins();
    const QMargins contents = edit->contentsMargins();
    const int width = metrics.horizontalAdvance(text) + 2 * lineEditSideMargin + 1 +
                      textMargins.left() + textMargins.right() + contents.left() + contents.right();
    QStyleOptionFrame option;
    option.initFrom(edit);
    option.rect = edit->rect();
    option.lineWidth = edit->hasFrame()
                           ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, edit)
                           : 0;
    option.midLineWidth = 0;
    option.state |= QStyle::State_Sunken;
    return edit->style()
        ->sizeFromContents(QStyle::CT_LineEdit, &option, QSize(width, metrics.height()), edit)
        .width();
}

void fitLineEdit(QLineEdit *edit, const QStringList &typical)
{
    int width = lineEditWidthFor(edit, edit->placeholderText());
    for (const QString &value : typical)
        width = std::max(width, lineEditWidthFor(edit, value));
    edit->setMinimumWidth(std::max(width, edit->minimumSizeHint().width()));
}

QString sampleFullName()
{
    return QStringLiteral("Maximiliaan van Oldenbarnevelt");
}

QString sampleEmailAddress()
{
    return QStringLiteral("marieke.van.den.berg@example.org");
}

QSize textAreaSize(const QWidget *widget, int columns, int lines)
{
    const QFontMetrics metrics = widget->fontMetrics();
    return {metrics.averageCharWidth() * columns, metrics.lineSpacing() * lines};
}

} // namespace dialoog
