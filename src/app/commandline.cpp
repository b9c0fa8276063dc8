#include "commandline.h"

#include "services/databaseopener.h"

#include <QCoreApplication>
#include <QDir>

namespace dialoog {
namespace {

CommandLine error(const QString &message)
{
    CommandLine result;
    result.action = CommandLine::Action::Error;
    result.text = message;
    return result;
}

// The arguments not read yet. Each take removes what it read, so whatever is left at the
// end was not expected.
class Arguments final
{
public:
    explicit Arguments(QStringList arguments) : m_rest(std::move(arguments)) {}

    // "OPTION VALUE" or "OPTION=VALUE" into `target`; an absent option leaves it as it
    // is. False: the option is there without a value.
    bool takeValue(const QString &option, QString &target)
    {
        const int at = m_rest.indexOf(option);
        const QString prefix = option + QLatin1Char('=');
        for (int i = 0; i < m_rest.size(); ++i) {
            if (m_rest[i].startsWith(prefix)) {
                target = m_rest[i].mid(prefix.size());
                m_rest.removeAt(i);
                return true;
            }
        }
        if (at < 0)
            return true;
        if (at + 1 >= m_rest.size())
            return false;
        target = m_rest[at + 1];
        m_rest.remove(at, 2);
        return true;
    }

    bool takeFlag(const QString &flag) { return m_rest.removeAll(flag) > 0; }

    // A positive id after `option`; returns the message for the user when it is not one.
    QString takeId(const QString &option, std::optional<qint64> &target, bool required,
                   const QString &missing, const QString &notPositive)
    {
        QString value;
        if (!takeValue(option, value) || (required && value.isEmpty()))
            return missing;
        if (value.isEmpty())
            return {};
        bool ok = false;
        target = value.toLongLong(&ok);
        return ok && *target > 0 ? QString() : notPositive.arg(value);
    }

    // False: a language other than en or nl.
    bool takeLanguage(QString &target)
    {
        return takeValue(QStringLiteral("--language"), target) &&
               (target.isEmpty() || target == QLatin1String("en") || target == QLatin1String("nl"));
    }

    // Whether the next argument is no option: a command or a file.
    bool hasWord() const
    {
        return !m_rest.isEmpty() && !m_rest.front().startsWith(QLatin1Char('-'));
    }

    // The next argument when it is no option, else "".
    QString takeWord() { return hasWord() ? m_rest.takeFirst() : QString(); }

