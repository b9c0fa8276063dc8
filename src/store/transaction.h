#pragma once

namespace dialoog {

class Database;

// All-or-nothing scope: rolls back unless commit() was reached. Inside another
// transaction it becomes a savepoint, so a repository that needs atomicity can be
// called both alone and as part of a larger change (an import, demo data).
class Transaction final
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    Database &m_db;
    bool m_nested = false;
    bool m_done = false;
};

// One read of many statements as one moment of the database: a deferred `BEGIN` on
// SQLite, which takes no write lock (writers on other connections carry on) and spares
// each statement its own lock, file check and page-cache validation; on a server a plain
// transaction. Inside a transaction already, the outer one holds and this does nothing.
class ReadTransaction final
{
public:
    explicit ReadTransaction(Database &db);
    ~ReadTransaction();
    ReadTransaction(const ReadTransaction &) = delete;
    ReadTransaction &operator=(const ReadTransaction &) = delete;

private:
    Database &m_db;
    bool m_own = false;
};

} // namespace dialoog
