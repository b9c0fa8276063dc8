#pragma once

#include "actionitem.h"
#include "agreement.h"
#include "goal.h"

#include <QString>
#include <vector>

namespace dialoog {

struct ConversationRecord;

// What the employee may read along on a screen of their own during the conversation:
// what is being written down about their goals and agreements, nothing else. Private
// notes, the manager's points of attention, earlier conversations' notes and anything
// about other people never enter it, so no screen that paints it can show them.
struct EmployeeScreenContent
{
    Phase phase = Phase::Preparation;
    std::vector<Goal> goals;             // the running goals, with their steps
    QString question;                    // the open question being answered; empty if none
    std::vector<ActionItem> actionItems; // made in this conversation; no other person's name
    std::vector<Agreement> agreements;   // made in this conversation

    bool operator==(const EmployeeScreenContent &) const = default;
};

// The content for `record` while the manager answers the question with id
// `currentQuestion` (0: none). The question shows only in the open-questions phase.
EmployeeScreenContent employeeScreenContent(const ConversationRecord &record, Id currentQuestion);

} // namespace dialoog
