#pragma once

#include "core/signoff.h"
#include "services/sessioncommand.h"

namespace dialoog {

// The report sent to the employee, their answer, or their response pasted in: one step.
class SignOffCommand final : public SessionCommand
{
public:
    SignOffCommand(ConversationSession &session, const QString &text, SignOffState before,
                   SignOffState after);

protected:
    void undoChange(ConversationSession &session) override;
    void redoChange(ConversationSession &session) override;

private:
    SignOffState m_before;
    SignOffState m_after;
};

} // namespace dialoog
