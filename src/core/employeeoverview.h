#pragma once

#include "employee.h"

#include <QDate>

namespace dialoog {

// One line of the employee list: the person and where their conversations stand.
struct EmployeeOverview
{
    Employee employee;
    QDate lastHeld;      // the last finished conversation
    QDate nextPlanned;   // the next conversation, or the follow-up date agreed last time
    Id openConversation = 0; // a conversation under way or planned, if any
    int openActions = 0;

    // When the next conversation is due by the employee's rhythm (invalid: never held).
    QDate dueDate() const { return lastHeld.isValid() ? lastHeld.addDays(7 * employee.rhythmWeeks) : QDate(); }
    bool isOverdue(const QDate &today) const
    {
        return !employee.archived && dueDate().isValid() && dueDate() < today;
    }
    int daysOverdue(const QDate &today) const { return isOverdue(today) ? int(dueDate().daysTo(today)) : 0; }

    bool operator==(const EmployeeOverview &) const = default;
};

} // namespace dialoog
