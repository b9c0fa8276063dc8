#pragma once

#include <QString>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace dialoog {

class Snapshot;

// What the work after the first paint found.
struct AfterStartOutcome
{
    QString damage;        // for the user; empty when whole or not checked
    QString backupProblem; // why no backup could be made today
    QString backupPath;    // the backup made, if any
};

// What the start leaves for after the window's first paint, on a worker thread: the full
// integrity check of a file not closed whole, and the day's backup. Both read a snapshot
// taken when this is made (a read-only connection of its own), so saves made meanwhile
// go on and are in neither. A damaged file gets no backup: a copy of the damage would
// push a good old backup out.
class AfterStart final
{
public:
    using Outcome = AfterStartOutcome;
    using Progress = std::function<void(int done, int total)>;
    using Done = std::function<void(const Outcome &)>;

    // Takes the snapshot. Throws StoreError when the file cannot be read.
    AfterStart(const QString &path, bool check, bool backup);
    // Waits for the work, or does it here when it never started.
    ~AfterStart();
    AfterStart(const AfterStart &) = delete;
    AfterStart &operator=(const AfterStart &) = delete;

    bool checks() const { return m_check; }
    // Starts the worker; `done` is called on it when all is done. `progress` (on the
    // worker too) is told the backup's pages as they are copied.
    void start(Done done, Progress progress = {});
    // Blocks until the work is done (doing it here when it never started): quitting waits
    // for the day's backup, so none is lost.
    Outcome wait();
    bool finished() const;

private:
    Outcome run(const Progress &progress);

    QString m_path;
    bool m_check;
    bool m_backup;
    std::unique_ptr<Snapshot> m_snapshot;
    std::thread m_worker;
    mutable std::mutex m_mutex;
    std::optional<Outcome> m_outcome;
};

} // namespace dialoog
