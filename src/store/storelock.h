#pragma once

#include <QLockFile>
#include <QString>

namespace dialoog {

// One writer at a time: a lock file beside the database. A lock left by a crashed
// Dialoog is recognised as stale and taken over; only its owner removes a live one.
class StoreLock final
{
public:
    explicit StoreLock(const QString &databasePath);

    // Waits up to `waitMs` (0: not at all). Throws StoreError (Busy) when another
    // Dialoog holds the database.
    void acquire(int waitMs);

private:
    QString m_path;
    QLockFile m_lock;
};

} // namespace dialoog
