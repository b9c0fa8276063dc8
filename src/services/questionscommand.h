#pragma once

#include "core/answer.h"
#include "core/question.h"
#include "services/sessioncommand.h"

#include <vector>

namespace dialoog {

// The questions taken into the conversation or left out, as one step. Leaving a
// question out drops its blank answer; undo puts that back (as a new row).
class QuestionsCommand final : public SessionCommand
{
public:
    QuestionsCommand(ConversationSession &session, const QString &text,
                     std::vector<Question> before, std::vector<Question> after,
                     std::vector<Answer> dropped);

protected:
    void undoChange(ConversationSession &session) override;
    void redoChange(ConversationSession &session) override;

private:
    std::vector<Question> m_before;
    std::vector<Question> m_after;
    std::vector<Answer> m_dropped;
};

} // namespace dialoog
