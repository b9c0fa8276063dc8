#include "transaction.h"

#include "database.h"
#include "dialect.h"

namespace dialoog {

Transaction::Transaction(Database &db) : m_db(db), m_nested(db.inTransaction())
{
    m_db.exec(m_nested ? "SAVEPOINT nested" : m_db.dialect().beginTransaction());
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    m_db.execQuietly(m_nested ? "ROLLBACK TO nested; RELEASE nested" : "ROLLBACK");
}

void Transaction::commit()
{
    m_db.exec(m_nested ? "RELEASE nested" : "COMMIT");
    m_done = true;
}

ReadTransaction::ReadTransaction(Database &db) : m_db(db), m_own(!db.inTransaction())
{
    if (m_own)
        m_db.exec("BEGIN");
}

ReadTransaction::~ReadTransaction()
{
    // Nothing was written: ending it either way releases the read lock.
    if (m_own)
        m_db.execQuietly("ROLLBACK");
}

} // namespace dialoog
