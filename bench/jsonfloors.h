#pragma once

#include <QString>

namespace dialoog::bench {

// The floors of the JSON export and import: the same rows, through the raw sqlite3 API
// and nlohmann/json, without anything Dialoog does around them.

// Reads every row of every table the export holds, each as an object of its columns,
// and serialises them with nlohmann/json, indented as the export is. Milliseconds;
// `bytes` gets the document's size.
double rawExportMs(const QString &databasePath, std::size_t *bytes);

// Copies every row of those tables from `sourcePath` into `targetPath` (an empty Dialoog
// database: same schema, indexes and search index), one prepared INSERT per row, in one
// transaction, then indexes the searchable text in one statement per table (as the import
// does; row by row, FTS5 would write a segment per row). Milliseconds, COMMIT included.
double rawImportMs(const QString &sourcePath, const QString &targetPath);

} // namespace dialoog::bench
