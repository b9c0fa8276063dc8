#pragma once

#include <QDateTime>
#include <QString>

#include <vector>

namespace dialoog {

class Database;

// Copies of a database in a "backups" folder beside it, made with SQLite's online
// backup API so they are consistent even while the database is in use.
class Backups final
{
public:
    struct Entry
    {
        QString path;
        QDateTime made;
        QString reason; // "daily", "before-migration", "before-import", "before-restore"
        qint64 bytes = 0;
    };

    explicit Backups(const QString &databasePath);

    QString folder() const { return m_folder; }
    // Newest first.
    std::vector<Entry> list() const;
    // Writes a backup of `db` and keeps the newest `keep`. Throws StoreError.
    QString write(Database &db, const QString &reason, int keep = defaultKeep);
    // A "daily" backup unless one was made today; the path, or empty when none was due.
    QString writeDaily(Database &db, int keep = defaultKeep);

    static constexpr int defaultKeep = 14;

private:
    void prune(int keep) const;

    QString m_folder;
    QString m_baseName;
};

} // namespace dialoog
