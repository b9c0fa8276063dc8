#include "headlesscommands.h"

#include "report/icsinvite.h"
#include "report/handover.h"
#include "report/summarybuilder.h"
#include "report/summaryprinter.h"

#include "gui/platform/translations.h"

#include "store/backups.h"
#include "store/demodata.h"
#include "store/storelock.h"
#include "store/jsonexport.h"
#include "store/jsonimport.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTime>
#include <QFile>
#include <QSaveFile>
#include <QLocale>
#include <QSettings>
#include <QTextStream>

namespace dialoog {
namespace {

struct Headless
{
    Q_DECLARE_TR_FUNCTIONS(dialoog::Headless)
};

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

int fail(const QString &message)
{
    QTextStream(stderr) << "dialoog: " << message << Qt::endl;
    return 1;
}

QString databasePath(const CommandLine &cl) { return cl.database.isEmpty() ? Store::defaultPath() : cl.database; }

Store::Open readingMode(const CommandLine &cl) { return cl.readOnly ? Store::Open::ReadOnly : Store::Open::Existing; }

// demo and import write: a file or folder that may not be changed is refused before anything.
void requireWritable(const QString &path)
{
    const QString problem = Store::writeProblem(path);
    if (!problem.isEmpty())
        throw StoreError(StoreError::Kind::ReadOnly, Headless::tr("%1 is read-only, so nothing was changed. %2").arg(path, problem));
}

// Writers wait a little for a Dialoog window that holds the database, then give up
// (DIALOOG_LOCK_WAIT_MS changes how long, for scripts and tests).
const int lockWaitMs = qEnvironmentVariableIsSet("DIALOOG_LOCK_WAIT_MS") ? qEnvironmentVariableIntValue("DIALOOG_LOCK_WAIT_MS") : 10000;

int demo(const CommandLine &cl)
{
    requireWritable(databasePath(cl));
    StoreLock lock(databasePath(cl));
    lock.acquire(lockWaitMs);
    Store store(databasePath(cl), Store::Open::CreateIfMissing);
    const DemoSummary summary = fillDemoData(store, QDate::currentDate());
    out() << Headless::tr("Added %1 employees and %2 conversations of sample data to %3")
                 .arg(summary.employees)
                 .arg(summary.conversations)
                 .arg(store.path())
          << Qt::endl;
    return 0;
}

int check(const CommandLine &cl)
{
    Store store(databasePath(cl), readingMode(cl));
    const StoreCheck result = store.check();
    out() << Headless::tr("Database: %1").arg(store.path()) << Qt::endl;
    out() << Headless::tr("Data version: %1").arg(result.schemaVersion) << Qt::endl;
    for (const auto &[table, count] : result.counts)
        out() << QStringLiteral("  %1: %2").arg(table).arg(count) << Qt::endl;
    if (!result.ok) {
        for (const QString &problem : result.problems)
            QTextStream(stderr) << "dialoog: " << problem << Qt::endl;
        return fail(Headless::tr("the database has problems (see above)"));
    }
    out() << Headless::tr("Integrity: ok") << Qt::endl;
    return 0;
}

int exportData(const CommandLine &cl)
{
    Store store(databasePath(cl), readingMode(cl));
    const std::string json = exportJson(store, ExportOptions{cl.employeeId, cl.includePrivate});
    if (cl.output == QLatin1String("-")) {
        QFile standardOutput;
        if (!standardOutput.open(stdout, QIODevice::WriteOnly) ||
            standardOutput.write(json.data(), qint64(json.size())) != qint64(json.size()))
            return fail(Headless::tr("could not write to standard output"));
        return 0;
    }
    // QSaveFile replaces an existing file only once the new one is complete.
    QSaveFile file(cl.output);
    if (!file.open(QIODevice::WriteOnly))
        return fail(Headless::tr("cannot write %1: %2").arg(cl.output, file.errorString()));
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner); // personal data: the owner's alone
    file.write(json.data(), qint64(json.size()));
    if (!file.commit())
        return fail(Headless::tr("cannot write %1: %2").arg(cl.output, file.errorString()));
    return 0;
}

int importData(const CommandLine &cl)
{
    QFile file(cl.input);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Headless::tr("cannot read %1: %2").arg(cl.input, file.errorString()));
    const QByteArray document = file.readAll();
    const QString path = databasePath(cl);
    bool created = false;
    requireWritable(path);
    StoreLock lock(path);
    lock.acquire(lockWaitMs);
    try {
        // A database created for an import takes its question bank from the file.
        Store store(path, Store::Open::CreateIfMissing, Store::Seed::Nothing);
        created = store.wasCreated();
        if (!created)
            Backups(path).write(store.database(), QStringLiteral("before-import"));
        const ImportSummary summary =
            importJson(store, std::string_view(document.constData(), std::size_t(document.size())),
                       ImportOptions{cl.asNewPerson});
        for (const QString &member : summary.unknownMembers)
            QTextStream(stderr) << "dialoog: " << Headless::tr("warning: %1 is not part of the format and was ignored").arg(member) << Qt::endl;
        out() << Headless::tr("Imported %1 employees and %2 conversations into %3")
                     .arg(summary.employees)
                     .arg(summary.conversations)
                     .arg(store.path())
              << Qt::endl;
    } catch (const ImportError &e) {
        // Leave no half-made file behind when the database was made for this import.
        if (created) {
            for (const char *suffix : {"", "-wal", "-shm"})
                QFile::remove(path + QLatin1String(suffix));
        }
        return fail(Headless::tr("%1: %2 (nothing was imported)").arg(cl.input, e.message()));
    }
    return 0;
}

