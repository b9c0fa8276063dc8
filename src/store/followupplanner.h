#pragma once

#include "core/conversationrecord.h"

#include <optional>

namespace dialoog {

class Database;

// Keeps the planned next conversation in step with the follow-up date chosen at
// wrap-up. The link is the date itself: the planned conversation is the employee's
// development conversation that has not started (Preparation, never held), planned on
// the date; a check-in waiting to be held is not one.
// - a follow-up date is set or moved: that planned conversation moves with it, or
//   the employee's earliest one that has not started does, or one is created;
// - the date is cleared, or "no follow-up" chosen: the planned conversation on the
//   old date goes, but only while nothing has been written in it.
// It acts on the change between the stored and the saved conversation, so a date
// set back to what it was moves the planned conversation back too.
class FollowUpPlanner final
{
public:
    explicit FollowUpPlanner(Database &db) : m_db(db) {}

    // Call inside the transaction that saves `after`; `before` is what was stored.
    void apply(const Conversation &before, const Conversation &after);

    // The planned conversation the follow-up date of `conversation` refers to.
    std::optional<Conversation> plannedFollowUp(const Conversation &conversation);

    static bool isEmpty(const ConversationRecord &record);

private:
    std::optional<Conversation> notStartedOn(const Conversation &origin, const QDate &date);

    Database &m_db;
};

} // namespace dialoog
