#include "backgroundmaintenance.h"

#include <QtDebug>
#include <sqlite3.h>

namespace dialoog {
namespace {

// SQLite's own threshold for its automatic checkpoint, kept.
constexpr int checkpointPages = 1000;
// Should this thread fall this far behind (a reader holding the log, a failing disk),
// the owner checkpoints itself, as SQLite would, so the log cannot grow without bound.
constexpr int ownerCheckpointPages = 10 * checkpointPages;
// Pages of the search index one merge step writes, about: a tenth of a second's work, so
// that few commits (each syncs the log) and little lost work when a step is stopped.
constexpr const char *mergeStepSql =
    "INSERT INTO search_index (search_index, rank) VALUES ('merge', 256)";
// How often (in SQLite's virtual machine steps) a merge step looks whether to stop.
constexpr int stopCheckSteps = 100;

bool expected(int rc)
{
    // A reader or writer kept the checkpoint from finishing, or this thread was told to
    // stop: nothing went wrong; the next checkpoint goes on.
    const int primary = rc & 0xff;
    return primary == SQLITE_OK || primary == SQLITE_BUSY || primary == SQLITE_LOCKED ||
           primary == SQLITE_INTERRUPT;
}

} // namespace

BackgroundMaintenance::BackgroundMaintenance(const QString &path, sqlite3 *owner)
    : m_path(path), m_owner(owner)
{
    openConnection();
    if (!m_db)
        return;
    // The hook replaces SQLite's automatic checkpoint in the owner's commits.
    sqlite3_wal_hook(m_owner, &BackgroundMaintenance::onCommit, this);
    m_thread = std::thread([this] { run(); });
}

BackgroundMaintenance::~BackgroundMaintenance()
{
    if (!m_db)
        return;
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    // A long checkpoint or merge step stops at once; the owner's close checkpoints the rest.
    m_mergeWanted = false;
    sqlite3_interrupt(m_db);
    m_thread.join();
    sqlite3_wal_autocheckpoint(m_owner, checkpointPages);
    sqlite3_close_v2(m_db);
}

void BackgroundMaintenance::openConnection()
{
    const int rc = sqlite3_open_v2(m_path.toUtf8().constData(), &m_db,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        noteFailure(rc);
        sqlite3_close_v2(m_db);
        m_db = nullptr; // no upkeep then: SQLite's own, in the owner's commits, stays
        return;
    }
    sqlite3_extended_result_codes(m_db, 1);
    // A checkpoint syncs the database file before it lets the log start over, as the
    // owner's did. Pages a merge frees are overwritten: erasing a person leaves nothing.
    exec("PRAGMA synchronous = FULL; PRAGMA secure_delete = ON");
}

int BackgroundMaintenance::onCommit(void *self, sqlite3 *db, const char *, int walPages)
{
    auto *maintenance = static_cast<BackgroundMaintenance *>(self);
    if (walPages >= ownerCheckpointPages)
        sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    {
        const std::lock_guard lock(maintenance->m_mutex);
        maintenance->m_walPages = walPages;
        ++maintenance->m_commits;
    }
    maintenance->m_wake.notify_one();
    return SQLITE_OK;
}

void BackgroundMaintenance::run()
{
    quint64 handled = 0;
    std::unique_lock lock(m_mutex);
    const auto news = [&] { return m_stopping || m_commits != handled || m_mergeWanted; };
    while (!m_stopping) {
        m_wake.wait(lock, news);
        if (m_stopping)
            return;
        handled = m_commits;
        const int walPages = m_walPages;
        lock.unlock();
        // PASSIVE: it never holds the write lock, so saves go on meanwhile.
        if (walPages >= checkpointPages)
            checkpoint();
        if (m_mergeWanted)
            mergeUntilDone();
        lock.lock();
    }
}

void BackgroundMaintenance::startMerging()
{
    if (!m_db)
        return;
    {
        const std::lock_guard lock(m_mutex);
        m_mergeWanted = true;
    }
    m_wake.notify_one();
}

void BackgroundMaintenance::stopMerging()
{
    // onProgress sees it within a few of SQLite's steps, in FTS5's own statements too.
    m_mergeWanted = false;
}

bool BackgroundMaintenance::merging() const
{
    return m_mergeWanted;
}

void BackgroundMaintenance::mergeUntilDone()
{
    sqlite3_progress_handler(m_db, stopCheckSteps, &BackgroundMaintenance::onProgress, this);
    while (!mergeStopped() && mergeStep()) {
    }
    sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
    // Done, or stopped: either way the window asks again next time.
    m_mergeWanted = false;
}

bool BackgroundMaintenance::mergeStopped()
{
    const std::lock_guard lock(m_mutex);
    return m_stopping || !m_mergeWanted;
}

int BackgroundMaintenance::onProgress(void *self)
{
    return static_cast<BackgroundMaintenance *>(self)->m_mergeWanted ? 0 : 1;
}

// One step of merging in a transaction of its own; false when it found nothing left to
// merge, was stopped, or failed (a step undone loses nothing: the index is as before it).
bool BackgroundMaintenance::mergeStep()
{
    if (!exec("BEGIN IMMEDIATE"))
        return false; // the owner holds the lock: the user is at work
    const sqlite3_int64 before = sqlite3_total_changes64(m_db);
    const bool merged = exec(mergeStepSql) && exec("COMMIT");
    if (!sqlite3_get_autocommit(m_db)) {
        sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_progress_handler(m_db, stopCheckSteps, &BackgroundMaintenance::onProgress, this);
    }
    // FTS5 counts a merge that found nothing to do as fewer than two changes.
    return merged && sqlite3_total_changes64(m_db) - before >= 2;
}

void BackgroundMaintenance::checkpoint()
{
    const int rc =
        sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    noteFailure(rc);
}

bool BackgroundMaintenance::exec(const char *sql)
{
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
    noteFailure(rc);
    return rc == SQLITE_OK;
}

void BackgroundMaintenance::noteFailure(int rc)
{
    if (expected(rc))
        return;
    const QString problem =
        m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(rc));
    // Nothing saved is lost: it stays in the log, and the next checkpoint tries again.
    qWarning("Background upkeep of %s failed: %s", qUtf8Printable(m_path), qUtf8Printable(problem));
}

} // namespace dialoog
