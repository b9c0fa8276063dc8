#include "gui/widgets/readonlyview.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace dialoog::ReadOnlyView {
namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dialoog::ReadOnlyView)
};
} // namespace

void lock(QWidget *root)
{
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (w->property(keepProperty).toBool())
            continue;
        if (auto *line = qobject_cast<QLineEdit *>(w))
            line->setReadOnly(true);
        else if (auto *text = qobject_cast<QTextEdit *>(w))
            text->setReadOnly(true);
        else if (auto *plain = qobject_cast<QPlainTextEdit *>(w))
            plain->setReadOnly(true);
        else if (auto *spin = qobject_cast<QAbstractSpinBox *>(w))
            spin->setReadOnly(true);
        else if (auto *view = qobject_cast<QAbstractItemView *>(w)) {
            view->setEditTriggers(QAbstractItemView::NoEditTriggers);
            view->setDragDropMode(QAbstractItemView::NoDragDrop);
        } else if (qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w) ||
                   qobject_cast<QAbstractSlider *>(w))
            w->setEnabled(false);
    }
}

QLabel *banner(const QString &reason, QWidget *parent)
{
    auto *label = new QLabel(
        Text::tr(
            "<b>This file is read-only:</b> you can read and print, but not change anything. %1")
            .arg(reason.toHtmlEscaped()),
        parent);
    label->setObjectName(QStringLiteral("readOnlyBanner"));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A tint of the highlight colour stands out in light, dark and high-contrast palettes alike.
    const QPalette palette = label->palette();
    const QColor highlight = palette.color(QPalette::Highlight),
                 base = palette.color(QPalette::Base);
    const QColor tint((highlight.red() + 3 * base.red()) / 4,
                      (highlight.green() + 3 * base.green()) / 4,
                      (highlight.blue() + 3 * base.blue()) / 4);
    label->setStyleSheet(
        QStringLiteral(
            "QLabel#readOnlyBanner { background: %1; color: palette(text); padding: 8px; "
            "border-bottom: 2px solid palette(highlight); }")
            .arg(tint.name()));
    return label;
}

} // namespace dialoog::ReadOnlyView
