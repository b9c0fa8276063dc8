// The search index's segments are no longer merged in the saves (FTS5's automerge off,
// migration 11) but on the background thread while nobody takes notes
// (Store::mergeSearchIndex): what the index and the file hold, never how long it took.
#include "killedchild.h"
#include "store/search.h"
#include "store/statement.h"
#include "storetestsupport.h"

#include <QElapsedTimer>
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

// A word of its own per note, so each note can be searched for alone; `words` more make
// the index grow faster.
QString noteText(int i, int words)
{
    QString text = QStringLiteral("Gesprek %1: uniek%1woord, en verder").arg(i);
    for (int word = 0; word < words; ++word)
        text += QStringLiteral(" term%1x%2").arg(i).arg(word);
    return text;
}

Note noteOf(int i, int words)
{
    Note note;
    note.phase = Phase::Questions;
    note.createdAt = QDateTime(QDate(2025, 3, 14), QTime(10, 0));
    note.text = noteText(i, words);
    return note;
}

// Every segment has at least one entry in the index's own b-tree, keyed by its id.
qint64 segments(Database &db)
{
    return number(db, "SELECT count(DISTINCT segid) FROM search_index_idx");
}

// The record FTS5 keeps of its segments and levels: it changes with every merge step.
QString structure(Database &db)
{
    Statement statement(db, "SELECT hex(block) FROM search_index_data WHERE id = 10");
    return statement.step() ? statement.text(0) : QString();
}

// Sets every segment up for one merge into a single one (a page of it done here), so that
// the merging has many steps to go, whatever the saves left.
void mergeEverythingFromHere(Database &db)
{
    db.exec("INSERT INTO search_index (search_index, rank) VALUES ('merge', -1)");
}

// Whether FTS5 itself finds segments to merge: the documented sign is two changes or
// more from a 'merge' command (this one merges at most one page).
bool mergeWorkLeft(Database &db)
{
    const sqlite3_int64 before = sqlite3_total_changes64(db.handle());
    db.exec("INSERT INTO search_index (search_index, rank) VALUES ('merge', 1)");
    return sqlite3_total_changes64(db.handle()) - before >= 2;
}

void checkIndexWhole(Database &db)
{
    CHECK_NOTHROW(db.exec("INSERT INTO search_index (search_index) VALUES ('integrity-check')"));
}

void checkEveryNoteFound(Store &store, int notes)
{
    int found = 0;
    for (int i = 0; i < notes; ++i)
        found += int(store.search().find(QStringLiteral("uniek%1woord").arg(i)).size());
    CHECK(found == notes);
}

struct Notebook : test::ConversationOfOne
{
    void addNotes(int from, int to, int words)
    {
        for (int i = from; i < to; ++i) {
            record.notes.push_back(noteOf(i, words));
            db->conversations().save(record);
        }
    }
    // Waits until the merging has written its first step.
    bool mergeStepDone(const QString &before)
    {
        return eventually([&] { return structure(db->database()) != before; });
    }
};

} // namespace

TEST_CASE("with the merging out of the saves, every note of many saves is found and the index "
          "is whole",
          "[sqlite][maintenance]")
{
    Notebook book;
    Database &db = book.db->database();
    CHECK(number(db, "SELECT v FROM search_index_config WHERE k = 'automerge'") == 0);
    book.addNotes(0, 600, 20);
    // Without merging the saves would leave one segment each; FTS5's crisis merge of
    // sixteen on a level still holds the count down.
    CHECK(segments(db) < 600 / 16 + 16);
    checkEveryNoteFound(*book.db, 600);
    checkIndexWhole(db);
}

TEST_CASE("merged while nobody takes notes, the index has fewer segments, finds every note and "
          "is whole",
          "[sqlite][maintenance]")
{
    Notebook book;
    Database &db = book.db->database();
    book.addNotes(0, 250, 40);
    const qint64 before = segments(db);
    REQUIRE(mergeWorkLeft(db));
    book.db->mergeSearchIndex(true);
    REQUIRE(eventually([&] { return !book.db->mergingSearchIndex(); }));
    CHECK(segments(db) < before);
    CHECK_FALSE(mergeWorkLeft(db));
    checkEveryNoteFound(*book.db, 250);
    checkIndexWhole(db);
    // Notes saved after the merge are found too.
    book.addNotes(250, 300, 40);
    checkEveryNoteFound(*book.db, 300);
}

