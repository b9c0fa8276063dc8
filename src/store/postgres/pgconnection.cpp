#include "pgconnection.h"

#include "libpq.h"
#include "pgdialect.h"
#include "pgstatement.h"
#include "store/storeerror.h"

#include <QRegularExpression>
#include <QUrl>
#include <cstdlib>
#include <cstring>

namespace dialoog {
namespace {

// The server's notices (NOTICE, WARNING) are for an administrator's psql, not for
// Dialoog's terminal or the person at the window.
void ignoreNotice(void *, const char *) {}

StoreError connectError(PGconn *conn, const QString &name)
{
    const QString detail = QString::fromUtf8(libpq().PQerrorMessage(conn)).trimmed();
    if (libpq().PQconnectionNeedsPassword(conn))
        return {StoreError::Kind::PasswordNeeded,
                QCoreApplication::translate("dialoog::StoreError",
                                            "The server %1 asks for your password.")
                    .arg(name)};
    if (libpq().PQconnectionUsedPassword(conn) && detail.contains(QLatin1String("password")))
        return {StoreError::Kind::PasswordNeeded,
                QCoreApplication::translate("dialoog::StoreError",
                                            "The server %1 did not accept the password.")
                    .arg(name)};
    if (detail.contains(QLatin1String("does not exist")) ||
        detail.contains(QLatin1String("no pg_hba.conf entry")) ||
        detail.contains(QLatin1String("authentication failed")))
        return {StoreError::Kind::AccessDenied,
                QCoreApplication::translate("dialoog::StoreError",
                                            "The server %1 refused the connection: %2")
                    .arg(name, detail)};
    return {
        StoreError::Kind::Unreachable,
        QCoreApplication::translate("dialoog::StoreError", "The server %1 cannot be reached: %2")
            .arg(name, detail)};
}

// The options libpq settles on for `conninfo`, with the environment and a service file
// taken in: a connection is started only to read them, and ended before any password.
QHash<QString, QString> resolvedOptions(const QByteArray &conninfo)
{
    const char *keys[] = {"dbname", nullptr};
    const char *values[] = {conninfo.constData(), nullptr};
    PGconn *conn = libpq().PQconnectStartParams(keys, values, 1);
    QHash<QString, QString> options;
    if (PQconninfoOption *all = conn ? libpq().PQconninfo(conn) : nullptr) {
        for (PQconninfoOption *option = all; option->keyword != nullptr; ++option)
            if (option->val != nullptr)
                options.insert(QString::fromUtf8(option->keyword), QString::fromUtf8(option->val));
        libpq().PQconninfoFree(all);
    }
    libpq().PQfinish(conn);
    return options;
}

void refuseUnsafePassword(const QByteArray &conninfo, const QString &name)
{
    const QString risk = PgConnection::typedPasswordRisk(resolvedOptions(conninfo));
    if (!risk.isEmpty())
        throw StoreError(StoreError::Kind::AccessDenied,
                         QCoreApplication::translate(
                             "dialoog::StoreError", "Dialoog does not send your password to %1: %2")
                             .arg(name, risk));
}

} // namespace

PgConnection::PgConnection(const QString &address, const QString &password)
    : m_name(displayName(address))
{
    const QByteArray conninfo = address.toUtf8();
    const QByteArray secret = password.toUtf8();
    if (!password.isEmpty())
        refuseUnsafePassword(conninfo, m_name);
    // dbname with expand_dbname takes the whole URI or key=value text; the password,
    // when given, comes after it and so wins over one in a service file. connect_timeout
    // comes before it, so an address may set its own: connecting again after a loss
    // (PQreset) waits at most this long for a server that does not answer, instead of the
    // system's minutes.
    const char *keys[] = {"connect_timeout", "dbname", "fallback_application_name",
                          password.isEmpty() ? nullptr : "password", nullptr};
    const char *values[] = {"10", conninfo.constData(), "dialoog", secret.constData(), nullptr};
    m_conn = libpq().PQconnectdbParams(keys, values, 1);
    if (libpq().PQstatus(m_conn) != CONNECTION_OK) {
        const StoreError error = connectError(m_conn, m_name);
        libpq().PQfinish(m_conn);
        m_conn = nullptr;
        throw error;
    }
    libpq().PQsetNoticeProcessor(m_conn, ignoreNotice, nullptr);
}

PgConnection::~PgConnection()
{
    libpq().PQfinish(m_conn);
}

QString PgConnection::displayName(const QString &address)
{
    if (address.contains(QLatin1String("://"))) {
        QUrl url(address);
        url.setPassword({});
        url.setQuery(QString());
        return url.toString();
    }
    static const QRegularExpression password(QStringLiteral(R"(\s*password\s*=\s*('[^']*'|\S*))"));
    return QString(address).remove(password).trimmed();
}

bool PgConnection::holdsPassword(const QString &address)
{
    // Asked while an address is typed: without libpq the connection is refused later,
    // with a message that says why.
    const LibPq *pq = loadedLibPq();
    PQconninfoOption *options =
        pq ? pq->PQconninfoParse(address.toUtf8().constData(), nullptr) : nullptr;
    // Text libpq cannot read is refused later anyway; until then, be careful with it.
    if (options == nullptr)
        return address.contains(QLatin1String("password"), Qt::CaseInsensitive);
    bool found = false;
    for (PQconninfoOption *option = options; option && option->keyword; ++option)
        found = found || (std::strcmp(option->keyword, "password") == 0 && option->val &&
                          *option->val != '\0');
    pq->PQconninfoFree(options);
    return found;
}

QString PgConnection::typedPasswordRisk(const QHash<QString, QString> &options)
{
    // The server proves it knows the password without it being sent (SCRAM bound to the
    // encrypted channel), or a certificate proves which server answers.
    const QString sslmode = options.value(QStringLiteral("sslmode"));
    if (options.value(QStringLiteral("channel_binding")) == QLatin1String("require") ||
        sslmode == QLatin1String("verify-full") || sslmode == QLatin1String("verify-ca"))
        return {};
    // A Unix socket never leaves this computer; no host at all means the default socket.
    bool local = options.value(QStringLiteral("hostaddr")).isEmpty();
    for (const QString &host : options.value(QStringLiteral("host")).split(QLatin1Char(',')))
        local = local && (host.isEmpty() || host.startsWith(QLatin1Char('/')) ||
                          host.startsWith(QLatin1Char('@')));
    if (local)
        return {};
    return QCoreApplication::translate(
        "dialoog::StoreError", "without a verified encrypted connection, whoever answers in the "
                               "server's place would receive it. Ask your administrator for an "
                               "address with sslmode=verify-full (or channel_binding=require).");
}

int PgConnection::listenForChanges()
{
    // The channel is the one migration 10's trigger names for rows this role owns; the
    // server computes it, so no role name is quoted here.
    sendWaitingBegin();
    PGresult *result = libpq().PQexec(m_conn, "SELECT 'dialoog_' || md5(current_user)");
    if (libpq().PQresultStatus(result) != PGRES_TUPLES_OK || libpq().PQntuples(result) != 1)
        fail(result);
    const std::string channel = libpq().PQgetvalue(result, 0, 0);
    libpq().PQclear(result);
    exec("LISTEN " + channel);
    m_listening = true;
    return libpq().PQsocket(m_conn);
}

std::vector<Announcement> PgConnection::takeAnnouncements()
{
    if (libpq().PQconsumeInput(m_conn) == 0 || libpq().PQstatus(m_conn) == CONNECTION_BAD)
        fail(nullptr);
    std::vector<Announcement> announcements;
    const int self = libpq().PQbackendPID(m_conn);
    while (PGnotify *notify = libpq().PQnotifies(m_conn)) {
        // Our own saves come back too; what this connection wrote, it knows already.
        const QString payload = QString::fromUtf8(notify->extra);
        const int from = notify->be_pid;
        libpq().PQfreemem(notify);
        const qsizetype colon = payload.indexOf(QLatin1Char(':'));
        if (from != self && colon > 0)
            announcements.push_back({payload.left(colon), payload.mid(colon + 1).toLongLong()});
    }
    return announcements;
}

bool PgConnection::reconnect()
{
    // PQreset connects again with the same options, a password typed once included, so
    // nobody is asked again; the old session's prepared statements are gone with it.
    libpq().PQreset(m_conn);
    m_closing = false;
    m_beginWaiting = false;
    if (libpq().PQstatus(m_conn) != CONNECTION_OK)
        return false;
    libpq().PQsetNoticeProcessor(m_conn, ignoreNotice, nullptr);
    if (m_listening) {
        try {
            listenForChanges();
        } catch (const StoreError &) {
            return false;
        }
    }
    return true;
}

std::unique_ptr<PreparedStatement> PgConnection::prepare(std::string_view sql)
{
    return std::make_unique<PgStatement>(*this, sql);
}

// A transaction's BEGIN waits to be sent with the first statement in it (execPrepared):
// a save then makes one round trip fewer. A transaction in which nothing was run ends
// without a word to the server.
void PgConnection::exec(std::string_view sql)
{
    if (sql == "BEGIN" && !inTransaction()) {
        m_beginWaiting = true;
        return;
    }
    if (m_beginWaiting && (sql == "COMMIT" || sql == "ROLLBACK")) {
        m_beginWaiting = false;
        return;
    }
    sendWaitingBegin();
    run(sql);
}

void PgConnection::run(std::string_view sql)
{
    PGresult *result = libpq().PQexec(m_conn, std::string(sql).c_str());
    const ExecStatusType status = libpq().PQresultStatus(result);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        fail(result);
    noteResult(result);
    libpq().PQclear(result);
}

void PgConnection::execQuietly(std::string_view sql) noexcept
{
    if (m_beginWaiting) {
        m_beginWaiting = false;
        if (sql == "ROLLBACK")
            return;
        libpq().PQclear(libpq().PQexec(m_conn, "BEGIN"));
    }
    libpq().PQclear(libpq().PQexec(m_conn, std::string(sql).c_str()));
}

void PgConnection::sendWaitingBegin()
{
    if (!m_beginWaiting)
        return;
    m_beginWaiting = false;
    run("BEGIN");
}

namespace {

// The next result of a pipeline: the command's, with the null that ends it consumed.
PGresult *nextResult(PGconn *conn)
{
    PGresult *result = libpq().PQgetResult(conn);
    if (result)
        while (PGresult *more = libpq().PQgetResult(conn))
            libpq().PQclear(more);
    return result;
}

} // namespace

PGresult *PgConnection::execPrepared(const std::string &name, int count, const char *const *values)
{
    if (!m_beginWaiting)
        return libpq().PQexecPrepared(m_conn, name.c_str(), count, values, nullptr, nullptr, 0);
    m_beginWaiting = false;
    // BEGIN and the statement in one pipeline: sent together, answered together.
    const bool sent =
        libpq().PQenterPipelineMode(m_conn) == 1 &&
        libpq().PQsendQueryParams(m_conn, "BEGIN", 0, nullptr, nullptr, nullptr, nullptr, 0) == 1 &&
        libpq().PQsendQueryPrepared(m_conn, name.c_str(), count, values, nullptr, nullptr, 0) ==
            1 &&
        libpq().PQpipelineSync(m_conn) == 1;
    PGresult *begin = sent ? nextResult(m_conn) : nullptr;
    PGresult *statement = sent ? nextResult(m_conn) : nullptr;
    PGresult *sync = sent ? libpq().PQgetResult(m_conn) : nullptr;
    const bool synced = libpq().PQresultStatus(sync) == PGRES_PIPELINE_SYNC;
    libpq().PQclear(sync);
    // Refused only with results left over, on a connection gone bad: reconnect() resets it.
    libpq().PQexitPipelineMode(m_conn);
    if (synced && libpq().PQresultStatus(begin) == PGRES_COMMAND_OK) {
        libpq().PQclear(begin);
        return statement;
    }
    libpq().PQclear(statement);
    if (libpq().PQresultStatus(begin) != PGRES_FATAL_ERROR) { // else libpq's own message says why
        libpq().PQclear(begin);
        begin = nullptr;
    }
    fail(begin);
}

bool PgConnection::inTransaction() const
{
    return m_beginWaiting || libpq().PQtransactionStatus(m_conn) != PQTRANS_IDLE;
}

const Dialect &PgConnection::dialect() const
{
    static const PgDialect postgres;
    return postgres;
}

std::string PgConnection::nextStatementName()
{
    return "dialoog_" + std::to_string(++m_statements);
}

void PgConnection::noteResult(const pg_result *result)
{
    const char *command = libpq().PQcmdStatus(const_cast<PGresult *>(result));
    const bool changing = std::strncmp(command, "INSERT", 6) == 0 ||
                          std::strncmp(command, "UPDATE", 6) == 0 ||
                          std::strncmp(command, "DELETE", 6) == 0;
    if (!changing)
        return;
    m_changes = std::atoi(libpq().PQcmdTuples(const_cast<PGresult *>(result)));
    if (std::strncmp(command, "INSERT", 6) == 0 && libpq().PQntuples(result) > 0 &&
        libpq().PQnfields(result) > 0 && std::strcmp(libpq().PQfname(result, 0), "id") == 0)
        m_lastInsertId = std::strtoll(libpq().PQgetvalue(result, 0, 0), nullptr, 10);
}

void PgConnection::fail(pg_result *result) const
{
    const char *state = result ? libpq().PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const QString detail = QString::fromUtf8(result ? libpq().PQresultErrorMessage(result)
                                                    : libpq().PQerrorMessage(m_conn))
                               .trimmed();
    const QByteArray code(state ? state : "");
    libpq().PQclear(result);
    // 08: the connection itself; 57P01-57P03: the server shutting down, restarting after a
    // crash, or not yet taking connections. An error without a SQLSTATE is libpq's own: the
    // server never answered (it went away while the command was sent). All pass when the
    // server is back.
    if (libpq().PQstatus(m_conn) == CONNECTION_BAD || code.isEmpty() || code.startsWith("08") ||
        code == "57P01" || code == "57P02" || code == "57P03")
        throw StoreError(StoreError::Kind::Unreachable,
                         QCoreApplication::translate("dialoog::StoreError",
                                                     "The connection to the server %1 was lost: %2")
                             .arg(m_name, detail));
    throw StoreError::fromPostgres(code, detail, m_name);
}

} // namespace dialoog
