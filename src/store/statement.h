#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <memory>
#include <string>
#include <string_view>

namespace dialoog {

class Database;
class PreparedStatement;

// One prepared statement (RAII), on either backend. Parameters are always bound, never
// pasted into SQL; write them as ? or ?N (PostgreSQL's backend makes them $N).
// Columns and parameters are numbered as in SQL: parameters from 1, columns from 0.
class Statement final
{
public:
    Statement(Database &db, std::string_view sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, const QDate &value);     // NULL when invalid
    Statement &bind(int index, const QDateTime &value); // NULL when invalid
    Statement &bindId(int index, qint64 id);            // NULL when 0
    Statement &bindNull(int index);
    // Text that is UTF-8 already, such as another statement's column (utf8()).
    Statement &bindUtf8(int index, std::string_view value);

    // Steps once; true while a row is available.
    bool step();
    // Runs a statement that returns no rows.
    void run();
    void reset();

    qint64 int64(int column) const;
    int integer(int column) const { return int(int64(column)); }
    bool boolean(int column) const { return int64(column) != 0; }
    QString text(int column) const;
    QDate date(int column) const;
    QDateTime dateTime(int column) const;
    bool isNull(int column) const;

    // The column's text as the database holds it, valid until the next step.
    std::string_view utf8(int column) const;

private:
    Database &m_db;
    std::string m_sql;
    std::unique_ptr<PreparedStatement> m_stmt;
};

} // namespace dialoog
