#pragma once

#include "domainenums.h"

#include <QDate>
#include <QString>

namespace dialoog {

// Something someone will do after the conversation, by a date.
struct ActionItem
{
    Id id = 0;
    Id conversationId = 0;
    QString text;
    Owner owner = Owner::Employee;
    QString ownerName; // who, when the owner is Owner::Other
    QDate dueDate;
    QDate doneDate;
    ActionStatus status = ActionStatus::Open;
    Id carriedOverFrom = 0; // the action item this one continues, 0 if new
    Id closedIn = 0;        // the later conversation that marked it done or dropped

    bool operator==(const ActionItem &) const = default;
};

} // namespace dialoog
