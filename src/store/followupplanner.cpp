#include "followupplanner.h"

#include "conversationrepository.h"
#include "repository.h"

#include <algorithm>

namespace dialoog {

std::optional<Conversation> FollowUpPlanner::notStartedOn(const Conversation &origin,
                                                          const QDate &date)
{
    std::vector<Conversation> candidates = Repository<Conversation>(m_db).matching(
        "employee_id = ? AND id <> ? AND kind = 'development' AND phase = 'preparation' AND "
        "held_date IS NULL AND planned_date IS NOT NULL",
        {origin.employeeId, origin.id});
    std::stable_sort(
        candidates.begin(), candidates.end(), [](const Conversation &a, const Conversation &b) {
            return a.plannedDate != b.plannedDate ? a.plannedDate < b.plannedDate : a.id < b.id;
        });
    const auto onDate =
        std::find_if(candidates.begin(), candidates.end(),
                     [&date](const Conversation &c) { return c.plannedDate == date; });
    if (date.isValid() && onDate != candidates.end())
        return *onDate;
    if (!date.isValid() && !candidates.empty())
        return candidates.front();
    return std::nullopt;
}

std::optional<Conversation> FollowUpPlanner::plannedFollowUp(const Conversation &conversation)
{
    if (!conversation.nextFollowUp.isValid())
        return std::nullopt;
    return notStartedOn(conversation, conversation.nextFollowUp);
}

void FollowUpPlanner::apply(const Conversation &before, const Conversation &after)
{
    const QDate from = before.nextFollowUp, to = after.nextFollowUp;
    if (from == to)
        return;
    Repository<Conversation> conversations(m_db);
    if (to.isValid()) {
        std::optional<Conversation> planned =
            from.isValid() ? notStartedOn(after, from) : std::nullopt;
        if (!planned)
            planned = notStartedOn(after, to);
        if (!planned)
            planned = notStartedOn(after, QDate()); // the one already planned, on any date
        if (planned) {
            planned->plannedDate = to;
            conversations.update(*planned);
        } else {
            ConversationRepository(m_db).create(after.employeeId, to);
        }
        return;
    }
    const std::optional<Conversation> planned = notStartedOn(after, from);
    if (planned && isEmpty(ConversationRepository(m_db).load(planned->id)))
        conversations.remove(planned->id);
}

bool FollowUpPlanner::isEmpty(const ConversationRecord &r)
{
    const Conversation &c = r.conversation;
    const bool conversationEmpty = !c.heldDate.isValid() && c.phase == Phase::Preparation &&
                                   !c.nextFollowUp.isValid() && !c.noFollowUp && c.energy == 0 &&
                                   c.workHappiness == 0 && c.wellbeingNote.isEmpty() &&
                                   c.attentionPoints.isEmpty() && c.summary.isEmpty();
    const bool reflectionEmpty = r.reflection.wentWell.isEmpty() && r.reflection.growth.isEmpty() &&
                                 r.reflection.ambitions.isEmpty();
    const bool closedNothing =
        std::none_of(r.earlierActions.begin(), r.earlierActions.end(),
                     [&c](const ActionItem &a) { return a.closedIn == c.id; });
    return conversationEmpty && reflectionEmpty && closedNothing && r.achievements.empty() &&
           r.feedback.empty() && r.goalUpdates.empty() && r.answers.empty() && r.notes.empty() &&
           r.actionItems.empty() && r.agreements.empty();
}

} // namespace dialoog
