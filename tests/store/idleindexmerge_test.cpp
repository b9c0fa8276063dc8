// The search index merged in small steps in idle time, on the saves' own connection
// (IdleIndexMerge): what the file and the index hold, never how long it took.
#include "store/search.h"
#include "store/statement.h"
#include "storetestsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <catch2/catch.hpp>
#include <csignal>
#include <cstring>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace dialoog;
using dialoog::test::TempStore;

namespace {

// A word of its own per note, so each note can be searched for alone; `words` more make
// the index grow faster.
QString noteText(int i, int words = 40)
{
    QString text = QStringLiteral("Gesprek %1: uniek%1woord, en verder").arg(i);
    for (int word = 0; word < words; ++word)
        text += QStringLiteral(" term%1x%2").arg(i % 13).arg(word);
    return text;
}

Note noteOf(int i, int words = 40)
{
    Note note;
    note.phase = Phase::Questions;
    note.createdAt = QDateTime(QDate(2025, 3, 14), QTime(10, 0));
    note.text = noteText(i, words);
    return note;
}

qint64 number(Database &db, std::string_view sql)
{
    Statement statement(db, sql);
    return statement.step() ? statement.int64(0) : -1;
}

// Counts the merge steps run on a connection, by their statement.
struct MergeStepCounter
{
    int steps = 0;
    explicit MergeStepCounter(sqlite3 *db)
    {
        sqlite3_trace_v2(db, SQLITE_TRACE_STMT, &MergeStepCounter::traced, this);
    }
    static int traced(unsigned, void *self, void *, void *sql)
    {
        if (std::strstr(static_cast<const char *>(sql), "'merge'"))
            ++static_cast<MergeStepCounter *>(self)->steps;
        return 0;
    }
};

// Runs the event loop until no more merge steps come (or a generous limit on a busy
// machine: a limit, never a figure asserted on).
void runUntilIdleMergingEnds(const MergeStepCounter &counter)
{
    QElapsedTimer clock;
    clock.start();
    int quietTurns = 0;
    while (quietTurns < 50 && clock.elapsed() < 120000) {
        const int before = counter.steps;
        QCoreApplication::processEvents();
        quietTurns = counter.steps == before ? quietTurns + 1 : 0;
    }
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

struct Notebook
{
    TempStore db;
    ConversationRecord record;

    Notebook()
    {
        Employee employee = test::person();
        db->employees().insert(employee);
        record = db->conversations().load(
            db->conversations().create(employee.id, QDate(2025, 3, 14)).id);
    }
    void addNote(int i, int words = 40)
    {
        record.notes.push_back(noteOf(i, words));
        db->conversations().save(record);
    }
};

} // namespace

TEST_CASE("merged in idle time between saves, the search index finds every note and is whole",
          "[sqlite][maintenance]")
{
    Notebook book;
    Database &db = book.db->database();
    const MergeStepCounter counter(db.handle());
    for (int i = 0; i < 300; ++i) {
        book.addNote(i);
        QCoreApplication::processEvents(); // an idle turn, as between a user's saves
    }
    CHECK(counter.steps > 0);
    runUntilIdleMergingEnds(counter);
    CHECK_FALSE(mergeWorkLeft(db));
    // FTS5's settings in the file stay its defaults.
    CHECK(number(db, "SELECT count(*) FROM search_index_config WHERE k <> 'version'") == 0);
    checkEveryNoteFound(*book.db, 300);
    checkIndexWhole(db);
}

TEST_CASE("the idle merge steps stop when nothing is left, and start again after a save",
          "[sqlite][maintenance]")
{
    Notebook book;
    Database &db = book.db->database();
    const MergeStepCounter counter(db.handle());
    for (int i = 0; i < 40; ++i)
        book.addNote(i);
    runUntilIdleMergingEnds(counter);
    const int stepsDone = counter.steps;
    CHECK(stepsDone > 0);
    for (int turn = 0; turn < 200; ++turn)
        QCoreApplication::processEvents();
    CHECK(counter.steps == stepsDone);

    book.addNote(40);
    runUntilIdleMergingEnds(counter);
    CHECK(counter.steps > stepsDone);
    checkEveryNoteFound(*book.db, 41);
}

TEST_CASE("closed with merge work still pending, the file keeps every note and a whole index",
          "[sqlite][maintenance]")
{
    Notebook book;
    const MergeStepCounter counter(book.db->database().handle());
    for (int i = 0; i < 120; ++i)
        book.addNote(i, 1500);
    // FTS5's merges in the saves leave a small index tidy; this starts merging every
    // segment into one, a page of it, so that the close surely comes mid-merge.
    book.db->database().exec("INSERT INTO search_index (search_index, rank) VALUES ('merge', -1)");
    const int stepsBefore = counter.steps; // this statement counted too
    QCoreApplication::processEvents();     // one idle step more
    REQUIRE(counter.steps == stepsBefore + 1);
    REQUIRE(mergeWorkLeft(book.db->database()));
    book.db.reopen();
    CHECK(number(book.db->database(), "SELECT count(*) FROM note") == 120);
    checkEveryNoteFound(*book.db, 120);
    checkIndexWhole(book.db->database());
}

namespace {

// In a child process: saves notes one by one, each followed by a few idle turns that
// merge, reporting each save that returned through `pipe`, until it is killed.
[[noreturn]] void saveAndMergeUntilKilled(const QString &path, Id conversation, int first, int pipe)
{
    try {
        Store store(path, Store::Open::Existing);
        ConversationRecord record = store.conversations().load(conversation);
        for (int i = first;; ++i) {
            record.notes.push_back(noteOf(i));
            store.conversations().save(record);
            if (::write(pipe, &i, sizeof i) != sizeof i)
                break;
            for (int turn = 0; turn < 3; ++turn)
                QCoreApplication::processEvents();
        }
    } catch (...) {
    }
    ::_exit(1);
}

} // namespace

TEST_CASE("killed while merging in idle time, the file loses no saved note",
          "[sqlite][maintenance]")
{
    Notebook book;
    const Id conversation = book.record.conversation.id;
    book.db.store.reset();
    int saved = 0;
    // Each round kills at another moment of the merging.
    for (const int notes : {90, 131, 177}) {
        int channel[2];
        REQUIRE(::pipe(channel) == 0);
        const pid_t child = ::fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            ::close(channel[0]);
            saveAndMergeUntilKilled(book.db.path, conversation, saved, channel[1]);
        }
        ::close(channel[1]);
        int last = -1;
        while (last + 1 < saved + notes && ::read(channel[0], &last, sizeof last) == sizeof last) {
        }
        ::kill(child, SIGKILL);
        ::waitpid(child, nullptr, 0);
        ::close(channel[0]);
        REQUIRE(last + 1 == saved + notes);
        saved = last + 1;
        // Opening checks the whole file (no clean close was stamped), then the notes.
        book.db.reopen();
        CHECK(number(book.db->database(), "SELECT count(*) FROM note") >= saved);
        checkEveryNoteFound(*book.db, saved);
        checkIndexWhole(book.db->database());
        book.db.store.reset();
    }
}
