#include "gui/platform/storeopener.h"

#include "core/failure.h"
#include "gui/dialogs/passworddialog.h"
#include "gui/platform/messagebox.h"
#include "services/appservices.h"
#include "services/backuppolicy.h"
#include "services/databaseopener.h"
#include "services/settings.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPointer>
#include <QStringList>

namespace dialoog {

StoreOpener::StoreOpener(const QString &path, bool readOnly)
    : m_opener(std::make_unique<DatabaseOpener>(path, readOnly))
{
    m_opener->setPasswordPrompt(
        [](const QString &reason) { return PasswordDialog::ask(nullptr, reason); });
}

StoreOpener::~StoreOpener() = default;

AppServices *StoreOpener::open(const QString &intactStamp, bool later)
{
    const QString title = tr("Dialoog cannot open its data");
    OpenOutcome outcome =
        m_opener->open(intactStamp, later ? DatabaseOpener::Timing::AfterFirstPaint
                                          : DatabaseOpener::Timing::AtOpen);
    if (!outcome.opened()) {
        if (!outcome.canRestore) {
            MessageBox::critical(nullptr, title, outcome.message);
            return nullptr;
        }
        // A damaged file is never overwritten: it is set aside and a copy of the backup
        // takes its place, if the user wants that.
        const QString question =
            tr("%1\n\nRestore the newest backup, made %2? The damaged file is kept beside it.")
                .arg(outcome.message,
                     QLocale().toString(outcome.newestBackup, QLocale::LongFormat));
        if (!MessageBox::question(nullptr, title, question))
            return nullptr;
        outcome = m_opener->restoreNewestBackup();
        if (!outcome.opened()) {
            MessageBox::critical(nullptr, title, outcome.message);
            return nullptr;
        }
    }
    // Working on is still possible without it; the user should know there is no fresh copy.
    if (later)
        return &m_opener->services(); // startAfterFirstPaint() writes it
    if (const QString problem = m_opener->writeDailyBackup(); !problem.isEmpty())
        MessageBox::warning(nullptr, tr("No backup today"), problem);
    return &m_opener->services();
}

AppServices *StoreOpener::openRestored()
{
    const OpenOutcome outcome = m_opener->restoreNewestBackup();
    if (!outcome.opened()) {
        MessageBox::critical(nullptr, tr("Dialoog cannot open its data"), outcome.message);
        return nullptr;
    }
    return &m_opener->services();
}

void StoreOpener::startAfterFirstPaint(QWidget *window)
{
    m_receiver = std::make_unique<QObject>();
    QObject *receiver = m_receiver.get();
    const QPointer<QWidget> shownOver(window);
    m_opener->startAfterStart([this, receiver, shownOver](const AfterStartOutcome &outcome) {
        QMetaObject::invokeMethod(
            receiver, [this, outcome, shownOver] { report(outcome, shownOver, true); },
            Qt::QueuedConnection);
    });
}

// Damage found after the first paint: the user may have saved meanwhile, into the file as
// it is. A restore sets that file aside whole (with what was saved since the start), so
// nothing the user wrote is deleted; Dialoog then starts again on the backup.
void StoreOpener::report(const AfterStartOutcome &outcome, QWidget *window, bool mayRestore)
{
    if (m_reported)
        return;
    m_reported = true;
    if (!outcome.backupProblem.isEmpty())
        MessageBox::warning(window, tr("No backup today"), outcome.backupProblem);
    if (outcome.damage.isEmpty())
        return;
    const QString title = tr("Dialoog found damage in its data");
    const std::vector<BackupInfo> backups = m_opener->services().backups().list();
    if (!mayRestore || backups.empty()) {
        MessageBox::critical(
            window, title,
            tr("%1\n\nDialoog checks it again at its next start. Keep a copy of what you write "
               "today elsewhere until it is whole again.")
                .arg(outcome.damage));
        return;
    }
    const QString question =
        tr("%1\n\nRestore the newest backup, made %2? Dialoog closes its windows and opens again "
           "with the backup. The damaged file is kept beside it, with everything saved since "
           "Dialoog started.")
            .arg(outcome.damage, QLocale().toString(backups.front().made, QLocale::LongFormat));
    if (MessageBox::question(window, title, question)) {
        m_restoreRequested = true;
        QCoreApplication::quit();
    }
}

QString StoreOpener::close()
{
    // Quitting waits for the day's backup; what it found is told if the window did not.
    if (const std::optional<AfterStartOutcome> outcome = m_opener->finishAfterStart())
        report(*outcome, nullptr, false);
    m_receiver.reset();
    return m_opener->close();
}

namespace {

QString retentionQuestion(const RetentionCount &due)
{
    if (due.leavers == 0)
        return StoreOpener::tr("Remove the conversations older than %1 years (%2 in all), "
                               "with everything said in them? "
                               "A backup is made first. Later ones are removed when they "
                               "are as old, without asking.")
            .arg(due.years)
            .arg(due.conversations);
    if (due.conversations == 0)
        return StoreOpener::tr("Remove everything about the people who left more than %1 years "
                               "ago (%2 in all): their conversations, notes, goals and "
                               "feedback? A backup is made first. Others are removed when they "
                               "have been gone as long, without asking.")
            .arg(due.leaverYears)
            .arg(due.leavers);
    return StoreOpener::tr("Remove the conversations older than %1 years (%2 in all), and "
                           "everything about the people who left more than %3 years ago (%4 "
                           "in all)? A backup is made first. Later ones are removed when they "
                           "are as old, without asking.")
        .arg(due.years)
        .arg(due.conversations)
        .arg(due.leaverYears)
        .arg(due.leavers);
}

} // namespace

RetentionCount StoreOpener::applyRetention(Settings &settings, const QDate &today)
{
    if (!m_opener->isOpen())
        return {};
    const QString title = tr("Remove Old Data");
    const auto confirm = [&title](const RetentionCount &due) {
        return MessageBox::question(nullptr, title, retentionQuestion(due));
    };
    try {
        return m_opener->applyRetention(settings, today, confirm);
    } catch (const Failure &e) {
        // Without a backup nothing is removed; the data stays as it was.
        MessageBox::warning(nullptr, title, tr("Nothing old was removed: %1").arg(e.message()));
        return {};
    }
}

QString StoreOpener::removedText(const RetentionCount &removed)
{
    QStringList parts;
    if (removed.conversations > 0)
        parts << tr("Removed the conversations older than %1 years: %2.")
                     .arg(removed.years)
                     .arg(removed.conversations);
    if (removed.leavers > 0)
        parts << tr("Removed everything about the people who left more than %1 years ago: %2.")
                     .arg(removed.leaverYears)
                     .arg(removed.leavers);
    return parts.join(QLatin1Char(' '));
}

} // namespace dialoog
