#include "serversetup.h"

#include "pgschema.h"
#include "serversecurity.h"
#include "store/database.h"
#include "store/schema.h"
#include "store/storeerror.h"

#include <QCoreApplication>

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

struct ServerSetup
{
    Q_DECLARE_TR_FUNCTIONS(dialoog::ServerSetup)
};

} // namespace

ServerInit initialiseServer(Database &db)
{
    ServerInit result;
    createRoles(db);
    const AsOwner owner(db);
    result.fromVersion = schemaVersion(db);
    if (result.fromVersion > schema::currentVersion())
        throw StoreError(StoreError::Kind::NewerVersion,
                         ServerSetup::tr("The server holds data of a newer version of Dialoog "
                                         "(data version %1; this version knows up to %2). Set "
                                         "it up with the newer version.")
                             .arg(result.fromVersion)
                             .arg(schema::currentVersion()));
    migrate(db);
    applySecurity(db);
    result.toVersion = schemaVersion(db);
    return result;
}

} // namespace dialoog::postgres
