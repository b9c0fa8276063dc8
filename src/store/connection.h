#pragma once

#include <QtGlobal>
#include <memory>
#include <string_view>

namespace dialoog {

class Dialect;
class PreparedStatement;

// One open connection of a backend (SqliteConnection, PgConnection). Database owns one
// and keeps its prepared statements; failures throw StoreError.
class Connection
{
public:
    virtual ~Connection() = default;

    virtual std::unique_ptr<PreparedStatement> prepare(std::string_view sql) = 0;
    // Runs one or more statements without parameters.
    virtual void exec(std::string_view sql) = 0;
    // As exec(), for a rollback in a destructor: a failure is ignored.
    virtual void execQuietly(std::string_view sql) noexcept = 0;
    virtual qint64 lastInsertId() const = 0;
    // Rows changed by the last INSERT, UPDATE or DELETE.
    virtual int changes() const = 0;
    virtual bool inTransaction() const = 0;
    virtual const Dialect &dialect() const = 0;
    // The connection is about to close with its statements: they need no cleaning up.
    virtual void beginClose() noexcept {}
};

} // namespace dialoog
