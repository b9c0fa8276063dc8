#pragma once

#include "core/domainenums.h"
#include "services/sessioncommand.h"

namespace dialoog {

// A check-in's topic or the date of the next check-in.
class CheckInCommand final : public SessionCommand
{
public:
    struct Plan
    {
        CheckInTopic topic = CheckInTopic::None;
        QDate nextCheckIn;
        bool operator==(const Plan &) const = default;
    };

    CheckInCommand(ConversationSession &session, const QString &text, Plan before, Plan after);

protected:
    void undoChange(ConversationSession &session) override;
    void redoChange(ConversationSession &session) override;

private:
    Plan m_before;
    Plan m_after;
};

} // namespace dialoog
