#include "pgdialect.h"

#include "pgschema.h"

namespace dialoog {

int PgDialect::schemaVersion(Database &db) const
{
    return postgres::schemaVersion(db);
}

// The server enforces every foreign key and checksums its own pages; checking its files
// is the administrator's work (pg_amcheck), which a manager's role may not do.
QStringList PgDialect::integrityProblems(Database &) const
{
    return {};
}

// Deleted rows are gone for every reader at once; the server's autovacuum reclaims their
// space. A manager's role may not VACUUM tables it does not own.
void PgDialect::purgeRemoved(Database &) const {}

} // namespace dialoog
