#include "services/sessioncommand.h"

#include "core/conversationsession.h"

#include <utility>

namespace dialoog {

SessionCommand::SessionCommand(ConversationSession &session, const QString &text,
                               QUndoCommand *parent)
    : QUndoCommand(text, parent), m_session(session)
{
}

void SessionCommand::undo()
{
    undoChange(m_session);
    m_session.restoreCorrectedOn(m_correctedBefore);
    m_session.restoreSignOff(m_signOffBefore);
}

void SessionCommand::redo()
{
    if (std::exchange(m_applied, false))
        return;
    redoChange(m_session);
}

} // namespace dialoog
