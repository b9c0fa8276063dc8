#pragma once

#include "domainenums.h"

#include <QDateTime>
#include <QString>

namespace dialoog {

// A "note for next time": captured between conversations, it waits in the employee's
// inbox until the manager deals with it while preparing the next conversation.
struct InboxNote
{
    Id id = 0;
    Id employeeId = 0;
    QDateTime createdAt;
    QString text;
    bool done = false;

    bool operator==(const InboxNote &) const = default;
};

} // namespace dialoog
