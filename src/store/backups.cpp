#include "backups.h"

#include "database.h"
#include "statement.h"
#include "storeerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <limits>
#include <sqlite3.h>

namespace dialoog {
namespace {

const QString stamp = QStringLiteral("yyyyMMdd-HHmmss-zzz");

} // namespace

Backups::Backups(const QString &databasePath)
    : m_folder(QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"))),
      m_baseName(QFileInfo(databasePath).completeBaseName())
{
}

std::vector<Backups::Entry> Backups::list() const
{
    std::vector<Entry> entries;
    const QDir dir(m_folder);
    const QString prefix = m_baseName + QLatin1Char('-');
    for (const QFileInfo &info : dir.entryInfoList({prefix + QStringLiteral("*.sqlite")},
                                                   QDir::Files, QDir::Name | QDir::Reversed)) {
        // name: <base>-<stamp>-<reason>.sqlite
        const QString rest = info.completeBaseName().mid(prefix.size());
        const QDateTime made = QDateTime::fromString(rest.left(stamp.size()), stamp);
        if (!made.isValid())
            continue;
        entries.push_back(
            Entry{info.absoluteFilePath(), made, rest.mid(stamp.size() + 1), info.size()});
    }
    return entries;
}

Backups::Entry Backups::describe(Entry entry)
{
    try {
        Database db(entry.path, Database::OpenMode::ReadOnly);
        Statement counts(
            db, "SELECT (SELECT count(*) FROM employee), (SELECT count(*) FROM conversation)");
        if (counts.step()) {
            entry.employees = counts.int64(0);
            entry.conversations = counts.int64(1);
        }
    } catch (const StoreError &) {
        // Left at -1: the list shows the backup as unreadable.
    }
    return entry;
}

// A file backup copies a SQLite file; a team server is backed up by its administrator.
void Backups::requireFile(const Database &db)
{
    if (db.isServer())
        throw StoreError(StoreError::Kind::Other,
                         tr("A team database is backed up on its server, not in files."));
}

QString Backups::write(Database &db, const QString &reason, int keep, const Progress &progress)
{
    requireFile(db);
    if (!QFileInfo::exists(m_folder)) {
        if (!QDir().mkpath(m_folder))
            throw StoreError(StoreError::Kind::NotFound,
                             tr("The backup folder %1 could not be created.").arg(m_folder));
        QFile::setPermissions(m_folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    const QString path = QDir(m_folder).filePath(
        QStringLiteral("%1-%2-%3.sqlite")
            .arg(m_baseName, QDateTime::currentDateTime().toString(stamp), reason));
    // Written beside its name and renamed when whole: a quit, a crash or a full disk
    // never leaves half a backup where a restore would find it.
    const QString partial = path + QStringLiteral(".part");
    QFile::remove(partial);
    try {
        copyInto(db, partial, progress);
    } catch (const StoreError &) {
        QFile::remove(partial);
        throw;
    }
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        throw StoreError(StoreError::Kind::Other,
                         tr("The backup %1 could not be written.").arg(path));
    }
    prune(keep);
    return path;
}

void Backups::copyInto(Database &db, const QString &path, const Progress &progress)
{
    {
        QFile file(path); // owner-only from the start
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                       QFile::ReadOwner | QFile::WriteOwner))
            throw StoreError(
                StoreError::Kind::Other,
                tr("The backup %1 could not be written: %2").arg(path, file.errorString()));
    }
    Database target(path, Database::OpenMode::ReadWrite);
    sqlite3_backup *backup = sqlite3_backup_init(target.handle(), "main", db.handle(), "main");
    if (!backup)
        target.fail(sqlite3_errcode(target.handle()));
    // In steps, so a caller on a worker thread can show it move; a read transaction held
    // on `db` keeps every step on the same snapshot.
    int rc = SQLITE_OK;
    while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
        rc = sqlite3_backup_step(backup, progress ? 256 : -1);
        const int total = sqlite3_backup_pagecount(backup);
        if (progress && rc == SQLITE_OK)
            progress(total - sqlite3_backup_remaining(backup), total);
    }
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        throw StoreError::fromSqlite(rc, tr("backup failed"), path);
}

bool Backups::dailyDue() const
{
    const QDate today = QDate::currentDate();
    const std::vector<Entry> entries = list();
    return std::none_of(entries.begin(), entries.end(),
                        [&today](const Entry &entry) { return entry.made.date() == today; });
}

QString Backups::writeDaily(Database &db, int keep, const Progress &progress)
{
    if (!dailyDue())
        return {};
    return write(db, QStringLiteral("daily"), keep, progress);
}

bool Backups::restoreInto(Database &db, const QString &backupPath, const Progress &progress)
{
    requireFile(db);
    {
        Database check(backupPath, Database::OpenMode::ReadOnly);
        Statement integrity(check, "PRAGMA quick_check");
        if (!integrity.step() || integrity.text(0) != QLatin1String("ok"))
            throw StoreError(StoreError::Kind::Corrupt,
                             tr("The backup %1 is damaged itself.").arg(backupPath));
    }
    write(db, QStringLiteral("before-restore"), std::numeric_limits<int>::max());
    Database source(backupPath, Database::OpenMode::ReadOnly);
    sqlite3_backup *backup = sqlite3_backup_init(db.handle(), "main", source.handle(), "main");
    if (!backup)
        db.fail(sqlite3_errcode(db.handle()));
    int rc = SQLITE_OK;
    // In steps, so the user sees it move and may stop it; finishing early rolls back.
    while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
        rc = sqlite3_backup_step(backup, 256);
        const int total = sqlite3_backup_pagecount(backup);
        if (rc != SQLITE_DONE && progress &&
            !progress(total - sqlite3_backup_remaining(backup), total)) {
            sqlite3_backup_finish(backup);
            return false;
        }
    }
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        throw StoreError::fromSqlite(rc, tr("restore failed"), backupPath);
    return true;
}

QString Backups::replaceDamaged(const QString &databasePath, const QString &backupPath)
{
    const QString aside =
        databasePath + QStringLiteral(".damaged-") + QDateTime::currentDateTime().toString(stamp);
    if (!QFile::rename(databasePath, aside))
        throw StoreError(StoreError::Kind::Other,
                         tr("%1 could not be set aside.").arg(databasePath));
    for (const char *suffix : {"-wal", "-shm"})
        QFile::rename(databasePath + QLatin1String(suffix), aside + QLatin1String(suffix));
    if (!QFile::copy(backupPath, databasePath)) {
        QFile::rename(aside, databasePath);
        throw StoreError(StoreError::Kind::Other,
                         tr("The backup could not be copied to %1.").arg(databasePath));
    }
    QFile::setPermissions(databasePath, QFile::ReadOwner | QFile::WriteOwner);
    return aside;
}

void Backups::removeAll()
{
    for (const Entry &entry : list())
        QFile::remove(entry.path);
}

void Backups::prune(int keep) const
{
    // What a crash left while a backup was written is no backup. One being written now
    // (on another thread) changes all the time, so only a part left alone for an hour goes.
    const QDateTime stale = QDateTime::currentDateTime().addSecs(-3600);
    for (const QFileInfo &part : QDir(m_folder).entryInfoList(
             {m_baseName + QStringLiteral("-*.sqlite.part")}, QDir::Files)) {
        if (part.lastModified() < stale)
            QFile::remove(part.absoluteFilePath());
    }
    const std::vector<Entry> entries = list();
    for (std::size_t i = std::size_t(std::max(keep, 1)); i < entries.size(); ++i)
        QFile::remove(entries[i].path);
}

} // namespace dialoog
