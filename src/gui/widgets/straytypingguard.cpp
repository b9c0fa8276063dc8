#include "gui/widgets/straytypingguard.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace dialoog {

StrayTypingGuard::StrayTypingGuard(QWidget *window, QWidget *target)
    : QObject(window), m_window(window), m_target(target)
{
    qApp->installEventFilter(this);
}

StrayTypingGuard::~StrayTypingGuard()
{
    qApp->removeEventFilter(this);
}

bool StrayTypingGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress || !m_window || !m_target)
        return false;
    auto *receiver = qobject_cast<QWidget *>(watched);
    // Only where the key first arrives: a field that ignores a key passes it to its parents.
    if (!receiver || receiver != QApplication::focusWidget() || receiver->window() != m_window)
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    if (!isStray(receiver, key) || !m_target->isVisible() || !m_target->isEnabled())
        return false;
    if (const auto *line = qobject_cast<QLineEdit *>(m_target.data()); line && line->isReadOnly())
        return false;
    m_target->setFocus(Qt::OtherFocusReason);
    QKeyEvent again(key->type(), key->key(), key->modifiers(), key->text(), key->isAutoRepeat(),
                    ushort(key->count()));
    QCoreApplication::sendEvent(m_target, &again);
    return true;
}

bool StrayTypingGuard::isStray(const QWidget *receiver, const QKeyEvent *key) const
{
    if (receiver == m_target || key->text().isEmpty() ||
        (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)))
        return false;
    const QChar first = key->text().front();
    // Space ticks, presses and selects where the focus is; control keys edit or move.
    if (!first.isPrint() || first.isSpace())
        return false;
    if (qobject_cast<const QLineEdit *>(receiver) ||
        qobject_cast<const QPlainTextEdit *>(receiver) ||
        qobject_cast<const QTextEdit *>(receiver) || qobject_cast<const QComboBox *>(receiver) ||
        qobject_cast<const QMenuBar *>(receiver))
        return false;
    // A number or date box takes digits and separators, not words.
    if (qobject_cast<const QAbstractSpinBox *>(receiver))
        return first.isLetter();
    return true;
}

} // namespace dialoog
