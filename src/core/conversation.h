#pragma once

#include "domainenums.h"

#include <QDate>
#include <QString>

namespace dialoog {

// One conversation (a development conversation or a check-in): planned, held, where it
// stands, and where its written report stands with the employee.
struct Conversation
{
    Id id = 0;
    Id employeeId = 0;
    QDate plannedDate;
    QDate heldDate;
    Phase phase = Phase::Preparation;
    QDate nextFollowUp;
    bool noFollowUp = false; // an explicit choice, not the absence of a date
    int energy = 0;          // 1..5, 0 = not asked yet
    int workHappiness = 0;   // 1..5, 0 = not asked yet
    QString wellbeingNote;
    QString attentionPoints; // what the manager wants to raise
    QString summary;
    // The last day the conversation was changed after it was held; invalid if never.
    QDate correctedOn;
    ConversationKind kind = ConversationKind::Development;
    CheckInTopic topic = CheckInTopic::None; // check-ins only
    QString topicText{};                     // check-ins only: which project, goal, ...
    QDate nextCheckIn{};                     // a check-in planned at the wrap-up; either kind
    SignOff signOff = SignOff::Draft;
    QDate sentOn{};             // the report went to the employee
    QDate answeredOn{};         // the employee said seen, agreed or disputed
    QString employeeResponse{}; // the employee's own comments on the report

    // The day the conversation is dated by: held, else planned.
    QDate date() const { return heldDate.isValid() ? heldDate : plannedDate; }

    bool operator==(const Conversation &) const = default;
};

} // namespace dialoog