    const QStringList &unread() const { return m_rest; }

private:
    QStringList m_rest;
};

// Each command's options are read into `result`; what is returned is the message for
// the user when they are wrong, or "".
QString parseDemo(Arguments &arguments, CommandLine &result)
{
    result.action = CommandLine::Action::Demo;
    if (!arguments.takeLanguage(result.language))
        return CommandLine::tr("--language takes en or nl");
    return {};
}

QString parseExport(Arguments &arguments, CommandLine &result)
{
    result.action = CommandLine::Action::Export;
    if (!arguments.takeValue(QStringLiteral("--output"), result.output) || result.output.isEmpty())
        return CommandLine::tr("export needs --output FILE");
    if (const QString problem =
            arguments.takeId(QStringLiteral("--employee"), result.employeeId, false,
                             CommandLine::tr("--employee needs an id"),
                             CommandLine::tr("--employee needs a positive number, not \"%1\""));
        !problem.isEmpty())
        return problem;
    result.includePrivate = arguments.takeFlag(QStringLiteral("--include-private"));
    return {};
}

QString parseSummary(Arguments &arguments, CommandLine &result)
{
    result.action = CommandLine::Action::Summary;
    if (const QString problem =
            arguments.takeId(QStringLiteral("--conversation"), result.conversationId, true,
                             CommandLine::tr("summary needs --conversation ID"),
                             CommandLine::tr("--conversation needs a positive number, not \"%1\""));
        !problem.isEmpty())
        return problem;
    if (!arguments.takeValue(QStringLiteral("--output"), result.output) || result.output.isEmpty())
        return CommandLine::tr("summary needs --output FILE");
    result.employeeCopy = arguments.takeFlag(QStringLiteral("--employee-copy"));
    if (!arguments.takeLanguage(result.language))
        return CommandLine::tr("--language takes en or nl");
    result.includePrivate = arguments.takeFlag(QStringLiteral("--include-private"));
    if (result.employeeCopy && result.includePrivate)
        return CommandLine::tr("--employee-copy and --include-private exclude each other");
    return {};
}

QString parseIcs(Arguments &arguments, CommandLine &result)
{
    result.action = CommandLine::Action::Ics;
    if (const QString problem =
            arguments.takeId(QStringLiteral("--conversation"), result.conversationId, true,
                             CommandLine::tr("ics needs --conversation ID"),
                             CommandLine::tr("--conversation needs a positive number, not \"%1\""));
        !problem.isEmpty())
        return problem;
    if (!arguments.takeValue(QStringLiteral("--output"), result.output) || result.output.isEmpty())
        return CommandLine::tr("ics needs --output FILE");
    return {};
}

QString parseHandover(Arguments &arguments, CommandLine &result)
{
    result.action = CommandLine::Action::Handover;
    if (const QString problem =
            arguments.takeId(QStringLiteral("--employee"), result.employeeId, true,
                             CommandLine::tr("handover needs --employee ID"),
                             CommandLine::tr("--employee needs a positive number, not \"%1\""));
        !problem.isEmpty())
        return problem;
    if (!arguments.takeValue(QStringLiteral("--output"), result.output) || result.output.isEmpty())
        return CommandLine::tr("handover needs --output FILE");
    if (!arguments.takeLanguage(result.language))
        return CommandLine::tr("--language takes en or nl");
    result.includePrivate = arguments.takeFlag(QStringLiteral("--include-private"));
    return {};
}

QString parseImport(Arguments &arguments, CommandLine &result)
{
    result.action = CommandLine::Action::Import;
    result.asNewPerson = arguments.takeFlag(QStringLiteral("--as-new-person"));
    if (!arguments.hasWord())
        return CommandLine::tr("import needs the JSON file to read");
    result.input = arguments.takeWord();
    return {};
}

// The server commands are an administrator's: they always name the server.
QString parseServer(Arguments &arguments, CommandLine &result)
{
    if (result.database.isEmpty())
        return CommandLine::tr("server commands need --database and the server's connection");
    const QString command = arguments.takeWord();
    if (command == QLatin1String("init")) {
        result.action = CommandLine::Action::ServerInit;
        return {};
    }
    if (command == QLatin1String("add-manager")) {
        result.action = CommandLine::Action::ServerAddManager;
        result.hr = arguments.takeFlag(QStringLiteral("--hr"));
        result.role = arguments.takeWord();
        return result.role.isEmpty()
                   ? CommandLine::tr("server add-manager needs the role to create")
                   : QString();
    }
    if (command == QLatin1String("reassign")) {
        result.action = CommandLine::Action::ServerReassign;
        if (const QString problem =
                arguments.takeId(QStringLiteral("--employee"), result.employeeId, true,
                                 CommandLine::tr("server reassign needs --employee ID"),
                                 CommandLine::tr("--employee needs a positive number, not \"%1\""));
            !problem.isEmpty())
            return problem;
        if (!arguments.takeValue(QStringLiteral("--to"), result.role) || result.role.isEmpty())
            return CommandLine::tr("server reassign needs --to ROLE");
        return {};
    }
    if (command.isEmpty())
        return CommandLine::tr("server needs init, add-manager or reassign");
    return CommandLine::tr("unknown server command \"%1\"").arg(command);
}

QString parseMove(Arguments &arguments, CommandLine &result)
{
    result.action = CommandLine::Action::Move;
    if (!arguments.takeValue(QStringLiteral("--from"), result.input) || result.input.isEmpty())
        return CommandLine::tr("move needs --from FILE");
    if (!arguments.takeValue(QStringLiteral("--to"), result.target) || result.target.isEmpty())
        return CommandLine::tr("move needs --to and the server's connection");
    return {};
}

QString parseCommand(const QString &command, Arguments &arguments, CommandLine &result)
{
    if (command == QLatin1String("demo"))
        return parseDemo(arguments, result);
    else if (command == QLatin1String("check"))
        result.action = CommandLine::Action::Check;
    else if (command == QLatin1String("export"))
        return parseExport(arguments, result);
    else if (command == QLatin1String("summary"))
        return parseSummary(arguments, result);
    else if (command == QLatin1String("ics"))
        return parseIcs(arguments, result);
    else if (command == QLatin1String("handover"))
        return parseHandover(arguments, result);
    else if (command == QLatin1String("import"))
        return parseImport(arguments, result);
    else if (command == QLatin1String("server"))
        return parseServer(arguments, result);
    else if (command == QLatin1String("move"))
        return parseMove(arguments, result);
    else
        return CommandLine::tr("unknown command \"%1\"").arg(command);
    return {};
}

// The whole help text, one string for the translators (marked here, translated by usage()).
const char *const usageSource = QT_TRANSLATE_NOOP(
    "dialoog::CommandLine",
    "Usage: dialoog [--database PATH]\n"
    "       dialoog COMMAND [OPTIONS]\n"
    "Prepare, hold and follow up development conversations.\n"
    "\n"
    "Without a command, Dialoog opens its window on the database.\n"
    "\n"
    "Commands (they need no display):\n"
    "  demo --database PATH [--language en|nl]\n"
    "                               fill a database with fictional sample data, in\n"
    "                               Dutch or English as the interface is, unless\n"
    "                               --language chooses\n"
    "  export --database PATH --output FILE [--employee ID] [--include-private]\n"
    "                               write the data as JSON (FILE - for standard output)\n"
    "  import --database PATH FILE [--as-new-person]\n"
    "                               add the data of a JSON export or handover file, all\n"
    "                               or nothing; refused when someone in it has the name\n"
    "                               or email of someone already there, unless\n"
    "                               --as-new-person adds them as a separate person\n"
    "  handover --database PATH --employee ID --output FILE [--include-private]\n"
    "          [--language en|nl]\n"
    "                               write one employee's whole history as one file for\n"
    "                               the next manager: the JSON export with a PDF of all\n"
    "                               summaries inside (take it over with import)\n"
    "  check --database PATH        check a database: integrity, version, counts\n"
    "  summary --database PATH --conversation ID --output FILE [--employee-copy]\n"
    "          [--include-private] [--language en|nl]\n"
    "                               write a conversation's summary; FILE ends in\n"
    "                               .pdf, .html or .md\n"
    "  ics --database PATH --conversation ID --output FILE.ics\n"
    "                               write a calendar invite for the next\n"
    "                               conversation (FILE - for standard output)\n"
    "  move --from FILE --to SERVER\n"
    "                               move a local database onto the team server under\n"
    "                               your own role, all or nothing; the file is left\n"
    "                               as it was\n"
    "\n"
    "Team server commands (for the administrator; see docs/team-server.md):\n"
    "  server init --database SERVER\n"
    "                               create the roles, tables and access rules, or\n"
    "                               bring an older server up to date; safe to repeat\n"
    "  server add-manager --database SERVER ROLE [--hr]\n"
    "                               create a manager's login role (with --hr: one\n"
    "                               that sees only the HR overview); no password is\n"
    "                               stored, set one with psql's \\password\n"
    "  server reassign --database SERVER --employee ID --to ROLE\n"
    "                               hand an employee and their history to another\n"
    "                               manager; private notes stay their author's\n"
    "\n"
    "Options:\n"
    "  --database PATH   the database file (default: %1), or a team database on a\n"
    "                    PostgreSQL server: postgresql://HOST/NAME or service=NAME\n"
    "  --read-only       open the database without changing anything (window, check,\n"
    "                    export, summary); a file that may not be changed opens so too\n"
    "  --help            show this help and exit\n"
    "  --quit-after-first-paint\n"
    "                    open the window and quit once it has painted (for\n"
    "                    timing the start-up)\n"
    "  --quit-after-whole-list\n"
    "                    open the window, say when it has painted and quit once\n"
    "                    the whole employee list is shown too (for timing the\n"
    "                    start-up)\n"
    "  --version         show the version and exit\n"
    "\n"
    "demo and import create the database when it does not exist; check, export and\n"
    "handover refuse a missing file. Private notes are exported only with --include-private;\n"
    "the employee's copy of a summary leaves out everything that is the manager's alone.\n");

} // namespace

QString CommandLine::usage()
{
    const QString text = tr(usageSource);
    // The default depends on the user (home, XDG_DATA_HOME), so the translations keep a %1.
    return text.arg(QDir::toNativeSeparators(DatabaseOpener::defaultPath()));
}

CommandLine CommandLine::parse(const QStringList &arguments)
{
    CommandLine result;
    Arguments rest(arguments.mid(1));
    if (rest.takeFlag(QStringLiteral("--help")) || rest.takeFlag(QStringLiteral("-h"))) {
        result.action = Action::Help;
        result.text = usage();
        return result;
    }
    if (rest.takeFlag(QStringLiteral("--version"))) {
        result.action = Action::Version;
        return result;
    }
    if (!rest.takeValue(QStringLiteral("--database"), result.database))
        return error(tr("--database needs a path"));
    result.quitAfterFirstPaint = rest.takeFlag(QStringLiteral("--quit-after-first-paint"));
    result.quitAfterWholeList = rest.takeFlag(QStringLiteral("--quit-after-whole-list"));
    result.readOnly = rest.takeFlag(QStringLiteral("--read-only"));

    const QString command = rest.takeWord();
    if (command.isEmpty())
        result.action = Action::Gui;
    else if (result.quitAfterFirstPaint)
        return error(tr("--quit-after-first-paint is for the window, not for commands"));
    else if (result.quitAfterWholeList)
        return error(tr("--quit-after-whole-list is for the window, not for commands"));
    else if (const QString problem = parseCommand(command, rest, result); !problem.isEmpty())
        return error(problem);
    if (!rest.unread().isEmpty())
        return error(tr("unexpected argument \"%1\"").arg(rest.unread().front()));
    if (result.readOnly && (result.action == Action::Demo || result.action == Action::Import))
        return error(
            tr("%1 changes the database and cannot be used with --read-only").arg(command));
    return result;
}

} // namespace dialoog
