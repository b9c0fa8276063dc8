#include "storelock.h"

#include "storeerror.h"

#include <QCoreApplication>
#include <QFile>

namespace dialoog {

StoreLock::StoreLock(const QString &databasePath)
    : m_path(databasePath + QStringLiteral(".lock")), m_lock(m_path)
{
    m_lock.setStaleLockTime(0); // stale only when its process is gone, never by age
}

void StoreLock::acquire(int waitMs)
{
    if (m_lock.tryLock(waitMs)) {
        QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
        return;
    }
    qint64 pid = 0;
    QString host, app;
    m_lock.getLockInfo(&pid, &host, &app);
    throw StoreError(
        StoreError::Kind::Busy,
        QCoreApplication::translate("dialoog::StoreLock",
                                    "The database is in use by another Dialoog (process %1 on %2). "
                                    "Close it there first.")
            .arg(pid)
            .arg(host.isEmpty() ? QCoreApplication::translate("dialoog::StoreLock", "this computer")
                                : host));
}

} // namespace dialoog
