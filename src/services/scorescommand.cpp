#include "services/scorescommand.h"

#include "core/conversationsession.h"
#include "services/undocommands.h"

namespace dialoog {

ScoresCommand::ScoresCommand(ConversationSession &session, const QString &text, Scores before,
                             Scores after)
    : SessionCommand(session, text), m_before(before), m_after(after)
{
}

int ScoresCommand::id() const
{
    return Cmd_SetScores;
}

bool ScoresCommand::mergeWith(const QUndoCommand *other)
{
    m_after = static_cast<const ScoresCommand *>(other)->m_after;
    setObsolete(m_after == m_before);
    return true;
}

void ScoresCommand::undoChange(ConversationSession &session)
{
    session.setScores(m_before.energy, m_before.workHappiness);
}

void ScoresCommand::redoChange(ConversationSession &session)
{
    session.setScores(m_after.energy, m_after.workHappiness);
}

} // namespace dialoog
