#pragma once

#include "store/connection.h"

#include <QHash>
#include <QString>
#include <string>

struct pg_conn;
struct pg_result;

namespace dialoog {

// A connection to a PostgreSQL server through libpq (RAII). Statements are prepared on
// the server once and kept (Database keeps them); what they change is noted here, so
// changes() and lastInsertId() work as on SQLite.
class PgConnection final : public Connection
{
public:
    // `address`: a URI or libpq key=value text; `password` only when the user typed one.
    PgConnection(const QString &address, const QString &password);
    ~PgConnection() override;
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    // The server as shown to the user: the address without a password in it.
    static QString displayName(const QString &address);
    // Whether the address (URI or key=value text, as libpq reads it) holds a password.
    static bool holdsPassword(const QString &address);
    // Why a password the user typed may not be sent over this connection, in plain words;
    // empty when it may. `options` are libpq's resolved connection options (host,
    // hostaddr, sslmode, channel_binding).
    static QString typedPasswordRisk(const QHash<QString, QString> &options);

    std::unique_ptr<PreparedStatement> prepare(std::string_view sql) override;
    void exec(std::string_view sql) override;
    void execQuietly(std::string_view sql) noexcept override;
    qint64 lastInsertId() const override { return m_lastInsertId; }
    int changes() const override { return m_changes; }
    bool inTransaction() const override;
    const Dialect &dialect() const override;
    void beginClose() noexcept override { m_closing = true; }
    int listenForChanges() override;
    std::vector<Announcement> takeAnnouncements() override;
    bool reconnect() override;
    bool isClosing() const { return m_closing; }

    pg_conn *handle() const { return m_conn; }
    // Runs a prepared statement; a BEGIN still waiting (exec) goes with it in one round
    // trip. The result is the statement's, to be checked and cleared by the caller.
    pg_result *execPrepared(const std::string &name, int count, const char *const *values);
    // Sends a waiting BEGIN on its own, before a command that cannot take it along.
    void sendWaitingBegin();
    // A name for the next statement prepared on this connection.
    std::string nextStatementName();
    // Notes what a finished command changed (and the id an INSERT ... RETURNING id gave).
    void noteResult(const pg_result *result);
    // Throws the StoreError for a failed command (`result` may be null); clears it.
    [[noreturn]] void fail(pg_result *result) const;

private:
    // Runs `sql` at once; throws StoreError when the server refuses it.
    void run(std::string_view sql);

    pg_conn *m_conn = nullptr;
    QString m_name;
    qint64 m_lastInsertId = 0;
    int m_changes = 0;
    int m_statements = 0;
    bool m_closing = false;
    bool m_listening = false;
    // A transaction's BEGIN not sent yet: it goes with the first statement in it.
    bool m_beginWaiting = false;
};

} // namespace dialoog
