// libFuzzer target for the JSON importer: whatever bytes arrive, importJson must either
// import them or refuse them with an ImportError, and a refusal must leave the store as
// it was; what it imports must survive Dialoog's own export and import unchanged.
// Anything else (a crash, a sanitizer report, another exception, a half import, a
// StoreError, which means the importer let through what the schema then refused, or a
// lossy round trip) aborts the run so libFuzzer keeps the input.
#include "store/jsonexport.h"
#include "store/jsonimport.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <cstdio>
#include <cstdlib>
#include <sqlite3.h>
#include <string>
#include <string_view>

using namespace dialoog;

namespace {

[[noreturn]] void finding(const char *what, const std::string &detail = {})
{
    std::fprintf(stderr, "importer_fuzzer: %s %s\n", what, detail.c_str());
    std::abort();
}

// A query for the rows of every table, summed: a refused import must not change it.
std::string rowCountQuery(Store &store)
{
    std::string sql = "SELECT 0";
    sqlite3_stmt *tables = nullptr;
    sqlite3_prepare_v2(
        store.database().handle(),
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'", -1,
        &tables, nullptr);
    while (sqlite3_step(tables) == SQLITE_ROW)
        sql += std::string(" + (SELECT count(*) FROM \"") +
               reinterpret_cast<const char *>(sqlite3_column_text(tables, 0)) + "\")";
    sqlite3_finalize(tables);
    return sql;
}

qint64 rowCount(Store &store, const std::string &query)
{
    sqlite3_stmt *count = nullptr;
    sqlite3_prepare_v2(store.database().handle(), query.c_str(), -1, &count, nullptr);
    const qint64 rows = sqlite3_step(count) == SQLITE_ROW ? sqlite3_column_int64(count, 0) : -1;
    sqlite3_finalize(count);
    return rows;
}

// One in-memory store per process, with the default question bank like a real one;
// after an import that went in, the untouched copy is written back over it with the
// backup API, which is far cheaper than migrating a new database for every input.
struct Fixture
{
    Store pristine{QString::fromLatin1(Database::memoryPath), Store::Open::CreateIfMissing};
    Store store{QString::fromLatin1(Database::memoryPath), Store::Open::CreateIfMissing};
    const std::string rowQuery = rowCountQuery(store);
    const qint64 rows = rowCount(store, rowQuery);

    void reset()
    {
        sqlite3_backup *backup = sqlite3_backup_init(store.database().handle(), "main",
                                                     pristine.database().handle(), "main");
        if (!backup || sqlite3_backup_step(backup, -1) != SQLITE_DONE)
            finding("could not reset the store");
        sqlite3_backup_finish(backup);
    }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static Fixture fixture;
    const std::string_view document(reinterpret_cast<const char *>(data), size);
    try {
        importJson(fixture.store, document);
    } catch (const ImportError &error) {
        if (error.message().isEmpty())
            finding("refused without a message");
        if (rowCount(fixture.store, fixture.rowQuery) != fixture.rows)
            finding("a refused import changed the store:", error.message().toStdString());
        return 0;
    } catch (const StoreError &error) {
        finding("the store refused what the importer accepted:", error.message().toStdString());
    }
    // Anything else thrown goes on to libFuzzer, which reports it as a crash.

    // What went in must come out: Dialoog's own export of it imports again, and gives
    // the same document once more.
    const ExportOptions everything{std::nullopt, true};
    const std::string exported = exportJson(fixture.store, everything);
    fixture.reset();
    try {
        importJson(fixture.store, exported);
    } catch (const std::exception &error) {
        finding("Dialoog's own export of an imported document was refused:", error.what());
    }
    if (exportJson(fixture.store, everything) != exported)
        finding("an imported document changed on its way through export and import");
    fixture.reset();
    return 0;
}
