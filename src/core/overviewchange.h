#pragma once

#include "conversationrecord.h"

namespace dialoog {

// Whether saving `after` over `before` can change what the employee list shows of the
// person (EmployeeOverview: the dates, open action items, the report's state) or their
// early signals (scores, goals and their reviews). Words alone cannot: notes, answers,
// the reflection, achievements, feedback, agreements and the conversation's own texts.
// After a save that changed only those, the person's row need not be read again.
bool changesOverview(const ConversationRecord &before, const ConversationRecord &after);

} // namespace dialoog
