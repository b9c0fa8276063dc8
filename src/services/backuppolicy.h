#pragma once

#include "services/backupreason.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <functional>
#include <optional>
#include <vector>

namespace dialoog {

class Store;

// One backup as the user chooses from them.
struct BackupInfo
{
    QString path;
    QDateTime made;
    std::optional<BackupReason> reason; // none: a tag this version does not know
    QString tag;
    qint64 bytes = 0;
    qint64 employees = -1; // -1: could not be read (or not asked for)
    qint64 conversations = -1;
};

// When Dialoog copies the open database, for the window and the command line alike: a
// daily copy, one before every import and before old conversations are removed, and after
// an erasure none that still holds the person. Every write throws Failure.
class BackupPolicy final
{
    Q_DECLARE_TR_FUNCTIONS(dialoog::BackupPolicy)

public:
    explicit BackupPolicy(Store &store);

    QString write(BackupReason reason);
    // A daily backup unless one was made today; the path, or empty when none was due.
    QString writeDaily();
    // Before an import; a database made for this import has nothing to lose yet.
    void beforeImport(bool madeForThisImport);
    // Newest first; `described`: with what each holds (reads every file).
    std::vector<BackupInfo> list(bool described = false) const;
    // After an erasure older copies may still hold the person: they all go, and a fresh
    // copy without them takes their place.
    void replaceAllWithFresh();
    // Goes back to a backup's content (the current one is kept as a backup first).
    // `progress(done, total)` may cancel by returning false; false: cancelled.
    bool restore(const QString &backupPath, const std::function<bool(int, int)> &progress = {});

private:
    Store &m_store;
};

} // namespace dialoog
