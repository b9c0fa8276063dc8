#pragma once

#include <cstdint>

namespace dialoog {

class Database;

// The schema as numbered migrations. PRAGMA user_version holds the number of
// the last one applied; application_id marks the file as Dialoog's.
namespace schema {

constexpr std::int32_t applicationId = 0x446c6f67; // "Dlog"
int currentVersion();

// Applies every missing migration, each in its own transaction, so a failure
// leaves the database at the last complete version.
void migrate(Database &db);

// Brings a new database exactly to `version` (for tests of older files).
void migrateTo(Database &db, int version);

} // namespace schema
} // namespace dialoog
