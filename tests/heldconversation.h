#pragma once

#include "store/store.h"

#include <QDate>

namespace dialoog::test {

// Holds `conversation` on `held` as a finished development conversation that leaves an
// open action item ("Shadow Kees on a call") and a running goal ("Handle escalations
// alone", 10 %): what a check-in after it carries over.
inline void holdWithOpenItems(Store &store, Id conversation, const QDate &held)
{
    ConversationRecord r = store.conversations().load(conversation);
    r.conversation.plannedDate = held;
    r.conversation.heldDate = held;
    r.conversation.phase = Phase::Finished;
    r.conversation.summary = QStringLiteral("Towards second-line support");
    r.conversation.noFollowUp = true;
    ActionItem item;
    item.text = QStringLiteral("Shadow Kees on a call");
    r.actionItems.push_back(item);
    Goal goal;
    goal.employeeId = r.employee.id;
    goal.createdIn = conversation;
    goal.what = QStringLiteral("Handle escalations alone");
    goal.status = GoalStatus::Active;
    goal.progress = 10;
    r.goals.push_back(goal);
    store.conversations().save(r);
}

} // namespace dialoog::test
