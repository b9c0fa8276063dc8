#pragma once

#include <QString>
#include <QTimer>

struct sqlite3;

namespace dialoog {

// FTS5 merges the search index's segments inside the save that writes its 64th index page
// since the last merge, 64 pages for every level of the index, so about one save in
// sixty took 17 to 24 ms at 500 people and twice that at 5,000 (docs/performance.md, "The
// rare long saves"). After each commit this merges in small steps instead, on the same
// connection and thread, one step each time the event loop is idle, until nothing is
// left; the save that would have merged then finds nothing big to do. FTS5's settings in
// the file stay its defaults. Without an event loop (the command line) nothing runs and
// FTS5 merges in the saves, as before.
class IdleIndexMerge final
{
public:
    // `db`: the connection the user's saves go through, on a writable file with the
    // search index, its pragmas set; used from this object's thread only.
    explicit IdleIndexMerge(sqlite3 *db);
    ~IdleIndexMerge();
    IdleIndexMerge(const IdleIndexMerge &) = delete;
    IdleIndexMerge &operator=(const IdleIndexMerge &) = delete;

    // One step of merging; false when there was nothing to merge (or it could not run
    // now: a transaction open, the file busy), which stops the steps until the next commit.
    bool step();
    bool pending() const { return m_timer.isActive(); }

private:
    static int onCommit(void *self);
    void runStep();
    bool exec(const char *sql);
    int pragma(const char *sql);

    sqlite3 *m_db;
    int m_busyTimeoutMs; // the connection's own, restored after each step
    QTimer m_timer;
    bool m_stepping = false; // the commits of its own steps start no more steps
};

} // namespace dialoog
