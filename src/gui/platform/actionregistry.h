#pragma once

#include <QHash>
#include <QKeySequence>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

class QAction;
class QWidget;

namespace dialoog {

// The actions of one window, each under a stable id ("employee.new"), so that
// menus, the shortcut overview and tests find an action by what it is rather than
// by its (translated) text. The idea of Tiled's ActionManager, kept per window
// because several windows, each with its own actions, live at once.
class ActionRegistry final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionRegistry)

public:
    // Created actions belong to `owner`, the window whose shortcuts they are.
    explicit ActionRegistry(QWidget *owner);

    // A new action under `id`, with `text` and `keys`; its object name is the id.
    QAction *create(const QString &id, const QString &text, const QList<QKeySequence> &keys = {});
    // Registers an action made elsewhere (a dock's toggle, an undo stack's action).
    // An id is given once: a second action under a known id is refused (false).
    bool add(const QString &id, QAction *action);

    // The action under `id`, or null.
    QAction *action(const QString &id) const;
    // The id of `action`, or "" when it is not registered here.
    QString id(const QAction *action) const;
    // Every id, in the order registered.
    QStringList ids() const { return m_order; }

private:
    QWidget *m_owner;
    QStringList m_order;
    QHash<QString, QPointer<QAction>> m_actions;
};

} // namespace dialoog
