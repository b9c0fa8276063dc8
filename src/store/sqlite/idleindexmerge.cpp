#include "idleindexmerge.h"

#include <QtDebug>
#include <sqlite3.h>

namespace dialoog {
namespace {

// Pages of merged index a step writes (FTS5 stops at the first term past them: a term's
// doclist is never split). A step also rewrites the start of each segment it reads and
// the index's structure, some 60 to 150 pages whatever this is, so smaller steps did not
// get ahead of the saves in the benchmark's two idle turns a save; 64 did
// (docs/performance.md, "The rare long saves").
constexpr const char *mergeStep =
    "INSERT INTO search_index (search_index, rank) VALUES ('merge', 64)";

} // namespace

IdleIndexMerge::IdleIndexMerge(sqlite3 *db)
    : m_db(db), m_busyTimeoutMs(pragma("PRAGMA busy_timeout"))
{
    m_timer.setInterval(0);
    QObject::connect(&m_timer, &QTimer::timeout, [this] { runStep(); });
    sqlite3_commit_hook(m_db, &IdleIndexMerge::onCommit, this);
}

IdleIndexMerge::~IdleIndexMerge()
{
    // Work still pending stays for FTS5 to do in a later save or step: nothing is lost.
    sqlite3_commit_hook(m_db, nullptr, nullptr);
}

int IdleIndexMerge::onCommit(void *self)
{
    auto *merge = static_cast<IdleIndexMerge *>(self);
    // Only starts the timer: no SQL may run inside a commit hook.
    if (!merge->m_stepping && !merge->m_timer.isActive())
        merge->m_timer.start();
    return 0; // the commit goes on
}

void IdleIndexMerge::runStep()
{
    if (!step())
        m_timer.stop();
}

bool IdleIndexMerge::step()
{
    // Inside a transaction of the window's own (a nested event loop), later.
    if (sqlite3_get_autocommit(m_db) == 0)
        return true;
    m_stepping = true;
    // A step never makes the window wait for another program's write: busy, it stops.
    sqlite3_busy_timeout(m_db, 0);
    // The step's commit syncs the log as a save's does: left to the next save's sync, its
    // pages made that save wait for them (note save p50 2.5-3.1x its floor instead of 1.5x).
    const sqlite3_int64 before = sqlite3_total_changes64(m_db);
    const bool ran = exec(mergeStep);
    // FTS5's documented sign of work done: two changes or more.
    const bool merged = ran && sqlite3_total_changes64(m_db) - before >= 2;
    sqlite3_busy_timeout(m_db, m_busyTimeoutMs);
    m_stepping = false;
    return merged;
}

int IdleIndexMerge::pragma(const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    int value = 0;
    if (sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) == SQLITE_OK &&
        sqlite3_step(statement) == SQLITE_ROW)
        value = sqlite3_column_int(statement, 0);
    sqlite3_finalize(statement);
    return value;
}

bool IdleIndexMerge::exec(const char *sql)
{
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
    const int primary = rc & 0xff;
    if (rc != SQLITE_OK && primary != SQLITE_BUSY && primary != SQLITE_LOCKED)
        qWarning("Merging the search index failed: %s", sqlite3_errmsg(m_db));
    return rc == SQLITE_OK;
}

} // namespace dialoog
