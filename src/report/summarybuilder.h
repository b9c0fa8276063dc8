#pragma once

#include "core/conversationrecord.h"
#include "summarydocument.h"
#include "summaryoptions.h"

namespace dialoog {

class Store;

// Builds the summary of one conversation from its record. `number` is the
// conversation's place in the employee's series (1 for the first), 0 if unknown.
SummaryDocument buildSummary(const ConversationRecord &record, int number,
                             const SummaryOptions &options);

// Loads the conversation with everything the summary needs and builds it.
// Throws StoreError for an unknown id.
SummaryDocument buildSummary(Store &store, Id conversationId, const SummaryOptions &options);

} // namespace dialoog
