// The checkpoint and the search index's merging run on a thread of their own
// (BackgroundMaintenance), out of the saves: what the file holds, not how long it took.
#include "killedchild.h"
#include "store/search.h"
#include "store/statement.h"
#include "storetestsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>
#include <catch2/catch.hpp>
#include <functional>
#include <sqlite3.h>
#include <unistd.h>

using namespace dialoog;
using dialoog::test::eventually;
using dialoog::test::number;
using dialoog::test::TempStore;

namespace {

QString noteText(int i)
{
    // Long and varied, so the saves fill the log and the index gets many terms.
    QString text = QStringLiteral("Notitie %1 over het ontwikkelgesprek:").arg(i);
    for (int word = 0; word < 120; ++word)
        text += QStringLiteral(" woord%1x%2").arg(i % 97).arg(word);
    return text;
}

struct Notebook : test::ConversationOfOne
{
    void addNote(const QString &text)
    {
        Note note;
        note.phase = Phase::Questions;
        note.createdAt = QDateTime(QDate(2025, 3, 14), QTime(10, 0));
        note.text = text;
        record.notes.push_back(note);
        db->conversations().save(record);
    }
};

// Notes in the database file itself, without its write-ahead log: what checkpoints
// have copied there.
qint64 notesInFileAlone(const QString &path, const QString &folder)
{
    const QString copy = QDir(folder).filePath(QStringLiteral("file-alone.sqlite"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(copy + suffix);
    QFile::copy(path, copy);
    try {
        Database db(copy, Database::OpenMode::ReadOnly);
        return number(db, "SELECT count(*) FROM note");
    } catch (const StoreError &) {
        return 0; // the tables themselves are still in the log only
    }
}

void checkIndexWhole(Database &db)
{
    CHECK_NOTHROW(db.exec("INSERT INTO search_index (search_index) VALUES ('integrity-check')"));
}

} // namespace

TEST_CASE("saves leave the checkpoint to a thread of their own, and the notes reach the "
          "database file itself",
          "[sqlite][maintenance]")
{
    Notebook book;
    // The saves' connection never checkpoints on its own (0: SQLite's automatic one is off).
    CHECK(number(book.db->database(), "PRAGMA wal_autocheckpoint") == 0);
    for (int i = 0; i < 200; ++i)
        book.addNote(noteText(i));
    REQUIRE(eventually([&] { return notesInFileAlone(book.db.path, book.db.dir.path()) > 0; }));
    book.db.reopen();
    CHECK(number(book.db->database(), "SELECT count(*) FROM note") == 200);
    checkIndexWhole(book.db->database());
}

TEST_CASE("closed right after a save, the file keeps every note and no log is left behind",
          "[sqlite][maintenance]")
{
    Notebook book;
    for (int i = 0; i < 150; ++i)
        book.addNote(noteText(i));
    book.db.store.reset(); // while the background thread is most likely still at work
    CHECK_FALSE(QFile::exists(book.db.path + QStringLiteral("-wal")));
    CHECK_FALSE(Store::cleanCloseStamp(book.db.path).isEmpty());
    book.db.reopen();
    CHECK(number(book.db->database(), "SELECT count(*) FROM note") == 150);
    CHECK(book.db->search().find(QStringLiteral("woord5x119")).size() == 2); // notes 5 and 102
    checkIndexWhole(book.db->database());
}

namespace {

// In a child process: saves notes one by one into the file, reporting each save that
// returned through `pipe`, until it is killed.
[[noreturn]] void saveUntilKilled(const QString &path, Id conversation, int first, int pipe)
{
    try {
        Store store(path, Store::Open::Existing);
        ConversationRecord record = store.conversations().load(conversation);
        for (int i = first;; ++i) {
            Note note;
            note.phase = Phase::Questions;
            note.createdAt = QDateTime(QDate(2025, 3, 14), QTime(10, 0));
            note.text = noteText(i);
            record.notes.push_back(note);
            store.conversations().save(record);
            if (::write(pipe, &i, sizeof i) != sizeof i)
                break;
        }
    } catch (...) {
    }
    ::_exit(1);
}

} // namespace

TEST_CASE("killed while checkpoints run in the background, the file loses no "
          "saved note",
          "[sqlite][maintenance]")
{
    Notebook book;
    const Id conversation = book.record.conversation.id;
    book.db.store.reset();
    int saved = 0;
    // Each round kills at another moment of the background work.
    for (const int notes : {120, 173, 241}) {
        const int last = test::killWhenReached(
            [&](int progress) { saveUntilKilled(book.db.path, conversation, saved, progress); },
            saved + notes);
        REQUIRE(last + 1 == saved + notes);
        saved = last + 1;
        // Opening checks the whole file (no clean close was stamped), then the notes.
        book.db.reopen();
        CHECK(number(book.db->database(), "SELECT count(*) FROM note") >= saved);
        checkIndexWhole(book.db->database());
        book.db.store.reset();
    }
}
