#pragma once

#include "employee.h"
#include "energysignals.h"

#include <QDate>
#include <vector>

namespace dialoog {

// One line of the employee list: the person and where their conversations stand.
// Whether they are due or overdue is the rhythm's to say (rhythm.h).
struct EmployeeOverview
{
    Employee employee;
    QDate lastHeld;          // the last finished conversation
    QDate nextPlanned;       // the next conversation, or the follow-up date agreed last time
    Id openConversation = 0; // a conversation under way or planned, if any
    int openActions = 0;
    // Early signals of falling energy the manager has not put aside (EnergySignals).
    std::vector<EnergySignal> energySignals{};

    bool operator==(const EmployeeOverview &) const = default;
};

} // namespace dialoog
