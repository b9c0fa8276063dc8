#include "services/movetoserver.h"

#include "core/failure.h"
#include "services/appservices.h"
#include "services/backuppolicy.h"
#include "services/databaseopener.h"
#include "store/database.h"
#include "store/store.h"

#include <QCoreApplication>

namespace dialoog {
namespace {

struct MoveToServer
{
    Q_DECLARE_TR_FUNCTIONS(dialoog::MoveToServer)
};

} // namespace

ImportOutcome moveToServer(const QString &file, const QString &server, int lockWaitMs)
{
    if (!Database::isServerAddress(server))
        throw Failure(MoveToServer::tr("%1 is not a team server: name one as "
                                       "postgresql://host/database or service=NAME")
                          .arg(server));
    QByteArray everything;
    {
        DatabaseOpener local(file, true);
        local.openFor(DatabaseOpener::Purpose::Read, lockWaitMs);
        everything = local.services().transfer().exportJson(std::nullopt, true);
    }
    // The server's own questions are the organisation's; the file brings its own.
    Store store(server, Store::Open::Existing, Store::Seed::Nothing);
    BackupPolicy backups(store);
    return Transfer(store, backups).import(everything, false);
}

} // namespace dialoog
