#include "services/finishcommand.h"

#include "core/conversationsession.h"

namespace dialoog {

FinishCommand::FinishCommand(ConversationSession &session, const QString &text, Phase phaseBefore,
                             QDate heldBefore)
    : SessionCommand(session, text), m_phaseBefore(phaseBefore), m_heldBefore(std::move(heldBefore))
{
}

void FinishCommand::undoChange(ConversationSession &session)
{
    session.restorePhase(m_phaseBefore, m_heldBefore);
}

void FinishCommand::redoChange(ConversationSession &session)
{
    session.finish();
}

} // namespace dialoog
