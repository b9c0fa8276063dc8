#pragma once

#include <QStringList>
#include <string_view>

namespace dialoog {

class Database;

// Where the SQL of the two backends differs, each difference in one place: the store
// asks its database's dialect instead of testing which backend it has.
class Dialect
{
public:
    virtual ~Dialect() = default;

    // A database server shared by many (PostgreSQL), rather than a file of one's own.
    virtual bool isServer() const = 0;
    // Starts a transaction (SQLite takes the write lock up front).
    virtual std::string_view beginTransaction() const = 0;
    // Appended to an INSERT into a table with an id, so lastInsertId() can give it.
    virtual std::string_view returningId() const = 0;
    // The number of the last migration applied; 0 for a database without our schema.
    virtual int schemaVersion(Database &db) const = 0;
    // What a full check finds wrong (damage, broken references); empty when nothing.
    virtual QStringList integrityProblems(Database &db) const = 0;
    // After personal text was deleted: leaves no copy of it behind in an index or a log.
    virtual void purgeRemoved(Database &db) const = 0;
};

} // namespace dialoog
