#include "services/signoffcommand.h"

#include "core/conversationsession.h"

#include <utility>

namespace dialoog {

SignOffCommand::SignOffCommand(ConversationSession &session, const QString &text,
                               SignOffState before, SignOffState after)
    : SessionCommand(session, text), m_before(std::move(before)), m_after(std::move(after))
{
}

void SignOffCommand::undoChange(ConversationSession &session)
{
    session.restoreSignOff(m_before);
}

void SignOffCommand::redoChange(ConversationSession &session)
{
    session.restoreSignOff(m_after);
}

} // namespace dialoog
