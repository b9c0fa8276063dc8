#pragma once

#include "core/actionitem.h"
#include "core/conversation.h"
#include "core/conversationhistory.h"
#include "core/goal.h"

#include <vector>

namespace dialoog {

// What the employee page shows besides the person: their conversations, goals and
// open action items.
struct EmployeeHistory
{
    std::vector<Conversation> conversations; // newest first
    std::vector<Goal> goals;
    std::vector<ActionItem> openActions;
    EmployeeTimeline timeline;
    int inboxCount = 0; // notes for next time not yet dealt with
};

} // namespace dialoog
