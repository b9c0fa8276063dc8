#include "transaction.h"

#include "database.h"

#include <sqlite3.h>

namespace dialoog {

// IMMEDIATE takes the write lock up front, so a busy database fails here,
// before any work is done, instead of halfway through.
Transaction::Transaction(Database &db)
    : m_db(db), m_nested(sqlite3_get_autocommit(db.handle()) == 0)
{
    m_db.exec(m_nested ? "SAVEPOINT nested" : "BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    const char *undo = m_nested ? "ROLLBACK TO nested; RELEASE nested" : "ROLLBACK";
    sqlite3_exec(m_db.handle(), undo, nullptr, nullptr, nullptr);
}

void Transaction::commit()
{
    m_db.exec(m_nested ? "RELEASE nested" : "COMMIT");
    m_done = true;
}

} // namespace dialoog