int summary(const CommandLine &cl)
{
    Store store(databasePath(cl), readingMode(cl));
    SummaryOptions options;
    options.employeeCopy = cl.employeeCopy;
    options.includePrivateNotes = cl.includePrivate;
    options.managerName = QSettings().value(QStringLiteral("manager/name")).toString();
    if (!store.repository<Conversation>().find(*cl.conversationId))
        return fail(Headless::tr("there is no conversation %1 in %2").arg(*cl.conversationId).arg(store.path()));
    QString error;
    const LanguageScope language(cl.language);
    options.locale = QLocale();
    if (!writeSummary(buildSummary(store, *cl.conversationId, options), cl.output, options.locale, &error))
        return fail(error);
    return 0;
}

// Read-only like `summary`: no lock is needed, the window may have the database open.
int ics(const CommandLine &cl)
{
    Store store(databasePath(cl), Store::Open::Existing);
    const QSettings settings;
    const QTime start = QTime::fromString(settings.value(QStringLiteral("invite/startTime"), QStringLiteral("10:00")).toString(),
                                          QStringLiteral("HH:mm"));
    const int minutes = settings.value(QStringLiteral("invite/minutes"), 45).toInt();
    QString error;
    const std::optional<CalendarInvite> invite = IcsInvite::build(store, *cl.conversationId, start, minutes, QLocale(), &error);
    if (!invite)
        return fail(error);
    const QByteArray text = IcsInvite::serialise(*invite, QDateTime::currentDateTimeUtc());
    if (cl.output == QLatin1String("-")) {
        QFile standardOutput;
        if (!standardOutput.open(stdout, QIODevice::WriteOnly) || standardOutput.write(text) != text.size())
            return fail(Headless::tr("could not write to standard output"));
        return 0;
    }
    if (!IcsInvite::write(text, cl.output, &error))
        return fail(error);
    return 0;
}

int handover(const CommandLine &cl)
{
    Store store(databasePath(cl), Store::Open::Existing);
    if (!store.employees().find(*cl.employeeId))
        return fail(Headless::tr("there is no employee %1 in %2").arg(*cl.employeeId).arg(store.path()));
    const LanguageScope language(cl.language);
    HandoverOptions options;
    options.employeeId = *cl.employeeId;
    options.includePrivateNotes = cl.includePrivate;
    options.locale = QLocale();
    options.managerName = QSettings().value(QStringLiteral("manager/name")).toString();
    QString error;
    if (!writeHandover(store, options, cl.output, &error))
        return fail(error);
    out() << Headless::tr("Wrote the history of %1 to %2").arg(store.employees().get(*cl.employeeId).name, cl.output)
          << Qt::endl;
    return 0;
}

} // namespace

int runHeadless(const CommandLine &cl)
{
    try {
        switch (cl.action) {
        case CommandLine::Action::Demo: return demo(cl);
        case CommandLine::Action::Check: return check(cl);
        case CommandLine::Action::Export: return exportData(cl);
        case CommandLine::Action::Import: return importData(cl);
        case CommandLine::Action::Summary: return summary(cl);
        case CommandLine::Action::Ics: return ics(cl);
        case CommandLine::Action::Handover: return handover(cl);
        default: return fail(Headless::tr("not a command-line action"));
        }
    } catch (const StoreError &e) {
        return fail(e.message());
    }
}

} // namespace dialoog
