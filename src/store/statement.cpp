#include "statement.h"

#include "database.h"
#include "isotext.h"
#include "preparedstatement.h"

namespace dialoog {

Statement::Statement(Database &db, std::string_view sql)
    : m_db(db), m_sql(sql), m_stmt(db.take(sql))
{
}

Statement::~Statement()
{
    if (m_stmt)
        m_db.giveBack(m_sql, std::move(m_stmt));
}

Statement &Statement::bind(int index, qint64 value)
{
    m_stmt->bindInt64(index, value);
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    // Empty QStrings are stored as '' rather than NULL: text columns are NOT NULL.
    m_stmt->bindText(index, std::string_view(utf8.constData() ? utf8.constData() : "",
                                             std::size_t(utf8.size())));
    return *this;
}

Statement &Statement::bindUtf8(int index, std::string_view value)
{
    m_stmt->bindText(index, value);
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
    m_stmt->bindNull(index);
    return *this;
}

bool Statement::step()
{
    return m_stmt->step();
}

void Statement::run()
{
    while (step()) {
    }
    reset();
}

void Statement::reset()
{
    m_stmt->reset();
}

qint64 Statement::int64(int column) const
{
    return m_stmt->int64(column);
}

QString Statement::text(int column) const
{
    const std::string_view bytes = m_stmt->text(column);
    return QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
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
    return m_stmt->text(column);
}

bool Statement::isNull(int column) const
{
    return m_stmt->isNull(column);
}

} // namespace dialoog
