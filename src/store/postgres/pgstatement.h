#pragma once

#include "store/preparedstatement.h"

#include <optional>
#include <string>
#include <vector>

struct pg_result;

namespace dialoog {

class PgConnection;

// A statement prepared on a PostgreSQL server (RAII). Parameters go as text, their types
// taken from where they are used; rows come back as text too.
class PgStatement final : public PreparedStatement
{
public:
    PgStatement(PgConnection &connection, std::string_view sql);
    ~PgStatement() override;
    PgStatement(const PgStatement &) = delete;
    PgStatement &operator=(const PgStatement &) = delete;

    // SQLite's ? and ?N parameters as PostgreSQL's $N, outside quotes; `count` is set to
    // the number of parameters.
    static std::string numberedParameters(std::string_view sql, int &count);

    void bindInt64(int index, qint64 value) override;
    void bindText(int index, std::string_view utf8) override;
    void bindNull(int index) override;
    bool step() override;
    void reset() override;
    qint64 int64(int column) const override;
    std::string_view text(int column) const override;
    bool isNull(int column) const override;

private:
    void execute();
    std::optional<std::string> &parameter(int index);

    PgConnection &m_connection;
    std::string m_name;
    std::vector<std::optional<std::string>> m_parameters;
    pg_result *m_result = nullptr;
    int m_row = -1;
};

} // namespace dialoog
