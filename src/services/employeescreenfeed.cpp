#include "services/employeescreenfeed.h"

#include "services/conversationdocument.h"

namespace dialoog {

EmployeeScreenFeed::EmployeeScreenFeed(ConversationDocument &document, QString language,
                                       QObject *parent)
    : QObject(parent), m_document(document), m_language(std::move(language)),
      m_content(employeeScreenContent(document.record(), 0))
{
    connect(&document.session(), &ConversationSession::changed, this, &EmployeeScreenFeed::update);
    connect(&document.session(), &ConversationSession::phaseChanged, this,
            &EmployeeScreenFeed::update);
}

QString EmployeeScreenFeed::language() const
{
    const std::vector<Question> &questions = m_document.record().questions;
    return questions.empty() ? m_language : questions.front().language;
}

void EmployeeScreenFeed::setCurrentQuestion(Id questionId)
{
    m_currentQuestion = questionId;
    update();
}

void EmployeeScreenFeed::update()
{
    EmployeeScreenContent content = employeeScreenContent(m_document.record(), m_currentQuestion);
    if (content == m_content)
        return;
    m_content = std::move(content);
    emit changed();
}

} // namespace dialoog
