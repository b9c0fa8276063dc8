#include "gui/platform/storeopener.h"

#include "gui/platform/messagebox.h"
#include "services/settings.h"

#include "store/backups.h"
#include "store/store.h"
#include "store/storeerror.h"
#include "store/storelock.h"

#include <QLocale>

namespace dialoog {

StoreOpener::StoreOpener(const QString &path, bool readOnly) : m_path(path), m_readOnly(readOnly) {}

StoreOpener::~StoreOpener() = default;

Store *StoreOpener::open(const QString &intactStamp)
{
    const bool knownIntact = !intactStamp.isEmpty() && Store::cleanCloseStamp(m_path) == intactStamp;
    const QString title = tr("Dialoog cannot open its data");
    try {
        // One writer at a time; a reader needs no lock (and may not be able to make one).
        if (!m_readOnly && Store::writeProblem(m_path).isEmpty()) {
            Store::createFolderFor(m_path); // the lock file goes beside the database
            m_lock = std::make_unique<StoreLock>(m_path);
            m_lock->acquire(0);
        }
        m_store = std::make_unique<Store>(m_path, m_readOnly ? Store::Open::ReadOnly : Store::Open::CreateIfMissing,
                                          Store::Seed::DefaultQuestions, knownIntact);
    } catch (const StoreError &e) {
        const std::vector<Backups::Entry> backups = Backups(m_path).list();
        const bool lost = e.kind() == StoreError::Kind::Corrupt || e.kind() == StoreError::Kind::NotADatabase;
        if (!lost || backups.empty() || m_readOnly) {
            MessageBox::critical(nullptr, title, e.message());
            return nullptr;
        }
        // A damaged file is never overwritten: it is set aside and a copy of the backup
        // takes its place, if the user wants that.
        const QString question = tr("%1\n\nRestore the newest backup, made %2? The damaged file is kept beside it.")
                                     .arg(e.message(), QLocale().toString(backups.front().made, QLocale::LongFormat));
        if (!MessageBox::question(nullptr, title, question))
            return nullptr;
        try {
            Backups::replaceDamaged(m_path, backups.front().path);
            m_store = std::make_unique<Store>(m_path, Store::Open::Existing);
        } catch (const StoreError &again) {
            MessageBox::critical(nullptr, title, again.message());
            return nullptr;
        }
    }
    if (!m_store->isReadOnly()) {
        try {
            Backups(m_path).writeDaily(m_store->database());
        } catch (const StoreError &e) {
            // Working on is still possible; the user should know there is no fresh copy.
            MessageBox::warning(nullptr, tr("No backup today"), e.message());
        }
    }
    return m_store.get();
}

QString StoreOpener::close()
{
    const bool trusted = m_store && !m_store->isReadOnly() && !m_store->database().sawCorruption();
    m_store.reset(); // the last connection checkpoints the log into the file and removes it
    m_lock.reset();
    return trusted ? Store::cleanCloseStamp(m_path) : QString();
}

qint64 StoreOpener::applyRetention(Settings &settings, const QDate &today)
{
    const int years = settings.retentionYears();
    if (!m_store || m_store->isReadOnly() || years <= 0)
        return 0;
    const QString title = tr("Remove Old Conversations");
    try {
        const qint64 count = m_store->countExpiredConversations(years, today);
        if (count == 0)
            return 0;
        if (!settings.retentionConfirmed()) {
            if (!MessageBox::question(nullptr, title,
                                      tr("Remove the conversations older than %1 years (%2 in all), with everything said in them? "
                                         "A backup is made first. Later ones are removed when they are as old, without asking.")
                                          .arg(years)
                                          .arg(count)))
                return 0;
            settings.setRetentionConfirmed(true);
        }
        Backups(m_path).write(m_store->database(), QStringLiteral("before-retention"));
        return m_store->removeExpiredConversations(years, today);
    } catch (const StoreError &e) {
        // Without a backup nothing is removed; the data stays as it was.
        MessageBox::warning(nullptr, title, tr("No old conversations were removed: %1").arg(e.message()));
        return 0;
    }
}

} // namespace dialoog
