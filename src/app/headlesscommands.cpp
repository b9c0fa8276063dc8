#include "headlesscommands.h"

#include "console.h"
#include "core/failure.h"
#include "gui/platform/translations.h"
#include "report/icsinvite.h"
#include "report/summaryprinter.h"
#include "servercommands.h"
#include "services/appservices.h"
#include "services/conversationoutputs.h"
#include "services/databaseopener.h"
#include "services/employeedirectory.h"
#include "services/settings.h"
#include "services/transfer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QLocale>
#include <QTextStream>
#include <QTime>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace dialoog {
namespace {

struct Headless
{
    Q_DECLARE_TR_FUNCTIONS(dialoog::Headless)
};

using console::fail;
using console::out;

QString databasePath(const CommandLine &cl)
{
    return cl.database.isEmpty() ? DatabaseOpener::defaultPath() : cl.database;
}

// A team server that wants a password gets it typed on the terminal, without echo; in a
// script (no terminal) the command fails with the server's reason instead.
QString askOnTerminal(const QString &reason)
{
    if (!::isatty(STDIN_FILENO))
        return {};
    QTextStream(stderr) << reason << ' ' << Headless::tr("Password:") << ' ' << Qt::flush;
    termios before{};
    const bool quiet = ::tcgetattr(STDIN_FILENO, &before) == 0;
    if (quiet) {
        termios noEcho = before;
        noEcho.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &noEcho);
    }
    std::string line;
    std::getline(std::cin, line);
    if (quiet)
        ::tcsetattr(STDIN_FILENO, TCSANOW, &before);
    QTextStream(stderr) << "\n";
    return QString::fromStdString(line);
}

// Reads respect `--read-only`; writers wait a little for a Dialoog window that holds the
// database, then give up (DIALOOG_LOCK_WAIT_MS changes how long, for scripts and tests).
void open(DatabaseOpener &opener, DatabaseOpener::Purpose purpose)
{
    opener.setPasswordPrompt(askOnTerminal);
    opener.openFor(purpose, console::lockWaitMs());
}

bool writeToStandardOutput(const QByteArray &data)
{
    QFile standardOutput;
    return standardOutput.open(stdout, QIODevice::WriteOnly) &&
           standardOutput.write(data) == data.size();
}

int demo(const CommandLine &cl)
{
    DatabaseOpener opener(databasePath(cl), false);
    open(opener, DatabaseOpener::Purpose::Write);
    SampleDataAdded added;
    QString failure;
    QObject::connect(&opener.services().employees(), &EmployeeDirectory::failed,
                     [&failure](const QString &m) { failure = m; });
    // Without --language, in the interface's language.
    if (!opener.services().employees().addSampleData(cl.language, &added))
        return fail(failure);
    out() << Headless::tr("Added %1 employees and %2 conversations of sample data to %3")
                 .arg(added.employees)
                 .arg(added.conversations)
                 .arg(opener.path())
          << Qt::endl;
    return 0;
}

int check(const CommandLine &cl)
{
    DatabaseOpener opener(databasePath(cl), cl.readOnly);
    open(opener, DatabaseOpener::Purpose::Read);
    const DatabaseCheck result = opener.check();
    out() << Headless::tr("Database: %1").arg(opener.path()) << Qt::endl;
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
    DatabaseOpener opener(databasePath(cl), cl.readOnly);
    open(opener, DatabaseOpener::Purpose::Read);
    const QByteArray json =
        opener.services().transfer().exportJson(cl.employeeId, cl.includePrivate);
    if (cl.output == QLatin1String("-"))
        return writeToStandardOutput(json)
                   ? 0
                   : fail(Headless::tr("could not write to standard output"));
    QString error;
    if (!Transfer::writePrivateFile(cl.output, json, &error))
        return fail(Headless::tr("cannot write %1: %2").arg(cl.output, error));
    return 0;
}

