#include "jsonfloors.h"

#include "measure.h"
#include "store/searchsources.h"

#include <QByteArray>
#include <nlohmann/json.hpp>
#include <sqlite3.h>
#include <stdexcept>
#include <string>
#include <vector>

namespace dialoog::bench {

namespace {

using Json = nlohmann::ordered_json;

struct Connection
{
    sqlite3 *db = nullptr;
    explicit Connection(const QString &path)
    {
        if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) !=
            SQLITE_OK)
            throw std::runtime_error(sqlite3_errmsg(db));
        exec("PRAGMA secure_delete = ON; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;"
             "PRAGMA foreign_keys = ON");
    }
    ~Connection() { sqlite3_close(db); }
    void exec(const std::string &sql) const
    {
        if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK)
            throw std::runtime_error(sqlite3_errmsg(db));
    }
    sqlite3_stmt *prepare(const std::string &sql) const
    {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr) != SQLITE_OK)
            throw std::runtime_error(sqlite3_errmsg(db));
        return statement;
    }
};

// The tables whose rows an export holds: all but the settings and the search index.
std::vector<std::string> dataTables(const Connection &c)
{
    sqlite3_stmt *list = c.prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' "
        "ESCAPE '\\' AND name NOT LIKE 'search\\_index%' ESCAPE '\\' AND name <> 'setting' "
        "ORDER BY rootpage");
    std::vector<std::string> tables;
    while (sqlite3_step(list) == SQLITE_ROW)
        tables.emplace_back(reinterpret_cast<const char *>(sqlite3_column_text(list, 0)));
    sqlite3_finalize(list);
    return tables;
}

Json value(sqlite3_stmt *row, int column)
{
    switch (sqlite3_column_type(row, column)) {
    case SQLITE_INTEGER:
        return sqlite3_column_int64(row, column);
    case SQLITE_FLOAT:
        return sqlite3_column_double(row, column);
    case SQLITE_NULL:
        return nullptr;
    default:
        return std::string(reinterpret_cast<const char *>(sqlite3_column_text(row, column)),
                           std::size_t(sqlite3_column_bytes(row, column)));
    }
}

void copyTable(const Connection &from, const Connection &to, const std::string &table)
{
    sqlite3_stmt *read = from.prepare("SELECT * FROM " + table);
    const int columns = sqlite3_column_count(read);
    std::string marks = "?";
    for (int i = 1; i < columns; ++i)
        marks += ", ?";
    sqlite3_stmt *insert = to.prepare("INSERT INTO " + table + " VALUES (" + marks + ")");
    while (sqlite3_step(read) == SQLITE_ROW) {
        for (int i = 0; i < columns; ++i)
            sqlite3_bind_value(insert, i + 1, sqlite3_column_value(read, i));
        if (sqlite3_step(insert) != SQLITE_DONE)
            throw std::runtime_error(sqlite3_errmsg(to.db));
        sqlite3_reset(insert);
    }
    sqlite3_finalize(insert);
    sqlite3_finalize(read);
}

} // namespace

double rawExportMs(const QString &databasePath, std::size_t *bytes)
{
    Connection c(databasePath);
    const std::vector<std::string> tables = dataTables(c);
    return timeMs([&] {
        Json doc;
        for (const std::string &table : tables) {
            sqlite3_stmt *read = c.prepare("SELECT * FROM " + table);
            const int columns = sqlite3_column_count(read);
            Json rows = Json::array();
            while (sqlite3_step(read) == SQLITE_ROW) {
                Json row;
                for (int i = 0; i < columns; ++i)
                    row[sqlite3_column_name(read, i)] = value(read, i);
                rows.push_back(std::move(row));
            }
            sqlite3_finalize(read);
            doc[table] = std::move(rows);
        }
        const std::string text = doc.dump(2) + "\n";
        *bytes = text.size();
    });
}

double rawImportMs(const QString &sourcePath, const QString &targetPath)
{
    const Connection from(sourcePath);
    const Connection to(targetPath);
    const std::vector<std::string> tables = dataTables(to);
    // Untimed: an empty database, without the per-row index triggers.
    to.exec("BEGIN");
    for (auto it = tables.rbegin(); it != tables.rend(); ++it)
        to.exec("DELETE FROM " + *it);
    for (const SearchSourceTable &s : searchSources)
        to.exec("DROP TRIGGER IF EXISTS " + std::string(s.table) + "_search_insert");
    to.exec("DROP TRIGGER IF EXISTS " + std::string(inboxSearchSource.table) + "_search_insert");
    to.exec("COMMIT");
    return timeMs([&] {
        to.exec("BEGIN IMMEDIATE");
        // Rows refer forward (an action item carried over from a later one): checked at
        // COMMIT, as the whole import is.
        to.exec("PRAGMA defer_foreign_keys = ON");
        for (const std::string &table : tables)
            copyTable(from, to, table);
        for (const SearchSourceTable &s : searchSources)
            to.exec(searchIndexFillSql(s));
        to.exec(searchIndexFillSql(inboxSearchSource));
        to.exec("COMMIT");
    });
}

} // namespace dialoog::bench
