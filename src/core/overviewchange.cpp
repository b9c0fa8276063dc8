#include "overviewchange.h"

namespace dialoog {
namespace {

// The conversation without the texts typed into it, so the rest compares as a whole
// and a field added later to Conversation counts as a change until it is listed here.
Conversation withoutTexts(Conversation c)
{
    c.wellbeingNote.clear();
    c.attentionPoints.clear();
    c.summary.clear();
    c.topicText.clear();
    c.employeeResponse.clear();
    return c;
}

} // namespace

bool changesOverview(const ConversationRecord &before, const ConversationRecord &after)
{
    return before.conversation.id != after.conversation.id || before.employee != after.employee ||
           withoutTexts(before.conversation) != withoutTexts(after.conversation) ||
           before.goals != after.goals || before.goalUpdates != after.goalUpdates ||
           before.actionItems != after.actionItems ||
           before.earlierActions != after.earlierActions || before.inbox != after.inbox;
}

} // namespace dialoog
