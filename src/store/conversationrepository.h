#pragma once

#include "core/conversationrecord.h"

#include <QString>

#include <vector>

namespace dialoog {

class Database;

// Loads and saves a conversation with everything said in it, as one aggregate.
class ConversationRepository final
{
public:
    explicit ConversationRepository(Database &db) : m_db(db) {}

    // A new planned conversation for the employee, in the Preparation phase.
    Conversation create(Id employeeId, const QDate &plannedDate);

    // The conversation, its children, the employee's goals and the active question
    // bank in `language` (plus any question already answered here).
    ConversationRecord load(Id conversationId, const QString &language = QStringLiteral("en"));

    // Writes the whole record in one transaction: children that are gone from the
    // record are deleted, new ones (id 0) are inserted and get their ids.
    void save(ConversationRecord &record);

    std::vector<Conversation> forEmployee(Id employeeId);

private:
    Database &m_db;
};

} // namespace dialoog
