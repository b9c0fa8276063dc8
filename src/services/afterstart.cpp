#include "services/afterstart.h"

#include "store/backups.h"
#include "store/snapshot.h"
#include "store/storeerror.h"

namespace dialoog {

AfterStart::AfterStart(const QString &path, bool check, bool backup)
    : m_path(path), m_check(check), m_backup(backup), m_snapshot(std::make_unique<Snapshot>(path))
{
}

AfterStart::~AfterStart()
{
    wait();
}

void AfterStart::start(Done done, Progress progress)
{
    if (m_worker.joinable() || finished())
        return;
    m_worker = std::thread([this, done = std::move(done), progress = std::move(progress)] {
        const Outcome outcome = run(progress);
        if (done)
            done(outcome);
    });
}

AfterStart::Outcome AfterStart::wait()
{
    if (m_worker.joinable())
        m_worker.join();
    else if (!finished())
        run({});
    const std::lock_guard<std::mutex> lock(m_mutex);
    return *m_outcome;
}

bool AfterStart::finished() const
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    return m_outcome.has_value();
}

AfterStart::Outcome AfterStart::run(const Progress &progress)
{
    Outcome outcome;
    if (m_check)
        outcome.damage = m_snapshot->damage();
    if (m_backup && outcome.damage.isEmpty()) {
        try {
            const Backups::Progress told = [&progress](int done, int total) {
                if (progress)
                    progress(done, total);
                return true;
            };
            outcome.backupPath =
                Backups(m_path).writeDaily(m_snapshot->database(), Backups::defaultKeep, told);
        } catch (const StoreError &e) {
            outcome.backupProblem = e.message();
        }
    }
    m_snapshot.reset(); // the read transaction ends: the log may be checkpointed again
    const std::lock_guard<std::mutex> lock(m_mutex);
    m_outcome = outcome;
    return outcome;
}

} // namespace dialoog
