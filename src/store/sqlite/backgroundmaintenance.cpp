#include "backgroundmaintenance.h"

#include <QtDebug>
#include <chrono>
#include <sqlite3.h>

namespace dialoog {
namespace {

// SQLite's own threshold for its automatic checkpoint, kept.
constexpr int checkpointPages = 1000;
// Should this thread fall this far behind (a reader holding the log, a failing disk),
// the owner checkpoints itself, as SQLite would, so the log cannot grow without bound.
constexpr int ownerCheckpointPages = 10 * checkpointPages;
// Pages one merge step writes, about: a few milliseconds of holding the write lock.
constexpr int mergeStepPages = 16;
constexpr const char *mergeStepSql =
    "INSERT INTO search_index (search_index, rank) VALUES ('merge', 16)";
// FTS5 merged about a page per level of its index for each page a save wrote to it;
// counted here against every page a commit wrote, which includes the index's.
constexpr qint64 mergePagesPerPageWritten = 2;
// How long the saves must have paused before a merge step starts: an autosave comes half
// a second after the last key at the earliest, so a step started a quarter second after
// one save is done long before the next (steps take milliseconds, now and then 0.1 s).
constexpr std::chrono::milliseconds quietPeriod(250);
// As `PRAGMA busy_timeout = 5000` for another process holding the lock.
constexpr int busyAttempts = 5000;

bool expected(int rc)
{
    // The owner took the lock, or this thread was told to stop: nothing went wrong.
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
    sqlite3_busy_handler(m_owner, &BackgroundMaintenance::onBusy, this);
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
    // A long checkpoint stops at once (the owner's close checkpoints); a merge step only
    // at its end, and is rolled back, to be merged again another time.
    sqlite3_interrupt(m_db);
    m_thread.join();
    sqlite3_wal_autocheckpoint(m_owner, checkpointPages);
    sqlite3_busy_timeout(m_owner, busyAttempts);
    sqlite3_close_v2(m_db);
}

QString BackgroundMaintenance::problem() const
{
    const std::lock_guard lock(m_mutex);
    return m_problem;
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
    // Pages a merge frees are overwritten too: erasing a person must leave nothing.
    // A merge need not be durable on its own (lost, it is merged again); the owner's
    // next commit syncs the log with it, and checkpoints sync as in FULL.
    exec("PRAGMA secure_delete = ON; PRAGMA synchronous = NORMAL");
}

int BackgroundMaintenance::onCommit(void *self, sqlite3 *db, const char *, int walPages)
{
    auto *maintenance = static_cast<BackgroundMaintenance *>(self);
    if (walPages >= ownerCheckpointPages)
        sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    {
        const std::lock_guard lock(maintenance->m_mutex);
        // The log starts over after a checkpoint: then all of it is this commit's.
        const int written =
            walPages > maintenance->m_walPages ? walPages - maintenance->m_walPages : walPages;
        maintenance->m_mergeBudget += mergePagesPerPageWritten * written;
        maintenance->m_walPages = walPages;
        ++maintenance->m_commits;
    }
    maintenance->m_wake.notify_one();
    return SQLITE_OK;
}

int BackgroundMaintenance::onBusy(void *, int attempts)
{
    if (attempts >= busyAttempts)
        return 0;
    // A merge step of the other thread takes a few milliseconds: look again soon, not
    // after SQLite's own growing pauses.
    std::this_thread::sleep_for(attempts < 20 ? std::chrono::microseconds(100)
                                              : std::chrono::microseconds(1000));
    return 1;
}

void BackgroundMaintenance::run()
{
    quint64 handled = 0;
    std::unique_lock lock(m_mutex);
    const auto news = [&] { return m_stopping || m_commits != handled; };
    while (!m_stopping && !m_broken) {
        m_wake.wait(lock, news);
        if (m_stopping)
            return;
        handled = m_commits;
        const int walPages = m_walPages;
        lock.unlock();
        // A checkpoint does not hold the write lock: it need not wait for a pause.
        if (walPages >= checkpointPages)
            checkpoint();
        lock.lock();
        // Merging waits until the saves pause, so that a merge step and a save seldom meet.
        if (m_wake.wait_for(lock, quietPeriod, news))
            continue;
        lock.unlock();
        while (!newCommit(handled) && takeMergeBudget() && mergeStep()) {
        }
        lock.lock();
    }
}

bool BackgroundMaintenance::newCommit(quint64 handled) const
{
    const std::lock_guard lock(m_mutex);
    return m_stopping || m_commits != handled;
}

// As much merging as FTS5 did in the saves, about, and no more: an index left with much
// to merge (as a large import or an older version leaves it) is merged no faster than
// the saves write, so that a save seldom meets a merge step.
bool BackgroundMaintenance::takeMergeBudget()
{
    const std::lock_guard lock(m_mutex);
    if (m_mergeBudget <= 0)
        return false;
    m_mergeBudget -= mergeStepPages;
    return true;
}

void BackgroundMaintenance::checkpoint()
{
    const int rc =
        sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    noteFailure(rc);
}

// One small step of merging the search index's segments in a transaction of its own.
// False when there is nothing left to merge, or the owner holds the lock, or on failure.
bool BackgroundMaintenance::mergeStep()
{
    if (!exec("BEGIN IMMEDIATE"))
        return false; // the owner holds the lock: later
    const int before = sqlite3_total_changes(m_db);
    const bool merged = exec(mergeStepSql) && exec("COMMIT");
    if (!sqlite3_get_autocommit(m_db))
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    if (!sqlite3_get_autocommit(m_db)) {
        noteFailure(SQLITE_ERROR);
        m_broken = true; // no more steps; closing the connection at the end frees the lock
        return false;
    }
    // FTS5 counts a merge that did no work as fewer than two changes.
    return merged && sqlite3_total_changes(m_db) - before >= 2;
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
    qWarning("Background upkeep of %s failed: %s", qUtf8Printable(m_path), qUtf8Printable(problem));
    const std::lock_guard lock(m_mutex);
    m_problem = problem;
}

} // namespace dialoog
