#include "preparationrequest.h"

namespace dialoog {

PreparationRequest::PreparationRequest(Kind kind, const ConversationRecord &record,
                                       const QString &manager, const QLocale &locale)
    : m_kind(kind), m_employee(record.employee.name), m_manager(manager.trimmed()), m_locale(locale)
{
    const Conversation &c = record.conversation;
    m_date = c.date();
}

QString PreparationRequest::signature(const QString &name, const QString &role)
{
    const QString n = name.trimmed(), r = role.trimmed();
    return n.isEmpty() || r.isEmpty() ? n : n + QLatin1Char('\n') + r;
}

QString PreparationRequest::dateText() const
{
    return m_date.isValid() ? m_locale.toString(m_date, QLocale::LongFormat) : QString();
}

QStringList PreparationRequest::reflectionQuestions()
{
    return {tr("What went well in the past period, and what are you proud of?"),
            tr("Where do you see room to grow, and what would help you with that?"),
            tr("What are your ambitions: what would you like to do, learn or take on next?")};
}

QStringList PreparationRequest::feedbackQuestions(const QString &employeeName)
{
    return {tr("What does %1 do well; what do you value in working together?").arg(employeeName),
            tr("What could %1 do more of, less of or differently?").arg(employeeName),
            tr("Is there anything else you would like to pass on?")};
}

QStringList PreparationRequest::questions() const
{
    return m_kind == Kind::SelfReflection ? reflectionQuestions() : feedbackQuestions(m_employee);
}

QString PreparationRequest::heading(int index, const QString &question)
{
    return QString::number(index + 1) + QStringLiteral(". ") + question;
}

QString PreparationRequest::subject() const
{
    const QString date = dateText();
    if (m_kind == Kind::SelfReflection)
        return date.isEmpty() ? tr("Preparing our development conversation")
                              : tr("Preparing our development conversation of %1").arg(date);
    return date.isEmpty() ? tr("Your feedback about %1").arg(m_employee)
                          : tr("Your feedback about %1 (conversation of %2)").arg(m_employee, date);
}

QString PreparationRequest::introduction() const
{
    const QString date = dateText();
    QString text;
    if (m_kind == Kind::SelfReflection) {
        text = date.isEmpty() ? tr("To prepare our development conversation, I would like to hear "
                                   "your own view first.")
                              : tr("To prepare our development conversation on %1, I would like to "
                                   "hear your own view first.")
                                    .arg(date);
    } else {
        text =
            date.isEmpty()
                ? tr("I am preparing a development conversation with %1 and would value your view.")
                      .arg(m_employee)
                : tr("I am preparing a development conversation with %1 on %2 and would value your "
                     "view.")
                      .arg(m_employee, date);
    }
    return text + QLatin1Char('\n') +
           tr("Please write your answer below each numbered question and keep the questions in "
              "your reply, "
              "so your answers end up in the right place.");
}

QString PreparationRequest::questionBlock() const
{
    QStringList blocks;
    const QStringList list = questions();
    for (int i = 0; i < list.size(); ++i)
        blocks << heading(i, list.at(i)) + QStringLiteral("\n\n");
    return blocks.join(QLatin1Char('\n'));
}

QString PreparationRequest::closing() const
{
    const QString thanks = tr("Thank you!");
    return m_manager.isEmpty() ? thanks : thanks + QLatin1Char('\n') + m_manager;
}

QString PreparationRequest::body() const
{
    return introduction() + QStringLiteral("\n\n") + questionBlock() + QLatin1Char('\n') +
           closing() + QLatin1Char('\n');
}

QString PreparationRequest::shortBody() const
{
    return questionBlock() + QLatin1Char('\n') + closing() + QLatin1Char('\n');
}

} // namespace dialoog
