#include "gui/widgets/specialvaluetab.h"

#include <QDateTimeEdit>
#include <QEvent>
#include <QKeyEvent>

namespace dialoog {
namespace {

bool takesTab(const QWidget *widget, const QWidget *window)
{
    return widget->window() == window && widget->isVisible() && widget->isEnabled() &&
           (widget->focusPolicy() & Qt::TabFocus) && !widget->focusProxy();
}

// The next (or previous) widget Tab reaches after `edit`, as Qt's own walk goes.
QWidget *neighbour(QDateTimeEdit *edit, bool forward)
{
    QWidget *widget = edit;
    do {
        widget = forward ? widget->nextInFocusChain() : widget->previousInFocusChain();
    } while (widget != edit && (edit->isAncestorOf(widget) || !takesTab(widget, edit->window())));
    return widget;
}

class SpecialValueTab final : public QObject
{
public:
    explicit SpecialValueTab(QDateTimeEdit *edit) : QObject(edit), m_edit(edit) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::KeyPress || m_edit->text() != m_edit->specialValueText() ||
            m_edit->specialValueText().isEmpty())
            return QObject::eventFilter(watched, event);
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool back = key->key() == Qt::Key_Backtab ||
                          (key->key() == Qt::Key_Tab && key->modifiers() & Qt::ShiftModifier);
        if ((key->key() != Qt::Key_Tab && !back) || key->modifiers() & Qt::ControlModifier)
            return QObject::eventFilter(watched, event);
        if (QWidget *next = neighbour(m_edit, !back); next != m_edit)
            next->setFocus(back ? Qt::BacktabFocusReason : Qt::TabFocusReason);
        return true;
    }

private:
    QDateTimeEdit *m_edit;
};

} // namespace

void letTabLeaveSpecialValue(QDateTimeEdit *edit)
{
    edit->installEventFilter(new SpecialValueTab(edit));
}

} // namespace dialoog
