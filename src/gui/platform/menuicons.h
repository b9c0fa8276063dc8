#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <utility>
#include <vector>

class QAction;
class QMenu;

namespace dialoog {

// Theme icons for menu actions, looked up when a menu is first opened: each lookup in
// the icon theme scans its folders, and six of them were a twelfth of the start-up.
// The icons only show in menus, so nobody sees the difference.
class MenuIcons final : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    void set(QAction *action, const QString &themeName);
    // Loads every icon waiting, the first time this menu is about to show.
    void watch(QMenu *menu);

private:
    void load();

    std::vector<std::pair<QPointer<QAction>, QString>> m_waiting;
};

} // namespace dialoog
