#include "sqliteconnection.h"

#include "backgroundmaintenance.h"
#include "sqlitedialect.h"
#include "sqlitestatement.h"
#include "store/storeerror.h"

#include <QUrl>
#include <sqlite3.h>
#include <string>

namespace dialoog {

SqliteConnection::SqliteConnection(const QString &path, Database::OpenMode mode) : m_path(path)
{
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Database::OpenMode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Database::OpenMode::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    case Database::OpenMode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Database::OpenMode::ReadOnlyImmutable:
        flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
        break;
    }
    const QByteArray file = mode == Database::OpenMode::ReadOnlyImmutable
                                ? "file:" + QUrl::toPercentEncoding(path, "/") + "?immutable=1"
                                : path.toUtf8();
    const int rc = sqlite3_open_v2(file.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString detail = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        throw StoreError::fromSqlite(rc, detail, path);
    }
    sqlite3_extended_result_codes(m_db, 1);
}

SqliteConnection::~SqliteConnection()
{
    // Stopped first, so this connection's close is the last and checkpoints the rest.
    m_maintenance.reset();
    sqlite3_close_v2(m_db);
}

void SqliteConnection::maintainInBackground()
{
    if (!m_maintenance)
        m_maintenance = std::make_unique<BackgroundMaintenance>(m_path, m_db);
}

void SqliteConnection::setIndexMerging(bool on)
{
    if (!m_maintenance)
        return;
    if (on)
        m_maintenance->startMerging();
    else
        m_maintenance->stopMerging();
}

bool SqliteConnection::indexMerging() const
{
    return m_maintenance && m_maintenance->merging();
}

std::unique_ptr<PreparedStatement> SqliteConnection::prepare(std::string_view sql)
{
    sqlite3_stmt *statement = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, sql.data(), int(sql.size()), &statement, nullptr);
    if (rc != SQLITE_OK)
        fail(rc);
    return std::make_unique<SqliteStatement>(*this, statement);
}

void SqliteConnection::exec(std::string_view sql)
{
    const std::string text(sql);
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        fail(rc);
}

void SqliteConnection::execQuietly(std::string_view sql) noexcept
{
    const std::string text(sql);
    sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, nullptr);
}

qint64 SqliteConnection::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int SqliteConnection::changes() const
{
    return sqlite3_changes(m_db);
}

bool SqliteConnection::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

const Dialect &SqliteConnection::dialect() const
{
    static const SqliteDialect sqlite;
    return sqlite;
}

void SqliteConnection::fail(int code) const
{
    if ((code & 0xff) == SQLITE_CORRUPT || (code & 0xff) == SQLITE_NOTADB)
        m_sawCorruption = true;
    throw StoreError::fromSqlite(code, QString::fromUtf8(sqlite3_errmsg(m_db)), m_path);
}

} // namespace dialoog
