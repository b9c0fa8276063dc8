#pragma once

#include "services/sessioncommand.h"

namespace dialoog {

// The energy and work-happiness scores. Consecutive changes (spinning a box) merge.
class ScoresCommand final : public SessionCommand
{
public:
    struct Scores
    {
        int energy = 0;
        int workHappiness = 0;
        bool operator==(const Scores &) const = default;
    };

    ScoresCommand(ConversationSession &session, const QString &text, Scores before, Scores after);

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

protected:
    void undoChange(ConversationSession &session) override;
    void redoChange(ConversationSession &session) override;

private:
    Scores m_before;
    Scores m_after;
};

} // namespace dialoog
