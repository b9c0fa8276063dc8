#pragma once

#include "domainenums.h"

#include <QDate>
#include <QString>
#include <vector>

namespace dialoog {

// One concrete way a goal is worked on: a task, a project or a training.
struct GoalStep
{
    Id id = 0;
    Id goalId = 0;
    StepKind kind = StepKind::Task;
    QString text;

    bool operator==(const GoalStep &) const = default;
};

// A personal development goal; it lives across conversations.
struct Goal
{
    Id id = 0;
    Id employeeId = 0;
    Id createdIn = 0; // conversation the goal was set in, 0 if none
    QString what;
    QString why;
    GoalStatus status = GoalStatus::Proposed;
    int progress = 0; // 0..100
    QDate targetDate;
    std::vector<GoalStep> steps; // how: what serves the goal, in order

    bool isRunning() const
    {
        return status == GoalStatus::Proposed || status == GoalStatus::Active;
    }
    bool operator==(const Goal &) const = default;
};

} // namespace dialoog
