#pragma once

#include "core/conversationrecord.h"
#include "summarydocument.h"
#include "summaryoptions.h"

namespace dialoog {

// The report's way back from the employee, added to a summary: "The employee's response"
// in their own words, and the sign-off line ("Agreed on 20 March 2026 by Fleur van Dijk
// (employee) and Marieke Bos (manager)."). Nothing while the report is a draft without a
// response. `manager` is the name (and role) the summary signs with.
void addSignOffSections(SummaryDocument &doc, const ConversationRecord &record,
                        const SummaryOptions &options, const QString &manager);

} // namespace dialoog
