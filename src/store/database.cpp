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
    case OpenMode::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
    case OpenMode::ReadWriteCreate: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    case OpenMode::ReadOnly: flags |= SQLITE_OPEN_READONLY; break;
    case OpenMode::ReadOnlyImmutable: flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI; break;
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

Database::~Database() { sqlite3_close_v2(m_db); }

void Database::exec(std::string_view sql)
{
    const std::string text(sql);
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        fail(rc);
}

qint64 Database::lastInsertId() const { return sqlite3_last_insert_rowid(m_db); }

int Database::changes() const { return sqlite3_changes(m_db); }

void Database::fail(int code) const
{
    throw StoreError::fromSqlite(code, QString::fromUtf8(sqlite3_errmsg(m_db)), m_path);
}

} // namespace dialoog
