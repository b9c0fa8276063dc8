#include "services/questionscommand.h"

#include "core/conversationsession.h"

namespace dialoog {

QuestionsCommand::QuestionsCommand(ConversationSession &session, const QString &text,
                                   std::vector<Question> before, std::vector<Question> after,
                                   std::vector<Answer> dropped)
    : SessionCommand(session, text), m_before(std::move(before)), m_after(std::move(after)),
      m_dropped(std::move(dropped))
{
    for (Answer &answer : m_dropped)
        answer.id = 0;
}

void QuestionsCommand::undoChange(ConversationSession &session)
{
    session.setQuestions(m_before);
    for (const Answer &answer : m_dropped)
        session.insertItem(&ConversationRecord::answers, session.record().answers.size(), answer);
}

void QuestionsCommand::redoChange(ConversationSession &session)
{
    for (const Answer &answer : m_dropped)
        session.removeAnswer(answer.questionId);
    session.setQuestions(m_after);
}

} // namespace dialoog
