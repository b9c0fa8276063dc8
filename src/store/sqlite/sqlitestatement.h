#pragma once

#include "store/preparedstatement.h"

struct sqlite3_stmt;

namespace dialoog {

class SqliteConnection;

// A prepared SQLite statement (RAII).
class SqliteStatement final : public PreparedStatement
{
public:
    SqliteStatement(const SqliteConnection &connection, sqlite3_stmt *statement);
    ~SqliteStatement() override;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    void bindInt64(int index, qint64 value) override;
    void bindText(int index, std::string_view utf8) override;
    void bindNull(int index) override;
    bool step() override;
    void reset() override;
    qint64 int64(int column) const override;
    std::string_view text(int column) const override;
    bool isNull(int column) const override;

private:
    const SqliteConnection &m_connection;
    sqlite3_stmt *m_stmt;
};

} // namespace dialoog
