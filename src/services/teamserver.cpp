#include "services/teamserver.h"

#include "core/failure.h"
#include "store/database.h"
#include "store/postgres/serverroles.h"
#include "store/postgres/serversetup.h"

#include <QRegularExpression>
#include <memory>

namespace dialoog {
namespace {

std::unique_ptr<Database> connect(const QString &connection)
{
    if (!Database::isServerAddress(connection))
        throw Failure(TeamServer::tr("%1 is not a team server: name one as "
                                     "postgresql://host/database or service=NAME")
                          .arg(connection));
    return std::make_unique<Database>(Database::Server{connection, {}});
}

} // namespace

QString TeamServer::roleNameProblem(const QString &role)
{
    static const QRegularExpression plain(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    if (!plain.match(role).hasMatch())
        return tr("\"%1\" is not a role name Dialoog takes: use lower-case letters, digits and _, "
                  "starting with a letter, at most 63 characters")
            .arg(role);
    if (role.startsWith(QLatin1String("pg_")) || role.startsWith(QLatin1String("dialoog_")))
        return tr("\"%1\" is a name PostgreSQL or Dialoog keeps for itself").arg(role);
    return {};
}

ServerInitOutcome TeamServer::init()
{
    const std::unique_ptr<Database> db = connect(m_connection);
    const postgres::ServerInit done = postgres::initialiseServer(*db);
    return ServerInitOutcome{.fromVersion = done.fromVersion, .toVersion = done.toVersion};
}

void TeamServer::addManager(const QString &role, bool hr)
{
    if (const QString problem = roleNameProblem(role); !problem.isEmpty())
        throw Failure(problem);
    const std::unique_ptr<Database> db = connect(m_connection);
    postgres::addLoginRole(*db, role, hr ? postgres::TeamRole::Hr : postgres::TeamRole::Manager);
}

QString TeamServer::reassign(Id employee, const QString &toRole)
{
    const std::unique_ptr<Database> db = connect(m_connection);
    return postgres::reassign(*db, employee, toRole);
}

} // namespace dialoog
