#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <memory>

namespace dialoog {

class Settings;
class Store;
class StoreLock;

// What happens to the database when Dialoog starts: it is locked and opened; a file
// that cannot be opened is explained in plain words, and a damaged one can be
// replaced by its newest backup. Retention runs here too. Everything is asked through
// MessageBox, so tests answer instead of the user.
class StoreOpener final
{
    Q_DECLARE_TR_FUNCTIONS(dialoog::StoreOpener)

public:
    // `readOnly`: never write to the file (`--read-only`).
    StoreOpener(const QString &path, bool readOnly);
    ~StoreOpener();
    StoreOpener(const StoreOpener &) = delete;
    StoreOpener &operator=(const StoreOpener &) = delete;

    // The open store, or null when the user was told why not and Dialoog stops. A
    // writable store gets its daily backup. `intactStamp`: the file's stamp when Dialoog
    // last closed it whole (Store::cleanCloseStamp); the integrity check is skipped only
    // when the file still has it.
    Store *open(const QString &intactStamp = {});

    // Closes the store and gives the stamp to pass to the next open(), or nothing when the
    // file may not be trusted without a check (read-only, or SQLite saw damage).
    QString close();

    // Removes conversations older than the retention period, when one is set: the first
    // time only after the user agreed, and always after a backup. Returns how many went.
    qint64 applyRetention(Settings &settings, const QDate &today);

private:
    QString m_path;
    bool m_readOnly;
    std::unique_ptr<StoreLock> m_lock;
    std::unique_ptr<Store> m_store;
};

} // namespace dialoog
