#include "gui/platform/storeopener.h"

#include "core/failure.h"
#include "gui/dialogs/passworddialog.h"
#include "gui/platform/messagebox.h"
#include "services/databaseopener.h"
#include "services/settings.h"

#include <QLocale>
#include <QStringList>

namespace dialoog {

StoreOpener::StoreOpener(const QString &path, bool readOnly)
    : m_opener(std::make_unique<DatabaseOpener>(path, readOnly))
{
    m_opener->setPasswordPrompt(
        [](const QString &reason) { return PasswordDialog::ask(nullptr, reason); });
}

StoreOpener::~StoreOpener() = default;

AppServices *StoreOpener::open(const QString &intactStamp)
{
    const QString title = tr("Dialoog cannot open its data");
    OpenOutcome outcome = m_opener->open(intactStamp);
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
    if (const QString problem = m_opener->writeDailyBackup(); !problem.isEmpty())
        MessageBox::warning(nullptr, tr("No backup today"), problem);
    return &m_opener->services();
}

QString StoreOpener::close()
{
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
