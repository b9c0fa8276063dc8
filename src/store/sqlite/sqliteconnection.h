#pragma once

#include "store/connection.h"
#include "store/database.h"

#include <QString>
#include <memory>

struct sqlite3;

namespace dialoog {

class BackgroundMaintenance;

// A connection to a SQLite file (RAII).
class SqliteConnection final : public Connection
{
public:
    SqliteConnection(const QString &path, Database::OpenMode mode);
    ~SqliteConnection() override;
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    std::unique_ptr<PreparedStatement> prepare(std::string_view sql) override;
    void exec(std::string_view sql) override;
    void execQuietly(std::string_view sql) noexcept override;
    qint64 lastInsertId() const override;
    int changes() const override;
    bool inTransaction() const override;
    const Dialect &dialect() const override;

    sqlite3 *handle() const { return m_db; }
    // Throws the StoreError for a failed call on this connection.
    [[noreturn]] void fail(int code) const;
    // Whether SQLite ever reported this file damaged on this connection.
    bool sawCorruption() const { return m_sawCorruption; }
    // Checkpoints from now on on a thread of their own, out of this connection's
    // commits (a writable file in WAL mode only).
    void maintainInBackground();
    // The search index merged on that thread until done or stopped (see there).
    void setIndexMerging(bool on);
    bool indexMerging() const;

private:
    sqlite3 *m_db = nullptr;
    QString m_path;
    mutable bool m_sawCorruption = false;
    std::unique_ptr<BackgroundMaintenance> m_maintenance;
};

} // namespace dialoog
