#include "gui/widgets/choicemenu.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>

namespace dialoog {

void addChoices(QMenu *menu, const std::vector<std::pair<QString, QString>> &choices,
                const QString &current, const std::function<void(const QString &)> &chosen)
{
    auto *group = new QActionGroup(menu);
    for (const auto &[label, value] : choices) {
        QAction *choice = menu->addAction(label);
        choice->setData(value);
        choice->setCheckable(true);
        choice->setChecked(value == current);
        group->addAction(choice);
        QObject::connect(choice, &QAction::triggered, menu,
                         [chosen, value = value] { chosen(value); });
    }
}

} // namespace dialoog
