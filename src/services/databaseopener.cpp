#include "services/databaseopener.h"

#include "services/appservices.h"
#include "services/backuppolicy.h"
#include "services/settings.h"
#include "store/backups.h"
#include "store/store.h"
#include "store/storeerror.h"
#include "store/storelock.h"

#include <QFile>

namespace dialoog {
namespace {

OpenProblem problemOf(StoreError::Kind kind)
{
    switch (kind) {
    case StoreError::Kind::NotFound:
        return OpenProblem::Missing;
    case StoreError::Kind::NotADatabase:
        return OpenProblem::NotADatabase;
    case StoreError::Kind::Corrupt:
        return OpenProblem::Damaged;
    case StoreError::Kind::ForeignFile:
        return OpenProblem::ForeignFile;
    case StoreError::Kind::NewerVersion:
        return OpenProblem::NewerVersion;
    case StoreError::Kind::ReadOnly:
        return OpenProblem::ReadOnly;
    case StoreError::Kind::Busy:
        return OpenProblem::Busy;
    case StoreError::Kind::PasswordNeeded:
        return OpenProblem::PasswordNeeded;
    case StoreError::Kind::Unreachable:
        return OpenProblem::Unreachable;
    default:
        return OpenProblem::Other;
    }
}

// Opens the store, asking for a password while the server wants one and the user gives
// one; what was typed stays in `password` (memory only) for the next open.
std::unique_ptr<Store> openStore(const QString &path, Store::Open open, Store::Seed seed,
                                 bool knownIntact, QString &password,
                                 const DatabaseOpener::PasswordPrompt &prompt)
{
    for (;;) {
        try {
            return std::make_unique<Store>(path, open, seed, knownIntact, password);
        } catch (const StoreError &e) {
            if (e.kind() != StoreError::Kind::PasswordNeeded || !prompt)
                throw;
            const QString typed = prompt(e.message());
            if (typed.isEmpty())
                throw;
            password = typed;
        }
    }
}

} // namespace

DatabaseOpener::DatabaseOpener(const QString &path, bool readOnly)
    : m_path(path), m_readOnly(readOnly)
{
}

DatabaseOpener::~DatabaseOpener() = default;

QString DatabaseOpener::defaultPath()
{
    return Store::defaultPath();
}

bool DatabaseOpener::isServer(const QString &location)
{
    return Database::isServerAddress(location);
}

bool DatabaseOpener::holdsPassword(const QString &location)
{
    return isServer(location) && Database::addressHoldsPassword(location);
}

bool DatabaseOpener::wasCreated() const
{
    return m_store && m_store->wasCreated();
}

void DatabaseOpener::adopt(std::unique_ptr<Store> store)
{
    m_store = std::move(store);
    m_services = std::make_unique<AppServices>(*m_store);
}

OpenOutcome DatabaseOpener::failed(const StoreError &error, bool offerBackup)
{
    OpenOutcome outcome;
    outcome.problem = problemOf(error.kind());
    outcome.message = error.message();
    const bool lost =
        error.kind() == StoreError::Kind::Corrupt || error.kind() == StoreError::Kind::NotADatabase;
    const std::vector<Backups::Entry> backups =
        isServer(m_path) ? std::vector<Backups::Entry>() : Backups(m_path).list();
    if (offerBackup && lost && !backups.empty() && !m_readOnly) {
        outcome.canRestore = true;
        outcome.newestBackup = backups.front().made;
    }
    return outcome;
}

OpenOutcome DatabaseOpener::open(const QString &intactStamp, Timing timing)
{
    const bool knownIntact =
        !intactStamp.isEmpty() && Store::cleanCloseStamp(m_path) == intactStamp;
    const bool writable = !m_readOnly && !isServer(m_path) && Store::writeProblem(m_path).isEmpty();
    // Checked later only where a damaged file could be restored; Store still checks a
    // file that needs a migration before it writes to it.
    const bool later = timing == Timing::AfterFirstPaint && writable;
    try {
        // One writer at a time; a reader needs no lock (and may not be able to make one).
        // A server takes any number of writers and settles them itself.
        if (writable) {
            Store::createFolderFor(m_path); // the lock file goes beside the database
            m_lock = std::make_unique<StoreLock>(m_path);
            m_lock->acquire(0);
        }
        adopt(openStore(m_path, m_readOnly ? Store::Open::ReadOnly : Store::Open::CreateIfMissing,
                        Store::Seed::DefaultQuestions, knownIntact || later, m_password,
                        m_passwordPrompt));
        if (later)
            prepareAfterStart(!knownIntact);
    } catch (const StoreError &e) {
        return failed(e, true);
    }
    return {};
}

void DatabaseOpener::prepareAfterStart(bool unchecked)
{
    const bool check = unchecked && !m_store->wasCreated() && !m_store->integrityChecked();
    const bool backup = !m_store->isReadOnly() && Backups(m_path).dailyDue();
    if (check || backup)
        m_afterStart = std::make_unique<AfterStart>(m_path, check, backup);
}

bool DatabaseOpener::startAfterStart(AfterStart::Done done, AfterStart::Progress progress)
{
    if (!m_afterStart)
        return false;
    m_afterStart->start(std::move(done), std::move(progress));
    return true;
}

std::optional<AfterStart::Outcome> DatabaseOpener::finishAfterStart()
{
    if (!m_afterStart)
        return std::nullopt;
    const AfterStart::Outcome outcome = m_afterStart->wait();
    m_damageFound = m_damageFound || !outcome.damage.isEmpty();
    return outcome;
}

OpenOutcome DatabaseOpener::restoreNewestBackup()
{
    try {
        const std::vector<Backups::Entry> backups = Backups(m_path).list();
        if (backups.empty())
            throw StoreError(StoreError::Kind::NotFound,
                             tr("There is no backup of %1.").arg(m_path));
        Backups::replaceDamaged(m_path, backups.front().path);
        adopt(std::make_unique<Store>(m_path, Store::Open::Existing));
    } catch (const StoreError &e) {
        return failed(e, false);
    }
    return {};
}

void DatabaseOpener::openFor(Purpose purpose, int lockWaitMs)
{
    if (purpose == Purpose::Read || purpose == Purpose::ReadExisting) {
        const bool readOnly = purpose == Purpose::Read && m_readOnly;
        adopt(openStore(m_path, readOnly ? Store::Open::ReadOnly : Store::Open::Existing,
                        Store::Seed::DefaultQuestions, false, m_password, m_passwordPrompt));
        return;
    }
    const QString problem = Store::writeProblem(m_path);
    if (!problem.isEmpty())
        throw StoreError(StoreError::Kind::ReadOnly,
                         tr("%1 is read-only, so nothing was changed. %2").arg(m_path, problem));
    if (!isServer(m_path)) {
        m_lock = std::make_unique<StoreLock>(m_path);
        m_lock->acquire(lockWaitMs);
    }
    // A database created for an import takes its question bank from the file.
    const Store::Seed seed =
        purpose == Purpose::Import ? Store::Seed::Nothing : Store::Seed::DefaultQuestions;
    adopt(
        openStore(m_path, Store::Open::CreateIfMissing, seed, false, m_password, m_passwordPrompt));
}

QString DatabaseOpener::writeDailyBackup()
{
    if (!m_store || m_store->isReadOnly())
        return {};
    try {
        m_services->backups().writeDaily();
    } catch (const StoreError &e) {
        return e.message();
    }
    return {};
}

RetentionCount DatabaseOpener::dueForRetention(const Settings &settings, const QDate &today)
{
    RetentionCount due;
    if (!m_store || m_store->isReadOnly())
        return due;
    due.years = settings.retentionYears();
    due.conversations = m_store->countExpiredConversations(due.years, today);
    due.leaverYears = settings.leaverRetentionYears();
    due.leavers = m_store->countLeaversDue(due.leaverYears, today);
    return due;
}

RetentionCount
DatabaseOpener::applyRetention(Settings &settings, const QDate &today,
                               const std::function<bool(const RetentionCount &)> &confirm)
{
    RetentionCount due = dueForRetention(settings, today);
    // Only a rule not agreed to yet is asked about.
    RetentionCount ask = due;
    if (settings.retentionConfirmed())
        ask.conversations = 0;
    if (settings.leaverRetentionConfirmed())
        ask.leavers = 0;
    if (ask.any() && confirm(ask)) {
        if (ask.conversations > 0)
            settings.setRetentionConfirmed(true);
        if (ask.leavers > 0)
            settings.setLeaverRetentionConfirmed(true);
    } else if (ask.any()) {
        due.conversations -= ask.conversations;
        due.leavers -= ask.leavers;
    }
    if (!due.any())
        return {};
    // Without a backup nothing is removed: write() throws first.
    m_services->backups().write(BackupReason::BeforeRetention);
    RetentionCount removed = due;
    // The leavers first: their conversations go with them, whatever their age.
    removed.leavers = due.leavers > 0 ? m_store->removeLeaversDue(due.leaverYears, today) : 0;
    removed.conversations =
        due.conversations > 0 ? m_store->removeExpiredConversations(due.years, today) : 0;
    return removed;
}

DatabaseCheck DatabaseOpener::check()
{
    const StoreCheck result = m_store->check();
    return DatabaseCheck{result.ok, result.problems, result.schemaVersion, result.counts};
}

QString DatabaseOpener::close()
{
    finishAfterStart();
    m_afterStart.reset(); // its snapshot goes first, so closing checkpoints the log
    const bool trusted =
        m_store && !m_store->isReadOnly() && !m_store->database().sawCorruption() && !m_damageFound;
    m_services.reset();
    m_store.reset(); // the last connection checkpoints the log into the file and removes it
    m_lock.reset();
    return trusted ? Store::cleanCloseStamp(m_path) : QString();
}

void DatabaseOpener::discardCreated()
{
    const bool created = wasCreated();
    m_afterStart.reset();
    m_services.reset();
    m_store.reset();
    // Removed while still locked, so no other Dialoog sees the half-made file.
    if (created) {
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(m_path + QLatin1String(suffix));
    }
    m_lock.reset();
}

} // namespace dialoog
