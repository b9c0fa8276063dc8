#pragma once

#include "services/afterstart.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace dialoog {

class AppServices;
class Settings;
class Store;
class StoreError;
class StoreLock;

// Why a database could not be opened, for the caller to react to.
enum class OpenProblem
{
    None,
    Missing,
    NotADatabase,
    Damaged,
    ForeignFile,
    NewerVersion,
    ReadOnly,
    Busy,
    PasswordNeeded, // a server that wants a password: ask, then setPassword() and open again
    Unreachable,    // a server that cannot be reached
    Other
};

struct OpenOutcome
{
    OpenProblem problem = OpenProblem::None;
    QString message;         // for the user, when not opened
    bool canRestore = false; // damaged, and a backup could take its place
    QDateTime newestBackup;
    bool opened() const { return problem == OpenProblem::None; }
};

// What `dialoog check` reports about a database file.
struct DatabaseCheck
{
    bool ok = true;
    QStringList problems;
    int schemaVersion = 0;
    std::vector<std::pair<QString, qint64>> counts; // table, rows
};

// What retention would remove, or did: conversations older than `years`, and the people
// archived as having left more than `leaverYears` ago (core/retention.h). 0 years is off.
struct RetentionCount
{
    int years = 0;
    qint64 conversations = 0;
    int leaverYears = 0;
    qint64 leavers = 0;
    bool any() const { return conversations > 0 || leavers > 0; }
};

// Opening a database file and closing it again, without a word to the user: the lock
// (one writer at a time), the open with its kind of failure, the daily backup, retention
// and the stamp of a clean close. The window (StoreOpener) and the command line both use
// it; what they say about a failure is theirs.
class DatabaseOpener final
{
    Q_DECLARE_TR_FUNCTIONS(dialoog::DatabaseOpener)

public:
    // How the command line opens: reading (read-only with `--read-only`), reading an
    // existing file even then, or writing (the file is made when missing; for an import
    // without the default question bank, which the file brings).
    enum class Purpose
    {
        Read,
        ReadExisting,
        Write,
        Import
    };

    // `readOnly`: never write to the file (`--read-only`).
    DatabaseOpener(const QString &path, bool readOnly);
    ~DatabaseOpener();
    DatabaseOpener(const DatabaseOpener &) = delete;
    DatabaseOpener &operator=(const DatabaseOpener &) = delete;

    // Where Dialoog keeps its data when no file is named.
    static QString defaultPath();
    // Whether `location` names a PostgreSQL server (a postgresql:// URI, service=NAME)
    // rather than a file. A server has no lock file, file backups or clean-close stamp.
    static bool isServer(const QString &location);
    // Whether a server's address holds a password, which must not be kept in settings.
    static bool holdsPassword(const QString &location);
    // The password for a server that asked for one; kept in memory only.
    void setPassword(const QString &password) { m_password = password; }
    // Asks the user for a server's password (`reason` says why, in words); an empty
    // answer gives up. Without a prompt, a server that wants one is an OpenProblem.
    using PasswordPrompt = std::function<QString(const QString &reason)>;
    void setPasswordPrompt(PasswordPrompt prompt) { m_passwordPrompt = std::move(prompt); }

    // When the full integrity check and the daily backup are done.
    enum class Timing
    {
        AtOpen,         // in open() (the check) and writeDailyBackup()
        AfterFirstPaint // by startAfterStart(), on a worker thread, from a snapshot
    };
    // For the window: locks without waiting and opens, making the file when missing.
    // `intactStamp`: the file's stamp when Dialoog last closed it whole; the integrity
    // check is skipped only when the file still has it. A file that needs a migration, or
    // that may not be written, is always checked at open.
    OpenOutcome open(const QString &intactStamp = {}, Timing timing = Timing::AtOpen);
    // For a damaged file: it is set aside (never deleted) and a copy of the newest
    // backup takes its place.
    OpenOutcome restoreNewestBackup();
    // For the command line: waits up to `lockWaitMs` for a window that holds the file.
    // Throws Failure; a file that may not be changed is refused before anything.
    void openFor(Purpose purpose, int lockWaitMs);

    bool isOpen() const { return m_services != nullptr; }
    AppServices &services() const { return *m_services; }
    bool wasCreated() const;
    QString path() const { return m_path; }

    // The daily backup of a writable store; the reason when none could be made (work
    // can go on, but the user should know).
    QString writeDailyBackup();
    // With Timing::AfterFirstPaint: starts the check and the backup that are due, if any
    // (false when none is); `done` is called on the worker thread.
    bool startAfterStart(AfterStart::Done done, AfterStart::Progress progress = {});
    // Waits for them (doing them now when they never started) and tells how they went;
    // nothing when none was due. close() waits too.
    std::optional<AfterStart::Outcome> finishAfterStart();
    // Removes conversations older than the retention period and the people who left
    // longer ago than theirs, when set, after one backup. A rule removes for the first
    // time (or the first time with a new period) only when `confirm` agrees; it is given
    // what those rules would remove, and a declined rule waits for the next start. What
    // went; throws Failure (nothing removed).
    RetentionCount applyRetention(Settings &settings, const QDate &today,
                                  const std::function<bool(const RetentionCount &)> &confirm);
    DatabaseCheck check();

    // Closes the store and gives the stamp to pass to the next open(), or nothing when
    // the file may not be trusted without a check (read-only, or SQLite saw damage).
    QString close();
    // Closes and removes a file this opener made (a failed import leaves none behind).
    void discardCreated();

private:
    OpenOutcome failed(const StoreError &error, bool offerBackup);
    RetentionCount dueForRetention(const Settings &settings, const QDate &today);
    void adopt(std::unique_ptr<Store> store);
    void prepareAfterStart(bool unchecked);

    QString m_path;
    QString m_password;
    PasswordPrompt m_passwordPrompt;
    bool m_readOnly;
    std::unique_ptr<StoreLock> m_lock;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<AppServices> m_services;
    std::unique_ptr<AfterStart> m_afterStart;
    bool m_damageFound = false;
};

} // namespace dialoog
