#pragma once

#include "core/domainenums.h"

#include <QString>

namespace dialoog {

class Database;

// The administrator's changes to who works on a team server: new login roles, and an
// employee handed to another manager. Role names are quoted by the server (format %I),
// never pasted.
namespace postgres {

enum class TeamRole
{
    Manager, // member of dialoog_manager: their own employees, read and write
    Hr       // member of dialoog_hr: the HR overview only
};

// Creates a login role (without a password) in the group for `kind`; an existing login
// role joins the group. Throws StoreError for a superuser or an owner of the tables,
// which Dialoog must never connect as.
void addLoginRole(Database &db, const QString &name, TeamRole kind);

// Moves an employee and everything about them to the manager `toRole`, as dialoog_owner,
// with a row in the audit table (who, when, from whom), all in one transaction. Private
// notes keep their author, so the new manager does not read them. Returns the manager
// the employee had; throws StoreError when there is no such employee or manager.
QString reassign(Database &db, Id employee, const QString &toRole);

} // namespace postgres
} // namespace dialoog
