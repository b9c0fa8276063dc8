#include "serversetup.h"

#include "pgschema.h"
#include "serversecurity.h"
#include "store/database.h"
#include "store/defaultquestions.h"
#include "store/statement.h"
#include "store/transaction.h"

namespace dialoog::postgres {
namespace {

// Acts as dialoog_owner for its lifetime: the tables it makes are the owner's, not the
// administrator's, and the application never logs in as that role.
class AsOwner final
{
public:
    explicit AsOwner(Database &db) : m_db(db) { m_db.exec("SET ROLE dialoog_owner"); }
    ~AsOwner()
    {
        try {
            m_db.exec("RESET ROLE");
        } catch (...) { // NOLINT(bugprone-empty-catch): the connection is closed after init
        }
    }
    AsOwner(const AsOwner &) = delete;
    AsOwner &operator=(const AsOwner &) = delete;

private:
    Database &m_db;
};

// A new server starts with the same questions as a new file; they are the owner's, so
// no manager rewords them for everyone.
void seedQuestions(Database &db)
{
    Transaction transaction(db);
    Statement count(db, "SELECT count(*) FROM question");
    if (count.step() && count.int64(0) > 0)
        return;
    Statement insert(db, "INSERT INTO question (language, text, active, sort_order) "
                         "VALUES (?1, ?2, ?3, ?4)");
    for (const Question &q : defaultQuestions()) {
        insert.bind(1, q.language).bind(2, q.text).bind(3, q.active ? 1 : 0).bind(4, q.sortOrder);
        insert.run();
        insert.reset();
    }
    transaction.commit();
}

} // namespace

ServerInit initialiseServer(Database &db)
{
    ServerInit result;
    createRoles(db);
    const AsOwner owner(db);
    result.fromVersion = schemaVersion(db);
    migrate(db);
    applySecurity(db);
    seedQuestions(db);
    result.toVersion = schemaVersion(db);
    return result;
}

} // namespace dialoog::postgres
