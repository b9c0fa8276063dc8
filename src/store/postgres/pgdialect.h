#pragma once

#include "store/dialect.h"

namespace dialoog {

// PostgreSQL: a server shared by a team, its version in the schema_version table.
class PgDialect final : public Dialect
{
public:
    bool isServer() const override { return true; }
    std::string_view beginTransaction() const override { return "BEGIN"; }
    std::string_view returningId() const override { return " RETURNING id"; }
    int schemaVersion(Database &db) const override;
    QStringList integrityProblems(Database &db) const override;
    void purgeRemoved(Database &db) const override;
};

} // namespace dialoog
