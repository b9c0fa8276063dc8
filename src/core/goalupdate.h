#pragma once

#include "domainenums.h"

#include <QString>

namespace dialoog {

// How a goal stood when it was reviewed in one conversation.
struct GoalUpdate
{
    Id id = 0;
    Id goalId = 0;
    Id conversationId = 0;
    GoalStatus status = GoalStatus::Active;
    int progress = 0; // 0..100
    QString note;

    bool operator==(const GoalUpdate &) const = default;
};

} // namespace dialoog
