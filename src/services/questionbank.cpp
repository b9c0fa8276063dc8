#include "services/questionbank.h"

#include "store/store.h"

namespace dialoog {

QuestionBank::QuestionBank(Store &store) : m_store(store) {}

std::vector<Question> QuestionBank::load(const QString &language)
{
    return m_store.questionBank(language);
}

std::vector<Question> QuestionBank::active(const QString &language)
{
    std::vector<Question> questions = load(language);
    std::erase_if(questions, [](const Question &q) { return !q.active; });
    return questions;
}

void QuestionBank::save(std::vector<Question> &questions)
{
    m_store.saveQuestionBank(questions);
}

} // namespace dialoog
