#include "serverroles.h"

#include "store/database.h"
#include "store/statement.h"
#include "store/storeerror.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <array>
#include <string>
#include <string_view>

namespace dialoog::postgres {
namespace {

struct ServerRoles
{
    Q_DECLARE_TR_FUNCTIONS(dialoog::ServerRoles)
};

[[noreturn]] void refuse(const QString &message)
{
    throw StoreError(StoreError::Kind::Other, message);
}

// The statement the server quotes: the name is a bound value, %I makes it an identifier.
std::string quoted(Database &db, std::string_view pattern, const QString &name)
{
    Statement format(db, "SELECT format(?1::text, ?2::text)");
    format.bind(1, QString::fromUtf8(pattern.data(), qsizetype(pattern.size()))).bind(2, name);
    format.step();
    return format.text(0).toStdString();
}

// Which rows belong to the employee (?1), parents before children: the owner triggers
// take a child's owner from its parent.
constexpr std::array<std::string_view, 16> ownedRows = {
    "UPDATE employee SET owner_role = ?2 WHERE id = ?1",
    "UPDATE conversation SET owner_role = ?2 WHERE employee_id = ?1",
    "UPDATE feedback SET owner_role = ?2 WHERE employee_id = ?1",
    "UPDATE goal SET owner_role = ?2 WHERE employee_id = ?1",
    "UPDATE inbox_note SET owner_role = ?2 WHERE employee_id = ?1",
    "UPDATE signal_dismissal SET owner_role = ?2 WHERE employee_id = ?1",
    "UPDATE goal_step SET owner_role = ?2 WHERE goal_id IN (SELECT id FROM goal WHERE "
    "employee_id = ?1)",
    "UPDATE goal_update SET owner_role = ?2 WHERE goal_id IN (SELECT id FROM goal WHERE "
    "employee_id = ?1)",
    "UPDATE reflection SET owner_role = ?2 WHERE conversation_id IN (SELECT id FROM "
    "conversation WHERE employee_id = ?1)",
    "UPDATE achievement SET owner_role = ?2 WHERE conversation_id IN (SELECT id FROM "
    "conversation WHERE employee_id = ?1)",
    "UPDATE answer SET owner_role = ?2 WHERE conversation_id IN (SELECT id FROM conversation "
    "WHERE employee_id = ?1)",
    "UPDATE note SET owner_role = ?2 WHERE conversation_id IN (SELECT id FROM conversation WHERE "
    "employee_id = ?1)",
    "UPDATE action_item SET owner_role = ?2 WHERE conversation_id IN (SELECT id FROM "
    "conversation WHERE employee_id = ?1)",
    "UPDATE agreement SET owner_role = ?2 WHERE conversation_id IN (SELECT id FROM "
    "conversation WHERE employee_id = ?1)",
    "UPDATE conversation_question SET owner_role = ?2 WHERE conversation_id IN (SELECT id FROM "
    "conversation WHERE employee_id = ?1)",
    // Ad-hoc questions (inactive: asked in a conversation, not in the bank) asked or
    // answered only in this employee's conversations may hold their words: they go along.
    R"sql(UPDATE question SET owner_role = ?2 WHERE active = 0 AND id IN (
    SELECT question_id FROM conversation_question WHERE conversation_id IN (SELECT id FROM conversation WHERE employee_id = ?1)
    UNION SELECT question_id FROM answer WHERE conversation_id IN (SELECT id FROM conversation WHERE employee_id = ?1))
  AND id NOT IN (SELECT p.question_id FROM conversation_question p JOIN conversation c ON c.id = p.conversation_id WHERE c.employee_id <> ?1)
  AND id NOT IN (SELECT a.question_id FROM answer a JOIN conversation c ON c.id = a.conversation_id WHERE c.employee_id <> ?1))sql",
};

bool isManager(Database &db, const QString &role)
{
    // pg_has_role is true for a superuser too, who is no manager.
    Statement query(db, "SELECT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = ?1 AND "
                        "rolcanlogin AND NOT rolsuper AND NOT rolbypassrls AND "
                        "pg_catalog.pg_has_role(oid, 'dialoog_manager', 'MEMBER'))");
    query.bind(1, role);
    return query.step() && query.boolean(0);
}

} // namespace

void addLoginRole(Database &db, const QString &name, TeamRole kind)
{
    const char *group = kind == TeamRole::Manager ? "dialoog_manager" : "dialoog_hr";
    Statement existing(db,
                       "SELECT rolsuper OR rolbypassrls OR pg_catalog.pg_has_role(oid, "
                       "'dialoog_owner', 'MEMBER') FROM pg_catalog.pg_roles WHERE rolname = ?1");
    existing.bind(1, name);
    if (!existing.step()) {
        db.exec(quoted(db, std::string("CREATE ROLE %I LOGIN IN ROLE ") + group, name));
        return;
    }
    if (existing.boolean(0))
        refuse(ServerRoles::tr("%1 is a superuser, bypasses row-level security or owns the "
                               "tables; Dialoog never connects as such a role. Choose another "
                               "name.")
                   .arg(name));
    db.exec(quoted(db, std::string("GRANT ") + group + " TO %I", name));
}

QString reassign(Database &db, Id employee, const QString &toRole)
{
    Transaction transaction(db);
    // The owner sees every row, and the audit is its table; the role ends with the
    // transaction.
    db.exec("SET LOCAL ROLE dialoog_owner");
    QString from;
    {
        Statement owner(db, "SELECT owner_role FROM employee WHERE id = ?1 FOR UPDATE");
        owner.bind(1, employee);
        if (!owner.step())
            refuse(ServerRoles::tr("There is no employee %1 on the server.").arg(employee));
        from = owner.text(0);
    }
    if (!isManager(db, toRole))
        refuse(ServerRoles::tr("%1 is not a manager's login role on this server (dialoog "
                               "server add-manager makes one).")
                   .arg(toRole));
    if (from == toRole)
        return from;
    for (std::string_view sql : ownedRows)
        Statement(db, sql).bind(1, employee).bind(2, toRole).run();
    Statement audit(db, "INSERT INTO reassignment (employee_id, from_role, to_role) "
                        "VALUES (?1, ?2, ?3)");
    audit.bind(1, employee).bind(2, from).bind(3, toRole).run();
    transaction.commit();
    return from;
}

} // namespace dialoog::postgres
