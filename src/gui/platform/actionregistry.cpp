#include "gui/platform/actionregistry.h"

#include <QAction>
#include <QWidget>

namespace dialoog {

ActionRegistry::ActionRegistry(QWidget *owner) : QObject(owner), m_owner(owner) {}

QAction *ActionRegistry::create(const QString &id, const QString &text,
                                const QList<QKeySequence> &keys)
{
    auto *action = new QAction(text, m_owner);
    QList<QKeySequence> shortcuts = keys;
    shortcuts.removeAll(QKeySequence()); // "no keys" is no shortcut
    action->setShortcuts(shortcuts);
    // A taken id leaves the action unregistered: the test that every menu action
    // is found by its id names it.
    add(id, action);
    return action;
}

bool ActionRegistry::add(const QString &id, QAction *action)
{
    if (id.isEmpty() || !action || m_actions.contains(id)) {
        qWarning("Action id '%s' is empty or taken", qPrintable(id));
        return false;
    }
    action->setObjectName(id);
    m_actions.insert(id, action);
    m_order << id;
    return true;
}

QAction *ActionRegistry::action(const QString &id) const
{
    return m_actions.value(id);
}

QString ActionRegistry::id(const QAction *action) const
{
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        if (it.value() == action)
            return it.key();
    }
    return {};
}

} // namespace dialoog
