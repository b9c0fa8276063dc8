#pragma once

#include <QString>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

struct sqlite3;

namespace dialoog {

// Copying the write-ahead log back into the database file, which SQLite's automatic
// checkpoint did inside the save that took the log past 1,000 pages (3 to 20 ms, now and
// then more, with the database file's sync), runs here instead, on a thread of its own
// with a connection of its own, after that save has returned. A save is as durable as
// before: its commit still syncs the log before it returns.
//
// The search index's segments are merged here too, but only while nobody takes notes
// (the window says when: startMerging and stopMerging): FTS5 no longer merges them in
// the saves (migration 11), and merging between saves while someone typed made the
// window's thread wait (docs/performance.md, "The rare long saves").
class BackgroundMaintenance final
{
public:
    // `owner`: the connection the user's saves go through, open on `path` in WAL mode.
    BackgroundMaintenance(const QString &path, sqlite3 *owner);
    // Stops the thread (a checkpoint under way at once); the owner's close then
    // checkpoints the rest, as before.
    ~BackgroundMaintenance();
    BackgroundMaintenance(const BackgroundMaintenance &) = delete;
    BackgroundMaintenance &operator=(const BackgroundMaintenance &) = delete;

    // Merges the search index in steps, each committed, until nothing is left to merge or
    // stopMerging() is called. A step stopped half-way is undone; those done are kept.
    void startMerging();
    // Stops the step under way at once (its write lock goes at once too).
    void stopMerging();
    bool merging() const;

private:
    static int onCommit(void *self, sqlite3 *db, const char *schema, int walPages);
    void run();
    void openConnection();
    void checkpoint();
    bool mergeStep();
    bool mergeStopped();
    void mergeUntilDone();
    static int onProgress(void *self);
    bool exec(const char *sql);
    void noteFailure(int rc);

    QString m_path;
    sqlite3 *m_owner;
    sqlite3 *m_db = nullptr; // this thread's own connection
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    quint64 m_commits = 0; // the owner's commits so far
    int m_walPages = 0;    // the log's length after the owner's last commit
    // Wanted by the window, read without the lock by onProgress in a step under way.
    std::atomic<bool> m_mergeWanted = false;
    std::thread m_thread;
};

} // namespace dialoog
