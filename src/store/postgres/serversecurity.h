#pragma once

namespace dialoog {

class Database;

// Who may see what on a team server: the group roles, row-level security on every table,
// the grants, the HR overview and the audit of reassignments. Decided by `current_user`
// alone (never by a setting the client could make), so a manager's connection cannot
// talk its way past it. Both steps are idempotent: `dialoog server init` runs them again
// after every migration.
namespace postgres {

// The roles dialoog_owner (owns the tables, never logs in), dialoog_manager and
// dialoog_hr (groups of login roles), who may connect, and the unaccent extension.
// Run as the administrator (a superuser, or a role with CREATEROLE that may create
// extensions); makes the administrator a member of dialoog_owner.
void createRoles(Database &db);

// Policies, grants and the HR view, made anew in one transaction. Run as dialoog_owner
// (SET ROLE), after the migrations.
void applySecurity(Database &db);

// Refuses (StoreError) a connection the rules would not bind: a superuser, a role that
// bypasses row-level security, or one with the rights of the tables' owner. The
// application opens a server only as a manager's plain login role.
void refuseUnboundRole(Database &db);

} // namespace postgres
} // namespace dialoog
