#pragma once

#include "core/goal.h"
#include "services/listitemcommand.h"
#include "services/sessioncommand.h"

namespace dialoog {

// One step (task, project, training) added to or removed from a goal, at a known
// position. Put back, the step is new, as ListItemCommand explains.
class GoalStepCommand final : public SessionCommand
{
public:
    GoalStepCommand(ConversationSession &session, const QString &text, ListChange kind,
                    std::size_t goalIndex, std::size_t stepIndex, GoalStep step);

protected:
    void undoChange(ConversationSession &session) override
    {
        put(session, m_kind == ListChange::Removed);
    }
    void redoChange(ConversationSession &session) override
    {
        put(session, m_kind == ListChange::Added);
    }

private:
    void put(ConversationSession &session, bool present);

    ListChange m_kind;
    std::size_t m_goalIndex;
    std::size_t m_stepIndex;
    GoalStep m_step;
};

} // namespace dialoog
