#pragma once

#include <QString>
#include <QtGlobal>
#include <memory>
#include <string_view>
#include <vector>

namespace dialoog {

class Dialect;
class PreparedStatement;

// A change another computer committed on the server: the table and the row's id, nothing
// of its content (the server announces it; pgschema.cpp, migration 10).
struct Announcement
{
    QString table;
    qint64 id = 0;
    bool operator==(const Announcement &) const = default;
};

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

    // Only a server has other computers to hear from, and a connection that can drop;
    // a file answers -1, nothing and false.
    // Starts hearing of changes to this role's rows; the socket to watch for them.
    virtual int listenForChanges() { return -1; }
    // The changes announced since the last call. Throws StoreError Unreachable when the
    // connection is lost.
    virtual std::vector<Announcement> takeAnnouncements() { return {}; }
    // Connects again after a loss (listening again if it did); false while the server
    // cannot be reached.
    virtual bool reconnect() { return false; }
};

} // namespace dialoog
