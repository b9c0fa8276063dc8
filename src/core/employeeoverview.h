#pragma once

#include "employee.h"
#include "energysignals.h"

#include <QDate>
#include <vector>

namespace dialoog {

// One line of the employee list: the person and where their conversations stand.
// Whether they are due or overdue is the rhythm's to say (rhythm.h). The first three
// dates are about development conversations only; check-ins have their own.
struct EmployeeOverview
{
    Employee employee;
    QDate lastHeld;          // the last finished development conversation
    QDate nextPlanned;       // the next conversation, or the follow-up date agreed last time
    Id openConversation = 0; // a development conversation under way or planned, if any
    int openActions = 0;
    QDate reportSentOn;  // the oldest report sent to the employee and not answered yet
    QDate lastCheckIn{}; // the last finished check-in
    // The next check-in: one under way or planned, else the one planned at the wrap-up of
    // the latest conversation of either kind that planned one, unless a check-in was held
    // since.
    QDate nextCheckIn{};
    Id openCheckIn = 0; // a check-in under way or planned, if any
    // Early signals of falling energy the manager has not put aside (EnergySignals).
    std::vector<EnergySignal> energySignals{};

    bool operator==(const EmployeeOverview &) const = default;
};

} // namespace dialoog