TEST_CASE("the merging stops when asked, leaves the rest for later, and a save goes through at "
          "once",
          "[sqlite][maintenance]")
{
    Notebook book;
    Database &db = book.db->database();
    book.addNotes(0, 200, 1500);
    mergeEverythingFromHere(db);
    const QString start = structure(db);
    book.db->mergeSearchIndex(true);
    REQUIRE(book.mergeStepDone(start));
    book.db->mergeSearchIndex(false);
    CHECK_FALSE(book.db->mergingSearchIndex());
    // A save right away meets no lock held by a step (it would wait, then fail).
    book.addNotes(200, 201, 10);
    // No more steps come after the stop.
    const QString stopped = structure(db);
    QThread::msleep(300);
    CHECK(structure(db) == stopped);
    CHECK(mergeWorkLeft(db));
    checkEveryNoteFound(*book.db, 201);
    checkIndexWhole(db);
    // Asked again, it finishes.
    book.db->mergeSearchIndex(true);
    REQUIRE(eventually([&] { return !book.db->mergingSearchIndex(); }));
    CHECK_FALSE(mergeWorkLeft(db));
    checkIndexWhole(db);
}

TEST_CASE("closed in the middle of merging, the file keeps every note and a whole index",
          "[sqlite][maintenance]")
{
    Notebook book;
    book.addNotes(0, 150, 1500);
    mergeEverythingFromHere(book.db->database());
    const QString start = structure(book.db->database());
    book.db->mergeSearchIndex(true);
    REQUIRE(book.mergeStepDone(start));
    book.db.reopen(); // closed with the merging under way
    CHECK(number(book.db->database(), "SELECT count(*) FROM note") == 150);
    checkEveryNoteFound(*book.db, 150);
    checkIndexWhole(book.db->database());
}

namespace {

// In a child process: saves `notes` notes, then merges the index, reporting each merge
// step it sees written through `pipe`, until it is killed.
[[noreturn]] void saveThenMergeUntilKilled(const QString &path, Id conversation, int first,
                                           int notes, int pipe)
{
    try {
        Store store(path, Store::Open::Existing);
        ConversationRecord record = store.conversations().load(conversation);
        for (int i = first; i < first + notes; ++i) {
            record.notes.push_back(noteOf(i, 1500));
            store.conversations().save(record);
        }
        mergeEverythingFromHere(store.database());
        QString seen = structure(store.database());
        store.mergeSearchIndex(true);
        for (int step = 0;; ++step) {
            if (!eventually([&] { return structure(store.database()) != seen; }))
                break;
            seen = structure(store.database());
            if (::write(pipe, &step, sizeof step) != sizeof step)
                break;
        }
    } catch (...) {
    }
    ::_exit(1);
}

} // namespace

TEST_CASE("killed while merging the index, the file loses no saved note", "[sqlite][maintenance]")
{
    Notebook book;
    const Id conversation = book.record.conversation.id;
    book.db.store.reset();
    int saved = 0;
    // Each round kills after another number of merge steps.
    for (const int steps : {1, 2, 3}) {
        const int notes = 60;
        const int step = test::killWhenReached(
            [&](int progress) {
                saveThenMergeUntilKilled(book.db.path, conversation, saved, notes, progress);
            },
            steps);
        REQUIRE(step + 1 == steps);
        saved += notes;
        // Opening checks the whole file (no clean close was stamped), then the notes.
        book.db.reopen();
        CHECK(number(book.db->database(), "SELECT count(*) FROM note") == saved);
        checkEveryNoteFound(*book.db, saved);
        checkIndexWhole(book.db->database());
        book.db.store.reset();
    }
}
