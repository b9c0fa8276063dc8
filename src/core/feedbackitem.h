#pragma once

#include "domainenums.h"

#include <QDate>
#include <QString>

namespace dialoog {

// Feedback about the employee from someone they work with.
struct FeedbackItem
{
    Id id = 0;
    Id employeeId = 0;
    Id conversationId = 0; // 0: gathered between conversations
    QString fromWhom;
    Relation relation = Relation::Colleague;
    QDate date;
    QString text;

    bool operator==(const FeedbackItem &) const = default;
};

} // namespace dialoog
