#pragma once

#include <QString>
#include <condition_variable>
#include <mutex>
#include <thread>

struct sqlite3;

namespace dialoog {

// The upkeep a SQLite file needs now and then, which made one save in sixty take ten to
// a hundred times as long as the others: merging the search index's segments (FTS5 did
// it inside the save that happened to write the 64th page) and copying the write-ahead
// log back into the database file (SQLite's automatic checkpoint, in the save that took
// the log past 1,000 pages). Both run here instead, on a thread of its own with a
// connection of its own, after the save that called for them has returned. A save is
// as durable as before: its commit still syncs the log before it returns.
//
// Merge steps are small (16 pages, a few milliseconds), wait for a pause in the saves,
// and are as many as FTS5 did itself in the saves: a save seldom meets one, and when it
// does, it waits for that step only (FTS5 cannot stop a merge halfway).
class BackgroundMaintenance final
{
public:
    // `owner`: the connection the user's saves go through, open on `path` in WAL mode,
    // with FTS5's own merging in a save turned off (see Search::mergeInBackground).
    BackgroundMaintenance(const QString &path, sqlite3 *owner);
    // Stops the thread (a checkpoint under way at once, a merge step at its end); the
    // owner's close then checkpoints the rest, as before.
    ~BackgroundMaintenance();
    BackgroundMaintenance(const BackgroundMaintenance &) = delete;
    BackgroundMaintenance &operator=(const BackgroundMaintenance &) = delete;

    // Why the upkeep last failed (a full disk, a damaged page), in SQLite's words; empty
    // while all is well. Nothing saved is lost by such a failure: it stays in the log.
    QString problem() const;

private:
    static int onCommit(void *self, sqlite3 *db, const char *schema, int walPages);
    static int onBusy(void *self, int attempts);
    void run();
    bool newCommit(quint64 handled) const;
    void openConnection();
    void checkpoint();
    bool takeMergeBudget();
    bool mergeStep();
    bool exec(const char *sql);
    void noteFailure(int rc);

    QString m_path;
    sqlite3 *m_owner;
    sqlite3 *m_db = nullptr; // this thread's own connection
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    quint64 m_commits = 0;    // the owner's commits so far
    int m_walPages = 0;       // the log's length after the owner's last commit
    qint64 m_mergeBudget = 0; // pages this thread may merge before the next commit
    QString m_problem;
    bool m_broken = false; // a step could not be rolled back: no more steps
    std::thread m_thread;
};

} // namespace dialoog
