#include "rawfloors.h"

#include "measure.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <sqlite3.h>
#include <stdexcept>

namespace dialoog::bench {

namespace {

void check(int rc, sqlite3 *db)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
        throw std::runtime_error(sqlite3_errmsg(db));
}

void exec(sqlite3 *db, const char *sql)
{
    check(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), db);
}

struct Connection
{
    sqlite3 *db = nullptr;
    explicit Connection(const QString &path)
    {
        check(sqlite3_open_v2(path.toUtf8().constData(), &db,
                              SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr),
              db);
        exec(db, "PRAGMA secure_delete = ON; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;"
                 "PRAGMA foreign_keys = ON");
    }
    ~Connection() { sqlite3_close(db); }
};

} // namespace

std::vector<double> rawInsertCommitMs(const QString &folder, int count)
{
    const QString path = QDir(folder).filePath(QStringLiteral("floor.sqlite"));
    QFile::remove(path);
    Connection c(path);
    exec(c.db, "CREATE TABLE note (id INTEGER PRIMARY KEY, conversation_id INTEGER, phase TEXT, "
               "created_at TEXT,"
               " text TEXT, private INTEGER)");
    sqlite3_stmt *insert = nullptr;
    check(sqlite3_prepare_v2(c.db,
                             "INSERT INTO note (conversation_id, phase, created_at, text, private)"
                             " VALUES (1, 'questions', '2026-11-26T10:00:00', ?1, 0)",
                             -1, &insert, nullptr),
          c.db);
    const QByteArray text =
        QByteArrayLiteral("Wil graag een cursus presenteren volgen, vóór de zomer.");
    std::vector<double> samples = samplesMs(count, [&] {
        exec(c.db, "BEGIN");
        sqlite3_bind_text(insert, 1, text.constData(), int(text.size()), SQLITE_STATIC);
        check(sqlite3_step(insert), c.db);
        sqlite3_reset(insert);
        exec(c.db, "COMMIT");
    });
    sqlite3_finalize(insert);
    return samples;
}

struct RawNoteInserter::Private
{
    Connection connection;
    sqlite3_stmt *insert = nullptr;
    qint64 conversationId;

    Private(const QString &path, qint64 conversation)
        : connection(path), conversationId(conversation)
    {
        check(sqlite3_prepare_v2(
                  connection.db,
                  "INSERT INTO note (conversation_id, phase, created_at, text, private)"
                  " VALUES (?1, 'questions', '2026-11-26T10:00:00', ?2, 0)",
                  -1, &insert, nullptr),
              connection.db);
    }
    ~Private() { sqlite3_finalize(insert); }
};

RawNoteInserter::RawNoteInserter(const QString &databasePath, qint64 conversationId)
    : d(std::make_unique<Private>(databasePath, conversationId))
{
}

RawNoteInserter::~RawNoteInserter() = default;

double RawNoteInserter::insertMs(const QString &note)
{
    const QByteArray text = note.toUtf8();
    return timeMs([&] {
        exec(d->connection.db, "BEGIN");
        sqlite3_bind_int64(d->insert, 1, d->conversationId);
        sqlite3_bind_text(d->insert, 2, text.constData(), int(text.size()), SQLITE_STATIC);
        check(sqlite3_step(d->insert), d->connection.db);
        sqlite3_reset(d->insert);
        exec(d->connection.db, "COMMIT");
    });
}

std::vector<double> rawSearchMs(const QString &databasePath, const QString &matchExpression,
                                int limit, int count)
{
    Connection c(databasePath);
    sqlite3_stmt *query = nullptr;
    check(sqlite3_prepare_v2(
              c.db,
              "SELECT rowid, snippet(search_index, 0, char(2), char(3), '…', 16) FROM search_index"
              " WHERE search_index MATCH ?1 ORDER BY rowid DESC LIMIT ?2",
              -1, &query, nullptr),
          c.db);
    const QByteArray match = matchExpression.toUtf8();
    std::vector<double> samples = samplesMs(count, [&] {
        sqlite3_bind_text(query, 1, match.constData(), int(match.size()), SQLITE_STATIC);
        sqlite3_bind_int(query, 2, limit);
        int rows = 0;
        while (sqlite3_step(query) == SQLITE_ROW) {
            // Read the columns, as the app does.
            (void)sqlite3_column_int64(query, 0);
            (void)sqlite3_column_text(query, 1);
            ++rows;
        }
        sqlite3_reset(query);
    });
    sqlite3_finalize(query);
    return samples;
}

} // namespace dialoog::bench
