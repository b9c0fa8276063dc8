#pragma once

#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

namespace dialoog::bench {

// Floors measured through the raw sqlite3 API, with the pragmas Dialoog uses, so
// the app's figures can be read as a ratio on this machine.

// One INSERT + COMMIT of a note-sized row, `count` times, into a fresh database
// in `folder`. Milliseconds per commit.
std::vector<double> rawInsertCommitMs(const QString &folder, int count);

// One note at a time, each one INSERT + COMMIT into the same database as the app
// (its note table, with the index and the search-index trigger its schema has): what
// SQLite itself must do for a note. The app's save is compared with this, sample by
// sample in turn, so that a machine growing warmer or busier weighs on both alike.
class RawNoteInserter
{
public:
    RawNoteInserter(const QString &databasePath, qint64 conversationId);
    ~RawNoteInserter();
    RawNoteInserter(const RawNoteInserter &) = delete;
    RawNoteInserter &operator=(const RawNoteInserter &) = delete;

    double insertMs(const QString &text);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// The FTS5 query Search::find runs, without anything around it. Milliseconds per query.
std::vector<double> rawSearchMs(const QString &databasePath, const QString &matchExpression,
                                int limit, int count);

} // namespace dialoog::bench
