#pragma once

namespace dialoog {

class Database;

namespace postgres {

// What `dialoog server init` found and left.
struct ServerInit
{
    int fromVersion = 0; // 0: the database had no Dialoog schema
    int toVersion = 0;
};

// Makes a database a team server, or brings an older one up to date: the roles, the
// migrations as dialoog_owner, then the access rules anew. Safe to run again. Run by an
// administrator; throws StoreError. (Each manager's question bank starts on their first
// open, as a file's does.)
ServerInit initialiseServer(Database &db);

} // namespace postgres
} // namespace dialoog
