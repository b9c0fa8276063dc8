#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace dialoog::bench {

// Floors measured through the raw sqlite3 API, with the pragmas Dialoog uses, so
// the app's figures can be read as a ratio on this machine.

// One INSERT + COMMIT of a note-sized row, `count` times, into a fresh database
// in `folder`. Milliseconds per commit.
std::vector<double> rawInsertCommitMs(const QString &folder, int count);

// The same notes as the app saves, each one INSERT + COMMIT into the same database
// (its note table, with the index and the search-index trigger its schema has).
// What SQLite itself must do for a note; the app's save is compared with this.
std::vector<double> rawInsertIntoMs(const QString &databasePath, qint64 conversationId, const QStringList &texts);

// The FTS5 query Search::find runs, without anything around it. Milliseconds per query.
std::vector<double> rawSearchMs(const QString &databasePath, const QString &matchExpression, int limit, int count);

} // namespace dialoog::bench
