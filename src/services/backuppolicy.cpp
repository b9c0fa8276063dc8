#include "services/backuppolicy.h"

#include "core/failure.h"
#include "store/backups.h"
#include "store/store.h"

namespace dialoog {

BackupPolicy::BackupPolicy(Store &store) : m_store(store) {}

// A team server is backed up by its administrator (pg_dump, replicas), not by each
// manager's Dialoog: on a server every file backup is left out.
QString BackupPolicy::write(BackupReason reason)
{
    if (m_store.isServer())
        return {};
    return Backups(m_store.path()).write(m_store.database(), backupTag(reason));
}

QString BackupPolicy::writeDaily()
{
    if (m_store.isServer())
        return {};
    return Backups(m_store.path()).writeDaily(m_store.database());
}

void BackupPolicy::beforeImport(bool madeForThisImport)
{
    if (!madeForThisImport)
        write(BackupReason::BeforeImport);
}

std::vector<BackupInfo> BackupPolicy::list(bool described) const
{
    std::vector<BackupInfo> infos;
    if (m_store.isServer())
        return infos;
    for (Backups::Entry entry : Backups(m_store.path()).list()) {
        if (described)
            entry = Backups::describe(entry);
        infos.push_back(BackupInfo{entry.path, entry.made, backupReasonOf(entry.reason),
                                   entry.reason, entry.bytes, entry.employees,
                                   entry.conversations});
    }
    return infos;
}

void BackupPolicy::replaceAllWithFresh()
{
    if (m_store.isServer())
        return;
    Backups backups(m_store.path());
    backups.removeAll();
    backups.write(m_store.database(), backupTag(BackupReason::Daily));
}

bool BackupPolicy::restore(const QString &backupPath, const std::function<bool(int, int)> &progress)
{
    if (m_store.isServer())
        throw Failure(tr("A team database is restored by its administrator, not by Dialoog."));
    return Backups(m_store.path()).restoreInto(m_store.database(), backupPath, progress);
}

} // namespace dialoog
