#pragma once
// The tests' own way onto the throw-away PostgreSQL cluster (scripts/pg-cluster): raw
// libpq, independent of the store's connection, so a test can act as any role and say
// exactly what it sends. Each ScratchServer is a new database with its own roles,
// removed at the end.

#include <QString>
#include <QUrl>
#include <atomic>
#include <catch2/catch.hpp>
#include <libpq-fe.h>
#include <memory>
#include <stdexcept>
#include <string>
#include <unistd.h>
#include <vector>

namespace dialoog::test {

// The cluster's socket folder and superuser. A missing cluster fails the test; it never
// skips, so a run without PostgreSQL cannot pass for one that tested it.
inline std::string pgEnvironment(const char *name)
{
    const char *value = std::getenv(name);
    if (value == nullptr || *value == '\0')
        FAIL(name << " is not set: these tests need a PostgreSQL cluster. Start one with "
                     "eval \"$(scripts/pg-cluster start)\" (scripts/test does it for its run).");
    return value;
}

inline std::string pgHost()
{
    return pgEnvironment("DIALOOG_TEST_PGHOST");
}

inline std::string pgAdmin()
{
    return pgEnvironment("DIALOOG_TEST_PGADMIN");
}

// A refused statement: the server's SQLSTATE ("42501" insufficient privilege, "42P01"
// no such table, ...) and its message.
struct PgError : std::runtime_error
{
    PgError(std::string state, const std::string &message)
        : std::runtime_error(message), sqlState(std::move(state))
    {
    }
    std::string sqlState;
};

using Rows = std::vector<std::vector<std::string>>;

class PgConnection final
{
public:
    PgConnection(const std::string &database, const std::string &role)
    {
        const char *keys[] = {"host", "dbname", "user", nullptr};
        const std::string host = pgHost();
        const char *values[] = {host.c_str(), database.c_str(), role.c_str(), nullptr};
        m_conn = PQconnectdbParams(keys, values, 0);
        if (PQstatus(m_conn) != CONNECTION_OK) {
            const std::string message = PQerrorMessage(m_conn);
            PQfinish(m_conn);
            m_conn = nullptr;
            throw PgError("08000", message);
        }
    }
    ~PgConnection() { PQfinish(m_conn); }
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    // Runs one statement with text parameters (or several without); the rows as text,
    // "" for NULL. Throws PgError when the server refuses.
    Rows exec(const std::string &sql, const std::vector<std::string> &parameters = {})
    {
        std::vector<const char *> values;
        for (const std::string &p : parameters)
            values.push_back(p.c_str());
        PGresult *result = parameters.empty()
                               ? PQexec(m_conn, sql.c_str())
                               : PQexecParams(m_conn, sql.c_str(), int(values.size()), nullptr,
                                              values.data(), nullptr, nullptr, 0);
        const std::unique_ptr<PGresult, void (*)(PGresult *)> owned(result, PQclear);
        const ExecStatusType status = PQresultStatus(result);
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
            const char *state = PQresultErrorField(result, PG_DIAG_SQLSTATE);
            throw PgError(state ? state : "", PQresultErrorMessage(result));
        }
        m_affected = *PQcmdTuples(result) ? std::stoi(PQcmdTuples(result)) : 0;
        Rows rows;
        for (int r = 0; r < PQntuples(result); ++r) {
            rows.emplace_back();
            for (int c = 0; c < PQnfields(result); ++c)
                rows.back().emplace_back(PQgetvalue(result, r, c));
        }
        return rows;
    }

    // The one value of a one-row, one-column query.
    std::string value(const std::string &sql, const std::vector<std::string> &parameters = {})
    {
        const Rows rows = exec(sql, parameters);
        REQUIRE(rows.size() == 1);
        REQUIRE(rows[0].size() == 1);
        return rows[0][0];
    }

    // Rows the last INSERT, UPDATE or DELETE touched.
    int affected() const { return m_affected; }

private:
    PGconn *m_conn = nullptr;
    int m_affected = 0;
};

// A new, empty database on the cluster, and the login roles a test makes for it; all
// removed again at the end (roles belong to the whole cluster).
class ScratchServer final
{
public:
    ScratchServer()
    {
        static std::atomic<int> counter{0};
        m_prefix = "t" + std::to_string(getpid()) + "_" + std::to_string(++counter);
        m_database = "dialoog_" + m_prefix;
        PgConnection(postgresDatabase(), pgAdmin()).exec("CREATE DATABASE " + m_database);
    }
    ~ScratchServer()
    {
        try {
            PgConnection admin(postgresDatabase(), pgAdmin());
            admin.exec("DROP DATABASE IF EXISTS " + m_database + " WITH (FORCE)");
            for (const std::string &role : m_roles)
                admin.exec("DROP ROLE IF EXISTS " + role);
        } catch (...) { // NOLINT(bugprone-empty-catch): the cluster goes at the end of the run
        }
    }
    ScratchServer(const ScratchServer &) = delete;
    ScratchServer &operator=(const ScratchServer &) = delete;

    const std::string &database() const { return m_database; }

    // A role name unique to this database, to be removed with it.
    std::string roleName(const std::string &name)
    {
        m_roles.push_back(m_prefix + "_" + name);
        return m_roles.back();
    }

    // As Dialoog's --database takes it: postgresql://ROLE@/DATABASE?host=SOCKETFOLDER.
    QString uri(const std::string &role) const
    {
        return QStringLiteral("postgresql://%1@/%2?host=%3")
            .arg(QString::fromStdString(role), QString::fromStdString(m_database),
                 QString::fromUtf8(QUrl::toPercentEncoding(QString::fromStdString(pgHost()))));
    }
    QString adminUri() const { return uri(pgAdmin()); }

    PgConnection connect(const std::string &role) const { return {m_database, role}; }
    PgConnection admin() const { return {m_database, pgAdmin()}; }

private:
    static std::string postgresDatabase() { return "postgres"; }

    std::string m_prefix;
    std::string m_database;
    std::vector<std::string> m_roles;
};

} // namespace dialoog::test