int importData(const CommandLine &cl)
{
    QFile file(cl.input);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Headless::tr("cannot read %1: %2").arg(cl.input, file.errorString()));
    const QByteArray document = file.readAll();
    DatabaseOpener opener(databasePath(cl), false);
    open(opener, DatabaseOpener::Purpose::Import);
    const ImportOutcome outcome =
        opener.services().transfer().import(document, cl.asNewPerson, opener.wasCreated());
    if (outcome.result != ImportOutcome::Result::Done) {
        // Leave no half-made file behind when the database was made for this import.
        opener.discardCreated();
        return fail(Headless::tr("%1: %2 (nothing was imported)").arg(cl.input, outcome.message));
    }
    for (const QString &member : outcome.unknownMembers)
        QTextStream(stderr)
            << "dialoog: "
            << Headless::tr("warning: %1 is not part of the format and was ignored").arg(member)
            << Qt::endl;
    out() << Headless::tr("Imported %1 employees and %2 conversations into %3")
                 .arg(outcome.employees)
                 .arg(outcome.conversations)
                 .arg(opener.path())
          << Qt::endl;
    return 0;
}

int summary(const CommandLine &cl)
{
    DatabaseOpener opener(databasePath(cl), cl.readOnly);
    open(opener, DatabaseOpener::Purpose::Read);
    ConversationOutputs &outputs = opener.services().outputs();
    SummaryOptions options;
    options.employeeCopy = cl.employeeCopy;
    options.includePrivateNotes = cl.includePrivate;
    options.managerName = Settings().managerName();
    options.managerRole = Settings().managerRole();
    if (!outputs.exists(*cl.conversationId))
        return fail(Headless::tr("there is no conversation %1 in %2")
                        .arg(*cl.conversationId)
                        .arg(opener.path()));
    QString error;
    const LanguageScope language(cl.language);
    options.locale = QLocale();
    if (!writeSummary(outputs.summary(*cl.conversationId, options), cl.output, options.locale,
                      &error))
        return fail(error);
    return 0;
}

// Read-only like `summary`: no lock is needed, the window may have the database open.
int ics(const CommandLine &cl)
{
    DatabaseOpener opener(databasePath(cl), false);
    open(opener, DatabaseOpener::Purpose::ReadExisting);
    const Settings settings;
    QString error;
    const std::optional<CalendarInvite> invite = opener.services().outputs().invite(
        *cl.conversationId, settings.inviteStartTime(), settings.inviteMinutes(), QLocale(), &error,
        settings.managerName(), settings.managerRole());
    if (!invite)
        return fail(error);
    const QByteArray text = IcsInvite::serialise(*invite, QDateTime::currentDateTimeUtc());
    if (cl.output == QLatin1String("-"))
        return writeToStandardOutput(text)
                   ? 0
                   : fail(Headless::tr("could not write to standard output"));
    if (!IcsInvite::write(text, cl.output, &error))
        return fail(error);
    return 0;
}

int handover(const CommandLine &cl)
{
    DatabaseOpener opener(databasePath(cl), false);
    open(opener, DatabaseOpener::Purpose::ReadExisting);
    const std::optional<Employee> employee = opener.services().employees().employee(*cl.employeeId);
    if (!employee)
        return fail(
            Headless::tr("there is no employee %1 in %2").arg(*cl.employeeId).arg(opener.path()));
    const LanguageScope language(cl.language);
    QString error;
    if (!opener.services().transfer().handOver(employee->id, cl.output, cl.includePrivate,
                                               Settings().managerName(), QLocale(), &error))
        return fail(error);
    out() << Headless::tr("Wrote the history of %1 to %2").arg(employee->name, cl.output)
          << Qt::endl;
    return 0;
}

} // namespace

int runHeadless(const CommandLine &cl)
{
    try {
        switch (cl.action) {
        case CommandLine::Action::Demo:
            return demo(cl);
        case CommandLine::Action::Check:
            return check(cl);
        case CommandLine::Action::Export:
            return exportData(cl);
        case CommandLine::Action::Import:
            return importData(cl);
        case CommandLine::Action::Summary:
            return summary(cl);
        case CommandLine::Action::Ics:
            return ics(cl);
        case CommandLine::Action::Handover:
            return handover(cl);
        case CommandLine::Action::ServerInit:
        case CommandLine::Action::ServerAddManager:
        case CommandLine::Action::ServerReassign:
        case CommandLine::Action::Move:
            return runServerCommand(cl);
        default:
            return fail(Headless::tr("not a command-line action"));
        }
    } catch (const Failure &e) {
        return fail(e.message());
    }
}

} // namespace dialoog
