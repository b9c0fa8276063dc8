#include "database.h"

#include "connection.h"
#include "dialect.h"
#include "postgres/pgconnection.h"
#include "preparedstatement.h"
#include "sqlite/sqliteconnection.h"
#include "storeerror.h"

#include <QRegularExpression>

namespace dialoog {

Database::Database(const QString &path, OpenMode mode) : m_path(path)
{
    auto sqlite = std::make_unique<SqliteConnection>(path, mode);
    m_sqlite = sqlite.get();
    m_connection = std::move(sqlite);
}

Database::Database(const Server &server)
    : m_connection(std::make_unique<PgConnection>(server.address, server.password)),
      m_path(PgConnection::displayName(server.address))
{
}

Database::~Database()
{
    m_connection->beginClose();
    m_idle.clear();
}

bool Database::isServerAddress(const QString &text)
{
    // URIs, and libpq's key=value form (service=NAME, host=... dbname=...).
    static const QRegularExpression server(QStringLiteral(R"(^(postgres(ql)?://|\s*[a-z_]+\s*=))"),
                                           QRegularExpression::CaseInsensitiveOption);
    return server.match(text).hasMatch();
}

bool Database::addressHoldsPassword(const QString &address)
{
    return PgConnection::holdsPassword(address);
}

std::unique_ptr<PreparedStatement> Database::take(std::string_view sql)
{
    const auto found = m_idle.find(std::string(sql));
    if (found == m_idle.end())
        return m_connection->prepare(sql);
    std::unique_ptr<PreparedStatement> statement = std::move(found->second);
    m_idle.erase(found);
    return statement;
}

void Database::giveBack(std::string_view sql, std::unique_ptr<PreparedStatement> statement)
{
    // Statements built from user input never reach here (values are bound), so the
    // number of distinct texts is small; the cap only guards against surprises.
    constexpr std::size_t maxIdle = 256;
    statement->reset();
    if (m_idle.size() < maxIdle)
        m_idle.emplace(std::string(sql), std::move(statement));
}

int Database::listenForChanges()
{
    return m_connection->listenForChanges();
}

std::vector<Announcement> Database::takeAnnouncements()
{
    return m_connection->takeAnnouncements();
}

bool Database::reconnect()
{
    // The kept statements were prepared in the lost session: dropped without a word to
    // the server, which has forgotten them.
    m_connection->beginClose();
    m_idle.clear();
    return m_connection->reconnect();
}

void Database::exec(std::string_view sql)
{
    m_connection->exec(sql);
}

void Database::execQuietly(std::string_view sql) noexcept
{
    m_connection->execQuietly(sql);
}

qint64 Database::lastInsertId() const
{
    return m_connection->lastInsertId();
}

int Database::changes() const
{
    return m_connection->changes();
}

bool Database::inTransaction() const
{
    return m_connection->inTransaction();
}

const Dialect &Database::dialect() const
{
    return m_connection->dialect();
}

bool Database::isServer() const
{
    return dialect().isServer();
}

sqlite3 *Database::handle() const
{
    return m_sqlite ? m_sqlite->handle() : nullptr;
}

void Database::fail(int code) const
{
    if (!m_sqlite)
        throw StoreError(StoreError::Kind::Other, QStringLiteral("not a SQLite database"));
    m_sqlite->fail(code);
}

bool Database::sawCorruption() const
{
    return m_sqlite && m_sqlite->sawCorruption();
}

void Database::maintainInBackground()
{
    if (m_sqlite)
        m_sqlite->maintainInBackground();
}

void Database::setIndexMerging(bool on)
{
    if (m_sqlite)
        m_sqlite->setIndexMerging(on);
}

bool Database::indexMerging() const
{
    return m_sqlite && m_sqlite->indexMerging();
}

} // namespace dialoog
