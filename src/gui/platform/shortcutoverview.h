#pragma once

#include <QDialog>

class QTreeWidget;

namespace dialoog {

class ActionRegistry;

// Help → Keyboard Shortcuts: every registered action that has a shortcut, under the
// menu it is in. Built from the registry, so it can never disagree with the actions.
class ShortcutOverview final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutOverview)

public:
    explicit ShortcutOverview(const ActionRegistry &registry, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }

private:
    void fill(const ActionRegistry &registry);

    QTreeWidget *m_tree;
};

} // namespace dialoog
