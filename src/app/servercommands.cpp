#include "servercommands.h"

#include "console.h"
#include "core/failure.h"
#include "services/movetoserver.h"
#include "services/teamserver.h"

#include <QCoreApplication>
#include <QTextStream>

namespace dialoog {
namespace {

struct ServerCommands
{
    Q_DECLARE_TR_FUNCTIONS(dialoog::ServerCommands)
};

using console::fail;
using console::out;

int init(const CommandLine &cl)
{
    const ServerInitOutcome done = TeamServer(cl.database).init();
    if (done.fromVersion == 0)
        out()
            << ServerCommands::tr("Set up the team server at data version %1.").arg(done.toVersion);
    else if (done.fromVersion < done.toVersion)
        out() << ServerCommands::tr("Brought the team server from data version %1 to %2.")
                     .arg(done.fromVersion)
                     .arg(done.toVersion);
    else
        out() << ServerCommands::tr("The team server was up to date (data version %1).")
                     .arg(done.toVersion);
    out() << ' ' << ServerCommands::tr("Roles and access rules are in place.") << Qt::endl;
    return 0;
}

int addManager(const CommandLine &cl)
{
    TeamServer(cl.database).addManager(cl.role, cl.hr);
    out() << (cl.hr ? ServerCommands::tr("%1 can log in and sees the HR overview.")
                    : ServerCommands::tr("%1 can log in as a manager."))
                 .arg(cl.role)
          << ' '
          << ServerCommands::tr("Set a password in psql with \\password %1, or let "
                                "pg_hba.conf decide how they log in.")
                 .arg(cl.role)
          << Qt::endl;
    return 0;
}

int reassign(const CommandLine &cl)
{
    const QString from = TeamServer(cl.database).reassign(*cl.employeeId, cl.role);
    if (from == cl.role)
        out() << ServerCommands::tr("Employee %1 is %2's already; nothing changed.")
                     .arg(*cl.employeeId)
                     .arg(cl.role);
    else
        out() << ServerCommands::tr("Employee %1 and their history moved from %2 to %3.")
                     .arg(*cl.employeeId)
                     .arg(from, cl.role);
    out() << Qt::endl;
    return 0;
}

int move(const CommandLine &cl)
{
    const ImportOutcome outcome = moveToServer(cl.input, cl.target, console::lockWaitMs());
    if (outcome.result != ImportOutcome::Result::Done)
        return fail(ServerCommands::tr("%1: %2 (nothing was moved; the file is as it was)")
                        .arg(cl.input, outcome.message));
    out() << ServerCommands::tr("Moved %1 employees and %2 conversations onto the team server. "
                                "%3 is as it was: keep it as a copy, or remove it.")
                 .arg(outcome.employees)
                 .arg(outcome.conversations)
                 .arg(cl.input)
          << Qt::endl;
    return 0;
}

} // namespace

int runServerCommand(const CommandLine &cl)
{
    try {
        switch (cl.action) {
        case CommandLine::Action::ServerInit:
            return init(cl);
        case CommandLine::Action::ServerAddManager:
            return addManager(cl);
        case CommandLine::Action::ServerReassign:
            return reassign(cl);
        case CommandLine::Action::Move:
            return move(cl);
        default:
            return fail(ServerCommands::tr("not a team server command"));
        }
    } catch (const Failure &e) {
        return fail(e.message());
    }
}

} // namespace dialoog
