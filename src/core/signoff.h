#pragma once

#include "conversation.h"

#include <QDate>
#include <QLocale>
#include <QString>

namespace dialoog {

// The written report's way to the employee and back, as Dutch practice has it: draft →
// sent (dated) → seen ("voor gezien") or agreed ("voor akkoord"), dated, or disputed.
// Changing a signed report is a correction: it goes back to "sent", to be signed again.
struct SignOffState
{
    SignOff signOff = SignOff::Draft;
    QDate sentOn{};
    QDate answeredOn{};
    QString employeeResponse{};

    bool operator==(const SignOffState &) const = default;
};

namespace SignOffRules {

// Reports sent longer ago than this without an answer are listed in the rhythm view.
inline constexpr int answerExpectedDays = 14;

SignOffState stateOf(const Conversation &conversation);
void apply(Conversation &conversation, const SignOffState &state);

// Seen or agreed: the employee put their name under the report.
bool isSigned(SignOff signOff);
// Seen, agreed or disputed: what the employee can answer.
bool isAnswer(SignOff signOff);

// A held conversation's report may go to the employee, and go again while it is sent or
// disputed; a signed report is not sent again (its signature would be lost) until a
// correction has moved it back to "sent".
bool canSend(const Conversation &conversation);
// The employee's answer needs a report that was sent, given on a day from sentOn on.
bool canAnswer(const Conversation &conversation, SignOff answer, const QDate &on);

// Each returns false, changing nothing, where the rules above say no.
bool send(Conversation &conversation, const QDate &on);
bool answer(Conversation &conversation, SignOff answer, const QDate &on);
// What changing the report does to its sign-off: a signed report is back at "sent"; the
// employee's response stays (it is what they said of the earlier version). True if it moved.
bool correct(Conversation &conversation);

// Sent more than answerExpectedDays before `today` and not answered.
bool awaitsAnswer(const Conversation &conversation, const QDate &today);
// Whether an answer to a report sent on `sentOn` is overdue on `today`.
bool answerOverdue(const QDate &sentOn, const QDate &today);

// One line for the user: "Not sent to the employee yet", "Sent on 3 March 2026",
// "Agreed on 20 March 2026", ...
QString describe(const Conversation &conversation, const QLocale &locale);
// The same in a few words for lists and the timeline ("agreed on 20/03/2026"); empty
// for a draft.
QString shortText(const Conversation &conversation, const QLocale &locale);

} // namespace SignOffRules
} // namespace dialoog
