#include "gui/platform/menuicons.h"

#include <QAction>
#include <QIcon>
#include <QMenu>

namespace dialoog {

void MenuIcons::set(QAction *action, const QString &themeName)
{
    m_waiting.emplace_back(action, themeName);
}

void MenuIcons::watch(QMenu *menu)
{
    connect(menu, &QMenu::aboutToShow, this, &MenuIcons::load);
}

void MenuIcons::load()
{
    for (const auto &[action, name] : std::exchange(m_waiting, {})) {
        if (action)
            action->setIcon(QIcon::fromTheme(name));
    }
}

} // namespace dialoog
