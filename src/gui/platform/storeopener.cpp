#include "gui/platform/storeopener.h"

#include "core/failure.h"
#include "gui/dialogs/passworddialog.h"
#include "gui/platform/messagebox.h"
#include "services/databaseopener.h"
#include "services/settings.h"

#include <QLocale>

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

qint64 StoreOpener::applyRetention(Settings &settings, const QDate &today)
{
    if (!m_opener->isOpen())
        return 0;
    const QString title = tr("Remove Old Conversations");
    const auto confirm = [&title](int years, qint64 count) {
        return MessageBox::question(nullptr, title,
                                    tr("Remove the conversations older than %1 years (%2 in all), "
                                       "with everything said in them? "
                                       "A backup is made first. Later ones are removed when they "
                                       "are as old, without asking.")
                                        .arg(years)
                                        .arg(count));
    };
    try {
        return m_opener->applyRetention(settings, today, confirm);
    } catch (const Failure &e) {
        // Without a backup nothing is removed; the data stays as it was.
        MessageBox::warning(nullptr, title,
                            tr("No old conversations were removed: %1").arg(e.message()));
        return 0;
    }
}

} // namespace dialoog
