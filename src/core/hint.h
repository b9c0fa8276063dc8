#pragma once

#include "domainenums.h"

#include <QString>

namespace dialoog {

// Something a phase still lacks: a nudge for the manager, never a lock.
struct Hint
{
    enum class Kind
    {
        EnergyNotAsked,
        NoReflection,
        NoAchievements,
        NoFeedback,
        GoalsNotReviewed,
        NoGoals,
        GoalWithoutWhy,
        GoalWithoutHow,
        NoAnswers,
        NoSummary,
        NoActionOrAgreement,
        NoFollowUp,
        NoTopic,       // a check-in without a topic
        NoNextCheckIn, // a check-in without the next one planned
    };
    Phase phase = Phase::Preparation;
    Kind kind = Kind::NoSummary;
    QString text; // translated, ready to show

    bool operator==(const Hint &) const = default;
};

} // namespace dialoog
