#pragma once

#include "store/dialect.h"

namespace dialoog {

// SQLite: a file of one's own, its version in PRAGMA user_version.
class SqliteDialect final : public Dialect
{
public:
    bool isServer() const override { return false; }
    std::string_view beginTransaction() const override;
    std::string_view returningId() const override { return {}; }
    int schemaVersion(Database &db) const override;
    QStringList integrityProblems(Database &db) const override;
    void purgeRemoved(Database &db) const override;
};

} // namespace dialoog
