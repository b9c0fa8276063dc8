#pragma once

#include <QString>
#include <functional>
#include <utility>
#include <vector>

class QMenu;

namespace dialoog {

// Fills `menu` with one checkable action per (label, value), the one for `current`
// checked, calling `chosen` with the value picked. Each action's data is its value.
void addChoices(QMenu *menu, const std::vector<std::pair<QString, QString>> &choices,
                const QString &current, const std::function<void(const QString &)> &chosen);

} // namespace dialoog
