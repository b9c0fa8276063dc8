#include "sqlitedialect.h"

#include "store/database.h"
#include "store/search.h"
#include "store/statement.h"

#include <QCoreApplication>

namespace dialoog {

// IMMEDIATE takes the write lock up front, so a busy database fails here,
// before any work is done, instead of halfway through.
std::string_view SqliteDialect::beginTransaction() const
{
    return "BEGIN IMMEDIATE";
}

int SqliteDialect::schemaVersion(Database &db) const
{
    Statement query(db, "PRAGMA user_version");
    return query.step() ? query.integer(0) : 0;
}

QStringList SqliteDialect::integrityProblems(Database &db) const
{
    QStringList problems;
    Statement integrity(db, "PRAGMA integrity_check");
    while (integrity.step()) {
        const QString line = integrity.text(0);
        if (line != QLatin1String("ok"))
            problems << line;
    }
    Statement foreignKeys(db, "PRAGMA foreign_key_check");
    while (foreignKeys.step())
        problems << QCoreApplication::translate("dialoog::Store",
                                                "A row in %1 points to a missing row in %2.")
                        .arg(foreignKeys.text(0), foreignKeys.text(2));
    return problems;
}

void SqliteDialect::purgeRemoved(Database &db) const
{
    // The search index keeps removed words in older segments until they are merged.
    Search(db).compact();
    // Nothing of the person may linger in the write-ahead log either.
    db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

} // namespace dialoog
