#include "services/goalstepcommand.h"

#include "core/conversationsession.h"

namespace dialoog {

GoalStepCommand::GoalStepCommand(ConversationSession &session, const QString &text, ListChange kind,
                                 std::size_t goalIndex, std::size_t stepIndex, GoalStep step)
    : SessionCommand(session, text), m_kind(kind), m_goalIndex(goalIndex), m_stepIndex(stepIndex),
      m_step(std::move(step))
{
    m_step.id = 0;
}

void GoalStepCommand::put(ConversationSession &session, bool present)
{
    if (present)
        session.insertGoalStep(m_goalIndex, m_stepIndex, m_step);
    else
        session.removeGoalStep(int(m_goalIndex), int(m_stepIndex));
}

} // namespace dialoog
