#include "statement.h"

#include "database.h"
#include "isotext.h"

#include <sqlite3.h>

namespace dialoog {

Statement::Statement(Database &db, std::string_view sql)
    : m_db(db), m_sql(sql), m_stmt(db.take(sql))
{
    if (m_stmt)
        return;
    const int rc = sqlite3_prepare_v2(db.handle(), sql.data(), int(sql.size()), &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        db.fail(rc);
}

Statement::~Statement()
{
    if (m_stmt)
        m_db.giveBack(m_sql, m_stmt);
}

Statement &Statement::bind(int index, qint64 value)
{
    if (const int rc = sqlite3_bind_int64(m_stmt, index, value); rc != SQLITE_OK)
        m_db.fail(rc);
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    // Empty QStrings are stored as '' rather than NULL: text columns are NOT NULL.
    const int rc = sqlite3_bind_text(m_stmt, index, utf8.constData() ? utf8.constData() : "",
                                     int(utf8.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        m_db.fail(rc);
    return *this;
}

Statement &Statement::bindUtf8(int index, const std::string &value)
{
    const int rc =
        sqlite3_bind_text(m_stmt, index, value.c_str(), int(value.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        m_db.fail(rc);
    return *this;
}

Statement &Statement::bind(int index, const QDate &value)
{
    return value.isValid() ? bindUtf8(index, isotext::date(value)) : bindNull(index);
}

Statement &Statement::bind(int index, const QDateTime &value)
{
    return value.isValid() ? bindUtf8(index, isotext::dateTime(value)) : bindNull(index);
}

Statement &Statement::bindId(int index, qint64 id)
{
    return id == 0 ? bindNull(index) : bind(index, id);
}

Statement &Statement::bindNull(int index)
{
    if (const int rc = sqlite3_bind_null(m_stmt, index); rc != SQLITE_OK)
        m_db.fail(rc);
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    sqlite3_reset(m_stmt);
    m_db.fail(rc);
}

void Statement::run()
{
    while (step()) {
    }
    reset();
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QDate Statement::date(int column) const
{
    return isNull(column) ? QDate() : isotext::toDate(utf8(column));
}

QDateTime Statement::dateTime(int column) const
{
    return isNull(column) ? QDateTime() : isotext::toDateTime(utf8(column));
}

std::string_view Statement::utf8(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return data ? std::string_view(data, std::size_t(sqlite3_column_bytes(m_stmt, column)))
                : std::string_view();
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

} // namespace dialoog
