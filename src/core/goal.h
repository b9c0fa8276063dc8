#pragma once

#include "domainenums.h"

#include <QDate>
#include <QString>

namespace dialoog {

// A personal development goal; it lives across conversations.
struct Goal
{
    Id id = 0;
    Id employeeId = 0;
    Id createdIn = 0; // conversation the goal was set in, 0 if none
    QString what;
    QString why;
    QString how; // tasks, projects and training that serve the goal
    GoalStatus status = GoalStatus::Proposed;
    int progress = 0; // 0..100
    QDate targetDate;

    bool isRunning() const { return status == GoalStatus::Proposed || status == GoalStatus::Active; }
    bool operator==(const Goal &) const = default;
};

} // namespace dialoog
