#pragma once

#include <QString>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

struct sqlite3;

namespace dialoog {

class Connection;
struct Announcement;
class Dialect;
class PreparedStatement;
class SqliteConnection;

// One open connection (RAII): a SQLite file, or a PostgreSQL server shared by a team.
// All other store classes borrow it and need not know which of the two it is; where
// the SQL differs they ask dialect().
class Database final
{
public:
    // ReadOnlyImmutable: for a file in a folder nobody may write to, where SQLite could
    // not make the -shm file a WAL database needs even for reading.
    enum class OpenMode
    {
        ReadWrite,
        ReadWriteCreate,
        ReadOnly,
        ReadOnlyImmutable
    };

    // A PostgreSQL connection: a URI (postgresql://...) or libpq key=value text such as
    // service=NAME; a password only when the user typed one (never stored).
    struct Server
    {
        QString address;
        QString password;
    };

    Database(const QString &path, OpenMode mode);
    explicit Database(const Server &server);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    static constexpr std::string_view memoryPath = ":memory:";
    // Whether `text` names a PostgreSQL server rather than a file.
    static bool isServerAddress(const QString &text);
    // Whether a server address holds a password itself (as libpq reads the address).
    static bool addressHoldsPassword(const QString &address);

    // Runs one or more statements without parameters (schema, pragmas).
    void exec(std::string_view sql);
    // As exec(), ignoring a failure: for a rollback while an error is handled already.
    void execQuietly(std::string_view sql) noexcept;
    qint64 lastInsertId() const;
    int changes() const;
    bool inTransaction() const;

    const Dialect &dialect() const;
    bool isServer() const;
    // The SQLite connection, for what only a file can do (backups); nullptr on a server.
    sqlite3 *handle() const;
    // The file, or the server as shown to the user (without a password).
    const QString &path() const { return m_path; }

    // On a server: hears of changes other computers commit to this role's rows, through
    // the socket returned (-1 for a file: nobody else writes it). takeAnnouncements()
    // reads them and throws StoreError Unreachable when the connection is lost;
    // reconnect() connects again (false while the server is away), listening again.
    int listenForChanges();
    std::vector<Announcement> takeAnnouncements();
    bool reconnect();

    // Throws the StoreError for a failed SQLite call on this connection.
    [[noreturn]] void fail(int code) const;
    // Whether SQLite ever reported this file damaged on this connection.
    bool sawCorruption() const;
    // For a writable file: the write-ahead log's checkpoints on a thread of their own
    // from now on, so a save never waits for one. Nothing on a server.
    void maintainInBackground();
    // The search index's merging on that thread (a file maintained in the background
    // only): started while nobody takes notes, stopped at once when someone does.
    void setIndexMerging(bool on);
    bool indexMerging() const;

    // Prepared statements are kept for reuse: a save runs the same few statements for
    // every row, and preparing them again each time costs more than running them.
    // take() hands out an idle statement for `sql`, or prepares one; giveBack() keeps a
    // reset statement, or drops it when one for that text is already kept.
    std::unique_ptr<PreparedStatement> take(std::string_view sql);
    void giveBack(std::string_view sql, std::unique_ptr<PreparedStatement> statement);

private:
    std::unique_ptr<Connection> m_connection;
    SqliteConnection *m_sqlite = nullptr; // m_connection, when it is SQLite's
    QString m_path;
    // Declared after the connection, so the statements go before it.
    std::unordered_map<std::string, std::unique_ptr<PreparedStatement>> m_idle;
};

} // namespace dialoog
