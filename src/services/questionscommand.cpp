#include "services/questionscommand.h"

#include "core/conversationsession.h"

namespace dialoog {
namespace {

// A question of one's own gets its bank row when first saved; the lists this command
// holds learn that id from the record, so putting them back never makes a second row.
void adoptSavedIds(std::vector<Question> &questions, const std::vector<Question> &current)
{
    for (Question &question : questions) {
        if (question.id != 0)
            continue;
        const auto saved =
            std::find_if(current.begin(), current.end(), [&question](const Question &q) {
                return q.id != 0 && q.text == question.text && q.language == question.language;
            });
        if (saved != current.end())
            question.id = saved->id;
    }
}

} // namespace

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
    adoptSavedIds(m_before, session.record().questions);
    adoptSavedIds(m_after, session.record().questions);
    session.setQuestions(m_before);
    for (const Answer &answer : m_dropped)
        session.insertItem(&ConversationRecord::answers, session.record().answers.size(), answer);
}

void QuestionsCommand::redoChange(ConversationSession &session)
{
    adoptSavedIds(m_before, session.record().questions);
    adoptSavedIds(m_after, session.record().questions);
    for (const Answer &answer : m_dropped)
        session.removeAnswer(answer.questionId);
    session.setQuestions(m_after);
}

} // namespace dialoog
