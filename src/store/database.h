#pragma once

#include <QString>
#include <string>
#include <string_view>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace dialoog {

// One open SQLite connection (RAII). All other store classes borrow it.
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

    Database(const QString &path, OpenMode mode);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    static constexpr std::string_view memoryPath = ":memory:";

    // Runs one or more statements without parameters (schema, pragmas).
    void exec(std::string_view sql);
    qint64 lastInsertId() const;
    int changes() const;

    sqlite3 *handle() const { return m_db; }
    const QString &path() const { return m_path; }

    // Throws the StoreError for a failed call on this connection.
    [[noreturn]] void fail(int code) const;
    // Whether SQLite ever reported this file damaged on this connection.
    bool sawCorruption() const { return m_sawCorruption; }

    // Prepared statements are kept for reuse: a save runs the same few statements for
    // every row, and preparing them again each time costs more than running them.
    // take() hands out an idle statement for `sql` (or nullptr); giveBack() keeps a
    // reset statement, or finalizes it when one for that text is already kept.
    sqlite3_stmt *take(std::string_view sql);
    void giveBack(std::string_view sql, sqlite3_stmt *statement);

private:
    sqlite3 *m_db = nullptr;
    QString m_path;
    mutable bool m_sawCorruption = false;
    std::unordered_map<std::string, sqlite3_stmt *> m_idle;
};

} // namespace dialoog
