#pragma once

#include "core/domainenums.h"

#include <QCoreApplication>
#include <QString>

namespace dialoog {

// What `dialoog server init` did: the data version before (0: a new server) and after.
struct ServerInitOutcome
{
    int fromVersion = 0;
    int toVersion = 0;
};

// The administrator's use cases on a team server (PostgreSQL): set it up or bring it up
// to date, add managers and HR, and hand an employee to another manager. Each call
// connects as the administrator named in `connection` (a URI or service=NAME) and
// throws Failure with a sentence for the user.
class TeamServer final
{
    Q_DECLARE_TR_FUNCTIONS(dialoog::TeamServer)

public:
    explicit TeamServer(QString connection) : m_connection(std::move(connection)) {}

    ServerInitOutcome init();
    // `hr`: a role that sees only the HR overview. No password is set here: the
    // administrator sets one with psql's \password, or pg_hba.conf needs none.
    void addManager(const QString &role, bool hr);
    // Returns the manager the employee had.
    QString reassign(Id employee, const QString &toRole);

    // The empty string when `role` may name a Dialoog login role, else why not: plain
    // lower-case names only, so the same name works in psql, pg_hba.conf and a URI.
    static QString roleNameProblem(const QString &role);

private:
    QString m_connection;
};

} // namespace dialoog
