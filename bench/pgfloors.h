#pragma once

#include <QString>
#include <memory>
#include <vector>

namespace dialoog::bench {

// Floors measured through raw libpq on the same server as the app's figures, as the same
// manager role (so row-level security and every trigger are in the floor too).

// A libpq connection string for `role` on `database` through the socket folder `host`.
struct PgAddress
{
    QString host;     // the socket folder
    QString database; // the database name
    QString role;

    // As Dialoog's --database takes it: postgresql://ROLE@/DATABASE?host=FOLDER.
    QString uri() const;
};

// One note at a time, each one BEGIN, a prepared INSERT and COMMIT into the note table of
// a database with the same tables, triggers (owner, id guard, search index) and policies
// as the app's: what PostgreSQL itself must do for a note.
class RawPgNoteInserter
{
public:
    RawPgNoteInserter(const PgAddress &address, qint64 conversationId);
    ~RawPgNoteInserter();
    RawPgNoteInserter(const RawPgNoteInserter &) = delete;
    RawPgNoteInserter &operator=(const RawPgNoteInserter &) = delete;

    double insertMs(const QString &text);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// The query Search::find runs on a server (the tsquery with its headlines, newest first),
// prepared once and run `count` times without anything around it. Milliseconds per query.
std::vector<double> rawPgSearchMs(const PgAddress &address, const QString &tsQuery, int limit,
                                  int count);

} // namespace dialoog::bench
