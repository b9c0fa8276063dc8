#include "pgfloors.h"

#include "measure.h"
#include "store/postgres/pgsearch.h"

#include <QByteArray>
#include <QUrl>
#include <libpq-fe.h>
#include <regex>
#include <stdexcept>
#include <string>

namespace dialoog::bench {

namespace {

struct Connection
{
    PGconn *conn = nullptr;
    explicit Connection(const PgAddress &address)
    {
        const QByteArray host = address.host.toUtf8(), database = address.database.toUtf8(),
                         role = address.role.toUtf8();
        const char *keys[] = {"host", "dbname", "user", nullptr};
        const char *values[] = {host.constData(), database.constData(), role.constData(), nullptr};
        conn = PQconnectdbParams(keys, values, 0);
        if (PQstatus(conn) != CONNECTION_OK) {
            const std::string message = PQerrorMessage(conn);
            PQfinish(conn);
            throw std::runtime_error(message);
        }
    }
    ~Connection() { PQfinish(conn); }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    // Every result is checked and read: a floor that fails silently would flatter the app.
    void check(PGresult *result) const
    {
        const ExecStatusType status = PQresultStatus(result);
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
            const std::string message = PQresultErrorMessage(result);
            PQclear(result);
            throw std::runtime_error(message);
        }
    }
    void exec(const char *sql) const
    {
        PGresult *result = PQexec(conn, sql);
        check(result);
        PQclear(result);
    }
    void prepare(const char *name, const std::string &sql) const
    {
        PGresult *result = PQprepare(conn, name, sql.c_str(), 0, nullptr);
        check(result);
        PQclear(result);
    }
};

} // namespace

QString PgAddress::uri() const
{
    return QStringLiteral("postgresql://%1@/%2?host=%3")
        .arg(role, database, QString::fromUtf8(QUrl::toPercentEncoding(host)));
}

struct RawPgNoteInserter::Private
{
    Connection connection;
    QByteArray conversation;

    Private(const PgAddress &address, qint64 conversationId)
        : connection(address), conversation(QByteArray::number(conversationId))
    {
        connection.prepare("insert_note",
                           "INSERT INTO note (conversation_id, phase, created_at, text, private)"
                           " VALUES ($1, 'questions', '2026-11-26T10:00:00', $2, 0)");
    }
};

RawPgNoteInserter::RawPgNoteInserter(const PgAddress &address, qint64 conversationId)
    : d(std::make_unique<Private>(address, conversationId))
{
}

RawPgNoteInserter::~RawPgNoteInserter() = default;

double RawPgNoteInserter::insertMs(const QString &note)
{
    const QByteArray text = note.toUtf8();
    const char *values[] = {d->conversation.constData(), text.constData()};
    return timeMs([&] {
        d->connection.exec("BEGIN");
        d->connection.check(
            PQexecPrepared(d->connection.conn, "insert_note", 2, values, nullptr, nullptr, 0));
        d->connection.exec("COMMIT");
    });
}

std::vector<double> rawPgSearchMs(const PgAddress &address, const QString &tsQuery, int limit,
                                  int count)
{
    Connection c(address);
    // The app's statement, its ?N parameters written as libpq's $N.
    const std::string sql =
        std::regex_replace(std::string(postgres::searchSql()), std::regex(R"(\?(\d))"), "$$$1");
    c.prepare("search", sql);
    const QByteArray query = tsQuery.toUtf8(), limitText = QByteArray::number(limit);
    const char *values[] = {query.constData(), limitText.constData()};
    return samplesMs(count, [&] {
        PGresult *result = PQexecPrepared(c.conn, "search", 2, values, nullptr, nullptr, 0);
        c.check(result);
        // Read the columns, as the app does.
        for (int row = 0; row < PQntuples(result); ++row) {
            (void)std::strtoll(PQgetvalue(result, row, 0), nullptr, 10);
            (void)PQgetvalue(result, row, 1);
        }
        PQclear(result);
    });
}

} // namespace dialoog::bench
