#pragma once

#include "domainenums.h"

#include <QDate>
#include <QString>

namespace dialoog {

// One development conversation: planned, held, and where it stands.
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

    // The day the conversation is dated by: held, else planned.
    QDate date() const { return heldDate.isValid() ? heldDate : plannedDate; }

    bool operator==(const Conversation &) const = default;
};

} // namespace dialoog
