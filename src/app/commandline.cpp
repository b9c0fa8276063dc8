#include "commandline.h"

#include <QCoreApplication>

namespace dialoog {
namespace {

CommandLine error(const QString &message)
{
    CommandLine result;
    result.action = CommandLine::Action::Error;
    result.text = message;
    return result;
}

} // namespace

QString CommandLine::usage()
{
    return tr(
        "Usage: dialoog [--database PATH]\n"
        "       dialoog COMMAND [OPTIONS]\n"
        "Prepare, hold and follow up development conversations.\n"
        "\n"
        "Without a command, Dialoog opens its window on the database.\n"
        "\n"
        "Commands (they need no display):\n"
        "  demo --database PATH         fill a database with fictional sample data\n"
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
        "\n"
        "Options:\n"
        "  --database PATH   the database file (default: %1)\n"
        "  --read-only       open the database without changing anything (window, check,\n"
        "                    export, summary); a file that may not be changed opens so too\n"
        "  --help            show this help and exit\n"
        "  --quit-after-first-paint\n"
        "                    open the window and quit once it has painted (for\n"
        "                    timing the start-up)\n"
        "  --version         show the version and exit\n"
        "\n"
        "demo and import create the database when it does not exist; check, export and\n"
        "handover refuse a missing file. Private notes are exported only with --include-private;\n"
        "the employee's copy of a summary leaves out everything that is the manager's alone.\n");
}

CommandLine CommandLine::parse(const QStringList &arguments)
{
    CommandLine result;
    QStringList rest = arguments.mid(1);
    const auto takeValue = [&rest](const QString &option, QString &target) -> bool {
        const int at = rest.indexOf(option);
        const QString prefix = option + QLatin1Char('=');
        for (int i = 0; i < rest.size(); ++i) {
            if (rest[i].startsWith(prefix)) {
                target = rest[i].mid(prefix.size());
                rest.removeAt(i);
                return true;
            }
        }
        if (at < 0)
            return true;
        if (at + 1 >= rest.size())
            return false;
        target = rest[at + 1];
        rest.remove(at, 2);
        return true;
    };
    const auto takeFlag = [&rest](const QString &flag) { return rest.removeAll(flag) > 0; };

    if (takeFlag(QStringLiteral("--help")) || takeFlag(QStringLiteral("-h"))) {
        result.action = Action::Help;
        result.text = usage();
        return result;
    }
    if (takeFlag(QStringLiteral("--version"))) {
        result.action = Action::Version;
        return result;
    }
    if (!takeValue(QStringLiteral("--database"), result.database))
        return error(tr("--database needs a path"));
    result.quitAfterFirstPaint = takeFlag(QStringLiteral("--quit-after-first-paint"));
    result.readOnly = takeFlag(QStringLiteral("--read-only"));

    // A positive id after `option`; returns the message for the user when it is not one.
    const auto takeId = [&takeValue](const QString &option, std::optional<qint64> &target,
                                     bool required, const QString &missing,
                                     const QString &notPositive) -> QString {
        QString value;
        if (!takeValue(option, value) || (required && value.isEmpty()))
            return missing;
        if (value.isEmpty())
            return {};
        bool ok = false;
        target = value.toLongLong(&ok);
        return ok && *target > 0 ? QString() : notPositive.arg(value);
    };
    const auto takeLanguage = [&takeValue, &result] {
        return takeValue(QStringLiteral("--language"), result.language) &&
               (result.language.isEmpty() || result.language == QLatin1String("en") ||
                result.language == QLatin1String("nl"));
    };

    QString command;
    if (!rest.isEmpty() && !rest.front().startsWith(QLatin1Char('-')))
        command = rest.takeFirst();

    if (command.isEmpty()) {
        result.action = Action::Gui;
    } else if (result.quitAfterFirstPaint) {
        return error(tr("--quit-after-first-paint is for the window, not for commands"));
    } else if (command == QLatin1String("demo")) {
        result.action = Action::Demo;
    } else if (command == QLatin1String("check")) {
        result.action = Action::Check;
    } else if (command == QLatin1String("export")) {
        result.action = Action::Export;
        if (!takeValue(QStringLiteral("--output"), result.output) || result.output.isEmpty())
            return error(tr("export needs --output FILE"));
        if (const QString problem = takeId(QStringLiteral("--employee"), result.employeeId, false,
                                           tr("--employee needs an id"),
                                           tr("--employee needs a positive number, not \"%1\""));
            !problem.isEmpty())
            return error(problem);
        result.includePrivate = takeFlag(QStringLiteral("--include-private"));
    } else if (command == QLatin1String("summary")) {
        result.action = Action::Summary;
        if (const QString problem =
                takeId(QStringLiteral("--conversation"), result.conversationId, true,
                       tr("summary needs --conversation ID"),
                       tr("--conversation needs a positive number, not \"%1\""));
            !problem.isEmpty())
            return error(problem);
        if (!takeValue(QStringLiteral("--output"), result.output) || result.output.isEmpty())
            return error(tr("summary needs --output FILE"));
        result.employeeCopy = takeFlag(QStringLiteral("--employee-copy"));
        if (!takeLanguage())
            return error(tr("--language takes en or nl"));
        result.includePrivate = takeFlag(QStringLiteral("--include-private"));
        if (result.employeeCopy && result.includePrivate)
            return error(tr("--employee-copy and --include-private exclude each other"));
    } else if (command == QLatin1String("ics")) {
        result.action = Action::Ics;
        if (const QString problem =
                takeId(QStringLiteral("--conversation"), result.conversationId, true,
                       tr("ics needs --conversation ID"),
                       tr("--conversation needs a positive number, not \"%1\""));
            !problem.isEmpty())
            return error(problem);
        if (!takeValue(QStringLiteral("--output"), result.output) || result.output.isEmpty())
            return error(tr("ics needs --output FILE"));
    } else if (command == QLatin1String("handover")) {
        result.action = Action::Handover;
        if (const QString problem = takeId(QStringLiteral("--employee"), result.employeeId, true,
                                           tr("handover needs --employee ID"),
                                           tr("--employee needs a positive number, not \"%1\""));
            !problem.isEmpty())
            return error(problem);
        if (!takeValue(QStringLiteral("--output"), result.output) || result.output.isEmpty())
            return error(tr("handover needs --output FILE"));
        if (!takeLanguage())
            return error(tr("--language takes en or nl"));
        result.includePrivate = takeFlag(QStringLiteral("--include-private"));
    } else if (command == QLatin1String("import")) {
        result.action = Action::Import;
        result.asNewPerson = takeFlag(QStringLiteral("--as-new-person"));
        if (rest.isEmpty() || rest.front().startsWith(QLatin1Char('-')))
            return error(tr("import needs the JSON file to read"));
        result.input = rest.takeFirst();
    } else {
        return error(tr("unknown command \"%1\"").arg(command));
    }
    if (!rest.isEmpty())
        return error(tr("unexpected argument \"%1\"").arg(rest.front()));
    if (result.readOnly && (result.action == Action::Demo || result.action == Action::Import))
        return error(
            tr("%1 changes the database and cannot be used with --read-only").arg(command));
    return result;
}

} // namespace dialoog
