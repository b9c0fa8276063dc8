#pragma once

#include "services/sessioncommand.h"

namespace dialoog {

// The follow-up date, or the choice of no follow-up. The save that writes it also
// moves the planned next conversation, so undo and redo move it too.
class FollowUpCommand final : public SessionCommand
{
public:
    struct FollowUp
    {
        QDate date;
        bool none = false;
        bool operator==(const FollowUp &) const = default;
    };

    FollowUpCommand(ConversationSession &session, const QString &text, FollowUp before,
                    FollowUp after);

protected:
    void undoChange(ConversationSession &session) override;
    void redoChange(ConversationSession &session) override;

private:
    FollowUp m_before;
    FollowUp m_after;
};

} // namespace dialoog
