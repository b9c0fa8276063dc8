#pragma once

#include "reflection.h"

#include <QString>
#include <QStringList>

namespace dialoog {

// Splits a pasted email reply into the answers to the questions a PreparationRequest
// asked. Headings are found exactly or loosely (numbering, question text, case and
// accents ignored, quoted with "> ", in any order); quoted original text, forwarded
// headers and signatures are dropped; what cannot be placed is reported, never lost.
class AnswerSplitter final
{
public:
    struct Result
    {
        QStringList answers; // one per question, in the order asked; "" when not answered
        QString unplaced;    // text outside any question, for the user to look at
        bool foundAnyHeading = false;

        QList<int> missing() const; // indexes of questions without an answer
    };

    // `boilerplate`: lines of the request itself (introduction, closing) that a reply
    // may carry along unquoted and that are no answer.
    explicit AnswerSplitter(QStringList questions, QStringList boilerplate = {});

    Result split(const QString &reply) const;

    // Which question a line heads, or -1. `rest` receives text after the question on the same line.
    int headingIndex(const QString &line, QString *rest = nullptr) const;

    // The reflection's three questions onto its three fields.
    static Reflection toReflection(const Result &result);
    // A reply that answers no numbered questions (the employee's response to the report):
    // the words typed, without the greeting, the quoted or forwarded original, the
    // "On ... wrote:" line and the signature.
    static QString ownWords(const QString &reply);
    // All answers as one feedback text, each under its question.
    static QString toFeedbackText(const Result &result, const QStringList &questions);

private:
    QStringList m_questions;
    QStringList m_normalQuestions;
    QStringList m_boilerplate;
};

} // namespace dialoog
