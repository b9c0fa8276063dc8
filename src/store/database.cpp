#include "database.h"

#include "storeerror.h"

#include <QUrl>
#include <sqlite3.h>
#include <string>

namespace dialoog {

Database::Database(const QString &path, OpenMode mode) : m_path(path)
{
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case OpenMode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case OpenMode::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    case OpenMode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case OpenMode::ReadOnlyImmutable:
        flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
        break;
    }
    const QByteArray file = mode == OpenMode::ReadOnlyImmutable
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

Database::~Database()
{
    for (const auto &[sql, statement] : m_idle)
        sqlite3_finalize(statement);
    sqlite3_close_v2(m_db);
}

sqlite3_stmt *Database::take(std::string_view sql)
{
    const auto found = m_idle.find(std::string(sql));
    if (found == m_idle.end())
        return nullptr;
    sqlite3_stmt *statement = found->second;
    m_idle.erase(found);
    return statement;
}

void Database::giveBack(std::string_view sql, sqlite3_stmt *statement)
{
    // Statements built from user input never reach here (values are bound), so the
    // number of distinct texts is small; the cap only guards against surprises.
    constexpr std::size_t maxIdle = 256;
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    if (m_idle.size() >= maxIdle || !m_idle.emplace(std::string(sql), statement).second)
        sqlite3_finalize(statement);
}

void Database::exec(std::string_view sql)
{
    const std::string text(sql);
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        fail(rc);
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

void Database::fail(int code) const
{
    if ((code & 0xff) == SQLITE_CORRUPT || (code & 0xff) == SQLITE_NOTADB)
        m_sawCorruption = true;
    throw StoreError::fromSqlite(code, QString::fromUtf8(sqlite3_errmsg(m_db)), m_path);
}

} // namespace dialoog
