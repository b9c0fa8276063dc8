#include "services/movetoserver.h"

#include "services/appservices.h"
#include "services/databaseopener.h"

namespace dialoog {

ImportOutcome moveToServer(const QString &file, const QString &server, int lockWaitMs)
{
    QByteArray everything;
    {
        DatabaseOpener local(file, true);
        local.openFor(DatabaseOpener::Purpose::Read, lockWaitMs);
        everything = local.services().transfer().exportJson(std::nullopt, true);
    }
    DatabaseOpener remote(server, false);
    remote.openFor(DatabaseOpener::Purpose::Write, lockWaitMs);
    return remote.services().transfer().import(everything, false);
}

} // namespace dialoog
