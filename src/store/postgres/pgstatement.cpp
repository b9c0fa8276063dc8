#include "pgstatement.h"

#include "libpq.h"
#include "pgconnection.h"
#include "store/storeerror.h"

#include <cstdlib>

namespace dialoog {

PgStatement::PgStatement(PgConnection &connection, std::string_view sql)
    : m_connection(connection), m_name(connection.nextStatementName())
{
    int count = 0;
    const std::string text = numberedParameters(sql, count);
    m_parameters.resize(std::size_t(count));
    connection.sendWaitingBegin(); // a statement is prepared outside the pipeline
    PGresult *result =
        libpq().PQprepare(connection.handle(), m_name.c_str(), text.c_str(), 0, nullptr);
    if (libpq().PQresultStatus(result) != PGRES_COMMAND_OK)
        connection.fail(result);
    libpq().PQclear(result);
}

PgStatement::~PgStatement()
{
    libpq().PQclear(m_result);
    // A statement dropped from the cache leaves nothing behind on the server. Inside a
    // failed transaction this fails too, and the connection's end cleans up instead; at
    // the end the server drops them all at once.
    if (!m_connection.isClosing())
        m_connection.execQuietly("DEALLOCATE " + m_name);
}

std::string PgStatement::numberedParameters(std::string_view sql, int &count)
{
    std::string out;
    out.reserve(sql.size() + 8);
    int next = 0;
    count = 0;
    char quote = 0;
    for (std::size_t i = 0; i < sql.size(); ++i) {
        const char c = sql[i];
        if (quote) {
            quote = c == quote ? 0 : quote;
            out += c;
        } else if (c == '\'' || c == '"') {
            quote = c;
            out += c;
        } else if (c == '?') {
            std::size_t end = i + 1;
            while (end < sql.size() && sql[end] >= '0' && sql[end] <= '9')
                ++end;
            const int number = end > i + 1
                                   ? std::atoi(std::string(sql.substr(i + 1, end - i - 1)).c_str())
                                   : ++next;
            next = std::max(next, number);
            count = std::max(count, number);
            out += '$' + std::to_string(number);
            i = end - 1;
        } else {
            out += c;
        }
    }
    return out;
}

std::optional<std::string> &PgStatement::parameter(int index)
{
    if (index < 1 || std::size_t(index) > m_parameters.size())
        throw StoreError(StoreError::Kind::Other,
                         QStringLiteral("parameter %1 out of range").arg(index));
    return m_parameters[std::size_t(index - 1)];
}

void PgStatement::bindInt64(int index, qint64 value)
{
    parameter(index) = std::to_string(value);
}

void PgStatement::bindText(int index, std::string_view utf8)
{
    if (utf8.data())
        parameter(index) = std::string(utf8);
    else
        parameter(index).reset();
}

void PgStatement::bindNull(int index)
{
    parameter(index).reset();
}

void PgStatement::execute()
{
    std::vector<const char *> values;
    values.reserve(m_parameters.size());
    for (const std::optional<std::string> &value : m_parameters)
        values.push_back(value ? value->c_str() : nullptr);
    m_result = m_connection.execPrepared(m_name, int(values.size()), values.data());
    const ExecStatusType status = libpq().PQresultStatus(m_result);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        PGresult *failed = m_result;
        m_result = nullptr;
        m_connection.fail(failed);
    }
    m_connection.noteResult(m_result);
}

bool PgStatement::step()
{
    if (!m_result) {
        execute();
        m_row = 0;
    } else if (m_row < libpq().PQntuples(m_result)) {
        ++m_row;
    }
    return m_row < libpq().PQntuples(m_result);
}

void PgStatement::reset()
{
    libpq().PQclear(m_result);
    m_result = nullptr;
    m_row = -1;
    for (std::optional<std::string> &value : m_parameters)
        value.reset();
}

qint64 PgStatement::int64(int column) const
{
    const char *value = libpq().PQgetvalue(m_result, m_row, column);
    // A comparison in a SELECT comes back as PostgreSQL's boolean: t or f.
    if (value[0] == 't' && value[1] == 0)
        return 1;
    return std::strtoll(value, nullptr, 10);
}

std::string_view PgStatement::text(int column) const
{
    if (libpq().PQgetisnull(m_result, m_row, column))
        return {};
    return {libpq().PQgetvalue(m_result, m_row, column),
            std::size_t(libpq().PQgetlength(m_result, m_row, column))};
}

bool PgStatement::isNull(int column) const
{
    return libpq().PQgetisnull(m_result, m_row, column) != 0;
}

} // namespace dialoog
