#pragma once

#include "conversationrecord.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace dialoog {

// What the manager sends an employee (self-reflection) or a colleague (feedback) who
// has no account in Dialoog: a subject and a body with numbered questions under
// headings AnswerSplitter recognises in the reply. Built from the employee's name,
// the conversation date and the manager's name only, so nothing private can leak.
class PreparationRequest final
{
    Q_DECLARE_TR_FUNCTIONS(dialoog::PreparationRequest)

public:
    enum class Kind
    {
        SelfReflection,
        Feedback
    };

    // `manager` closes the request: a name, or a name and a role (see signature()).
    PreparationRequest(Kind kind, const ConversationRecord &record, const QString &manager,
                       const QLocale &locale = QLocale());
    // The manager's name with the role on the line below it, when there is one.
    static QString signature(const QString &name, const QString &role);

    Kind kind() const { return m_kind; }
    QString employeeName() const { return m_employee; }
    QDate date() const { return m_date; }
    QString dateText() const;

    // In the application's language; the reflection's three map onto Reflection's fields.
    static QStringList reflectionQuestions();
    static QStringList feedbackQuestions(const QString &employeeName);
    QStringList questions() const;
    // "1. What went well?": the fixed form every question heading takes.
    static QString heading(int index, const QString &question);

    QString subject() const;
    QString introduction() const; // the lines before the questions
    QString body() const;
    // The questions alone, for when the whole body does not fit a mailto: link.
    QString shortBody() const;
    QString closing() const;

private:
    QString questionBlock() const;

    Kind m_kind;
    QString m_employee;
    QString m_manager;
    QDate m_date;
    QLocale m_locale;
};

} // namespace dialoog
