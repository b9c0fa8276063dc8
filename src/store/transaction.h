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

} // namespace dialoog
