#pragma once

#include "core/conversationrecord.h"

#include <QDate>
#include <QString>

namespace dialoog::test {

// Fleur van Dijk's development conversation held on 12 March 2026: the start the
// summary's tests fill with what each of them needs.
inline ConversationRecord finishedConversation()
{
    ConversationRecord r;
    r.employee = Employee{1,
                          QStringLiteral("Fleur van Dijk"),
                          QStringLiteral("Data analyst"),
                          QStringLiteral("Insights"),
                          {},
                          {},
                          6,
                          false};
    r.conversation.id = 10;
    r.conversation.employeeId = 1;
    r.conversation.heldDate = QDate(2026, 3, 12);
    r.conversation.phase = Phase::Finished;
    return r;
}

} // namespace dialoog::test
