#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <functional>
#include <vector>

namespace dialoog {

class Database;

// Copies of a database in a "backups" folder beside it, made with SQLite's online
// backup API so they are consistent even while the database is in use.
class Backups final
{
    Q_DECLARE_TR_FUNCTIONS(dialoog::Backups)

public:
    struct Entry
    {
        QString path;
        QDateTime made;
        QString reason; // "daily", "before-migration", "before-import", "before-restore",
                        // "before-retention"
        qint64 bytes = 0;
        qint64 employees = -1; // -1: could not be read
        qint64 conversations = -1;
    };

    explicit Backups(const QString &databasePath);

    QString folder() const { return m_folder; }
    // Newest first.
    std::vector<Entry> list() const;
    // The entry with what it holds, read without changing the file.
    static Entry describe(Entry entry);
    using Progress = std::function<bool(int done, int total)>;
    // Writes a backup of `db` and keeps the newest `keep`. Throws StoreError. The copy is
    // made under a temporary name and renamed when whole, so a backup under its real name
    // is always complete. `progress(done, total)` is told the pages copied as it goes (it
    // may not cancel: false is ignored). When `db` holds a read transaction, the backup is
    // of that snapshot.
    QString write(Database &db, const QString &reason, int keep = defaultKeep,
                  const Progress &progress = {});
    // Whether no daily backup was made today.
    bool dailyDue() const;
    // A "daily" backup unless one was made today; the path, or empty when none was due.
    QString writeDaily(Database &db, int keep = defaultKeep, const Progress &progress = {});

    // Replaces the content of the open database with a backup's, through SQLite (safe
    // while the database is in use); the current content is first kept as a backup.
    // `progress(done, total)` is told the pages copied; returning false cancels, which
    // leaves the database as it was. False: cancelled.
    bool restoreInto(Database &db, const QString &backupPath, const Progress &progress = {});
    // For a file too damaged to open: sets it aside (never deletes it) and puts a copy
    // of the backup in its place. Returns where the damaged file went.
    static QString replaceDamaged(const QString &databasePath, const QString &backupPath);
    void removeAll();

    static constexpr int defaultKeep = 14;

private:
    static void requireFile(const Database &db);
    static void copyInto(Database &db, const QString &path, const Progress &progress);
    void prune(int keep) const;

    QString m_folder;
    QString m_baseName;
};

} // namespace dialoog
