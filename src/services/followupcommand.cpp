#include "services/followupcommand.h"

#include "core/conversationsession.h"

namespace dialoog {

FollowUpCommand::FollowUpCommand(ConversationSession &session, const QString &text, FollowUp before,
                                 FollowUp after)
    : SessionCommand(session, text), m_before(std::move(before)), m_after(std::move(after))
{
}

void FollowUpCommand::undoChange(ConversationSession &session)
{
    session.restoreFollowUp(m_before.date, m_before.none);
}

void FollowUpCommand::redoChange(ConversationSession &session)
{
    session.restoreFollowUp(m_after.date, m_after.none);
}

} // namespace dialoog
