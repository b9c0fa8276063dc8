#pragma once

#include "services/databaseopener.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <memory>

class QObject;
class QWidget;

namespace dialoog {

class AppServices;
class DatabaseOpener;
class Settings;
struct AfterStartOutcome;

// What the user hears when Dialoog opens its data at start: a file that cannot be opened
// is explained in plain words, and a damaged one can be replaced by its newest backup.
// The work itself (lock, open, backups, retention) is DatabaseOpener's. Everything is
// asked through MessageBox, so tests answer instead of the user.
class StoreOpener final
{
    Q_DECLARE_TR_FUNCTIONS(dialoog::StoreOpener)

public:
    // `readOnly`: never write to the file (`--read-only`).
    StoreOpener(const QString &path, bool readOnly);
    ~StoreOpener();
    StoreOpener(const StoreOpener &) = delete;
    StoreOpener &operator=(const StoreOpener &) = delete;

    // The services over the open database, or null when the user was told why not and
    // Dialoog stops. A writable database gets its daily backup. `intactStamp`: the file's
    // stamp when Dialoog last closed it whole; the integrity check is skipped only when
    // the file still has it.
    // `later`: the full check and the daily backup wait for startAfterFirstPaint().
    AppServices *open(const QString &intactStamp = {}, bool later = false);
    // For a file found damaged after the first paint, when the user chose to restore:
    // the damaged file is set aside and the newest backup opened in its place.
    AppServices *openRestored();

    // Starts the check and the backup that open(…, true) left for later, on a worker
    // thread. What they find is told over `window` when they end: a failed backup as at
    // start, damage with the offer to restore the newest backup.
    void startAfterFirstPaint(QWidget *window);
    // Whether the user chose to restore the newest backup: the window has quit for it.
    bool restoreRequested() const { return m_restoreRequested; }

    // Closes the database and gives the stamp to pass to the next open(), or nothing when
    // the file may not be trusted without a check (read-only, or SQLite saw damage).
    QString close();

    // Removes conversations older than the retention period and the people who left
    // longer ago than theirs, when set: a rule the first time only after the user
    // agreed, and always after a backup. Returns what went.
    RetentionCount applyRetention(Settings &settings, const QDate &today);
    // What went, for the status bar; empty when nothing did.
    static QString removedText(const RetentionCount &removed);

private:
    void report(const AfterStartOutcome &outcome, QWidget *window, bool mayRestore);

    std::unique_ptr<DatabaseOpener> m_opener;
    // Receives the worker's outcome in the GUI thread; gone with this opener, so a late
    // outcome is never delivered to it.
    std::unique_ptr<QObject> m_receiver;
    bool m_reported = false;
    bool m_restoreRequested = false;
};

} // namespace dialoog
