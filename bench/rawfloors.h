#pragma once

#include <QString>

#include <vector>

namespace dialoog::bench {

// Floors measured through the raw sqlite3 API, with the pragmas Dialoog uses, so
// the app's figures can be read as a ratio on this machine.

// One INSERT + COMMIT of a note-sized row, `count` times, into a fresh database
// in `folder`. Milliseconds per commit.
std::vector<double> rawInsertCommitMs(const QString &folder, int count);

// The FTS5 query Search::find runs, without anything around it. Milliseconds per query.
std::vector<double> rawSearchMs(const QString &databasePath, const QString &matchExpression, int limit, int count);

} // namespace dialoog::bench
