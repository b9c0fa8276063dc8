#include "serversetup.h"

#include "pgschema.h"
#include "serversecurity.h"
#include "store/database.h"

namespace dialoog::postgres {
namespace {

// Acts as dialoog_owner for its lifetime: the tables it makes are the owner's, not the
// administrator's, and the application never logs in as that role.
class AsOwner final
{
public:
    explicit AsOwner(Database &db) : m_db(db) { m_db.exec("SET ROLE dialoog_owner"); }
    ~AsOwner() { m_db.execQuietly("RESET ROLE"); }
    AsOwner(const AsOwner &) = delete;
    AsOwner &operator=(const AsOwner &) = delete;

private:
    Database &m_db;
};

} // namespace

ServerInit initialiseServer(Database &db)
{
    ServerInit result;
    createRoles(db);
    const AsOwner owner(db);
    result.fromVersion = schemaVersion(db);
    migrate(db);
    applySecurity(db);
    result.toVersion = schemaVersion(db);
    return result;
}

} // namespace dialoog::postgres
