#pragma once

#include <cstddef>

namespace dialoog {

class Database;

// The schema on a PostgreSQL server, numbered in the same sequence as the SQLite one
// (schema.h): a `schema_version` table holds the number of the last migration applied.
// Every table that holds something about an employee has `owner_role`, the login role of
// the manager who owns that employee, kept equal to the employee's by trigger; a note
// also has `author_role`. The application never names these columns: row-level security
// (written by `dialoog server init`) decides by them.
namespace postgres {

// The version of a connected database: 0 when it has no Dialoog schema at all.
int schemaVersion(Database &db);

// Applies every missing migration, each in its own transaction. Run by an administrator
// as the role that is to own the tables (dialoog_owner), never by the application.
void migrate(Database &db);

// Brings a database exactly to `version` (for tests of older schemas); version 0 leaves
// an empty database empty.
void migrateTo(Database &db, int version);

// Changes whenever the SQL of any migration changes (for a test cluster's template).
std::size_t schemaFingerprint();

} // namespace postgres
} // namespace dialoog
