#include "services/checkincommand.h"

#include "core/conversationsession.h"

namespace dialoog {

CheckInCommand::CheckInCommand(ConversationSession &session, const QString &text, Plan before,
                               Plan after)
    : SessionCommand(session, text), m_before(std::move(before)), m_after(std::move(after))
{
}

void CheckInCommand::undoChange(ConversationSession &session)
{
    session.restoreCheckIn(m_before.topic, m_before.nextCheckIn);
}

void CheckInCommand::redoChange(ConversationSession &session)
{
    session.restoreCheckIn(m_after.topic, m_after.nextCheckIn);
}

} // namespace dialoog
