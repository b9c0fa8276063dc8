#include "services/answercommand.h"

#include "core/conversationsession.h"
#include "services/undocommands.h"

namespace dialoog {

AnswerCommand::AnswerCommand(ConversationSession &session, const QString &text,
                             std::size_t questionIndex, std::optional<QString> before,
                             QString after)
    : SessionCommand(session, text), m_questionIndex(questionIndex), m_before(std::move(before)),
      m_after(std::move(after))
{
}

int AnswerCommand::id() const
{
    return Cmd_EditAnswer;
}

bool AnswerCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const AnswerCommand *>(other);
    if (next->m_questionIndex != m_questionIndex)
        return false;
    m_after = next->m_after;
    return true;
}

void AnswerCommand::undoChange(ConversationSession &session)
{
    const Id question = session.record().questions.at(m_questionIndex).id;
    if (m_before)
        session.setAnswer(question, *m_before);
    else
        session.removeAnswer(question);
}

void AnswerCommand::redoChange(ConversationSession &session)
{
    session.setAnswer(session.record().questions.at(m_questionIndex).id, m_after);
}

} // namespace dialoog
