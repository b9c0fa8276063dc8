#include "badfiles.h"
#include "store/backups.h"
#include "store/schema.h"
#include "store/storeerror.h"
#include "store/storelock.h"
#include "store/transaction.h"
#include "storetestsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <catch2/catch.hpp>
#include <sys/stat.h>

using namespace dialoog;
using namespace dialoog::test;

namespace {

bool ownerOnly(const QString &path)
{
    const QFile::Permissions p = QFileInfo(path).permissions();
    return p.testFlag(QFile::ReadOwner) &&
           !(p & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther));
}

// Sets the process umask for one scope.
struct Umask
{
    mode_t old;
    explicit Umask(mode_t mask) : old(::umask(mask)) {}
    ~Umask() { ::umask(old); }
};

// Everything a database holds, as text: its schema, its data version, and every row of
// every table. Two files with the same content give the same text, even where SQLite's
// header bytes differ.
QStringList contentOf(const QString &path)
{
    Database db(path, Database::OpenMode::ReadOnly);
    QStringList content;
    Statement version(db, "PRAGMA user_version");
    REQUIRE(version.step());
    content << QStringLiteral("user_version %1").arg(version.int64(0));
    QStringList tables;
    Statement schema(db, "SELECT type, name, sql FROM sqlite_master ORDER BY type, name");
    while (schema.step()) {
        content << schema.text(2);
        if (schema.text(0) == QStringLiteral("table"))
            tables << schema.text(1);
    }
    for (const QString &table : tables) {
        QStringList columns;
        Statement info(db, QStringLiteral("PRAGMA table_info(\"%1\")").arg(table).toStdString());
        while (info.step())
            columns << QStringLiteral("quote(\"%1\")").arg(info.text(1));
        const QString rows = QStringLiteral("SELECT %1 FROM \"%2\"")
                                 .arg(columns.join(QStringLiteral(" || '|' || ")), table);
        Statement select(db, rows.toStdString());
        QStringList tableRows;
        while (select.step())
            tableRows << table + QLatin1Char(':') + select.text(0);
        tableRows.sort(); // some tables have no rowid to order by
        content << tableRows;
    }
    return content;
}

} // namespace

TEST_CASE("the database, its WAL and its backups are the owner's alone, whatever the umask",
          "[sqlite]")
{
    const Umask open(0);
    TempStore store;
    Employee e = person();
    store->employees().insert(e);
    CHECK(ownerOnly(store.path));
    REQUIRE(QFile::exists(store.path + QStringLiteral("-wal")));
    CHECK(ownerOnly(store.path + QStringLiteral("-wal")));
    CHECK(ownerOnly(store.path + QStringLiteral("-shm")));
    Backups backups(store.path);
    const QString copy = backups.write(store->database(), QStringLiteral("daily"));
    CHECK(ownerOnly(copy));
    CHECK(ownerOnly(backups.folder()));
}

TEST_CASE("a backup is a complete, intact copy; old ones are pruned; one daily backup a day",
          "[sqlite]")
{
    TempStore store;
    Employee e = person();
    store->employees().insert(e);
    Backups backups(store.path);
    const QString copy = backups.write(store->database(), QStringLiteral("before-import"));
    {
        Store restored(copy, Store::Open::Existing);
        CHECK(restored.check().ok);
        CHECK(restored.employees().all() == store->employees().all());
    }
    REQUIRE(backups.list().size() == 1);
    CHECK(backups.list().front().reason == QStringLiteral("before-import"));
    for (int i = 0; i < 5; ++i)
        backups.write(store->database(), QStringLiteral("daily"), 3);
    CHECK(backups.list().size() == 3);
    CHECK(backups.writeDaily(store->database()).isEmpty()); // one was made today already
}

TEST_CASE("an older database is backed up before it is migrated", "[sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    REQUIRE(QFile::copy(QStringLiteral(DIALOOG_TEST_DATA "/dialoog-v1.sqlite"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const QStringList original = contentOf(path);
    REQUIRE(original.size() > 10);
    REQUIRE(original.front() == QStringLiteral("user_version 1"));
    {
        Store store(path, Store::Open::Existing);
    }
    REQUIRE(contentOf(path) != original); // migrated
    const std::vector<Backups::Entry> list = Backups(path).list();
    REQUIRE(list.size() == 1);
    CHECK(list.front().reason == QStringLiteral("before-migration"));
    CHECK(contentOf(list.front().path) == original);
}

TEST_CASE("a damaged database is refused before anything is written to it", "[sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dialoog.sqlite"));
    const QByteArray data = makeBadFile(GENERATE(BadFile::Truncated, BadFile::BitFlipped), path);
    try {
        Store damaged(path, Store::Open::Existing);
        FAIL("opened a damaged file");
    } catch (const StoreError &e) {
        CHECK(
            (e.kind() == StoreError::Kind::Corrupt || e.kind() == StoreError::Kind::NotADatabase));
        CHECK((e.message().contains(QStringLiteral("damaged")) ||
               e.message().contains(QStringLiteral("not a Dialoog"))));
    }
    CHECK(fileBytes(path) == data);
}

TEST_CASE("only one writer: a second lock is refused, a lock left by a dead process is taken over",
          "[sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("d.sqlite"));
    {
        StoreLock first(path);
        first.acquire(0);
        StoreLock second(path);
        try {
            second.acquire(50);
            FAIL("two writers");
        } catch (const StoreError &e) {
            CHECK(e.kind() == StoreError::Kind::Busy);
            CHECK(e.message().contains(QStringLiteral("another Dialoog")));
        }
    }
    {
        // What a crash leaves behind: a lock file naming a process that is gone.
        QFile stale(path + QStringLiteral(".lock"));
        REQUIRE(stale.open(QIODevice::WriteOnly));
        stale.write("999999\ndialoog\n\n");
    }
    StoreLock again(path);
    CHECK_NOTHROW(again.acquire(0));
}

TEST_CASE("a full disk fails the save with a clear error and leaves the stored data as it was",
          "[sqlite]")
{
    TempStore store;
    Employee e = person();
    store->employees().insert(e);
    ConversationRecord r =
        store->conversations().load(store->conversations().create(e.id, QDate(2026, 1, 1)).id);
    r.conversation.summary = QStringLiteral("Before");
    store->conversations().save(r);
    Statement pages(store->database(), "PRAGMA page_count");
    REQUIRE(pages.step());
    store->database().exec("PRAGMA max_page_count = " + std::to_string(pages.int64(0)));
    ConversationRecord bigger = r;
    bigger.conversation.summary = QStringLiteral("After");
    bigger.notes.push_back(Note{0, 0, Phase::Goals, QDateTime::currentDateTime(),
                                QString(200000, QLatin1Char('x')), false});
    try {
        store->conversations().save(bigger);
        FAIL("saved beyond the limit");
    } catch (const StoreError &error) {
        CHECK(error.kind() == StoreError::Kind::DiskFull);
        CHECK(error.message().contains(QStringLiteral("disk is full")));
    }
    const ConversationRecord stored = store->conversations().load(r.conversation.id);
    CHECK(stored.conversation.summary == QStringLiteral("Before"));
    CHECK(stored.notes.empty());
    CHECK(store->check().ok);
}

TEST_CASE("erasing an employee leaves no byte of them in the database, its WAL, or a later backup",
          "[sqlite]")
{
    const QString canary = QStringLiteral("Kanarie7Q9");
    TempStore store;
    Employee other = person(QStringLiteral("Someone Else"));
    store->employees().insert(other);
    Employee e{0,
               canary + QStringLiteral("name"),
               canary + QStringLiteral("role"),
               canary + QStringLiteral("team"),
               canary + QStringLiteral("@example.org"),
               QDate(2020, 1, 1),
               6,
               false};
    store->employees().insert(e);
    ConversationRecord r =
        store->conversations().load(store->conversations().create(e.id, QDate(2026, 2, 2)).id);
    const auto c = [&canary](const char *field) -> QString {
        return canary + QString::fromLatin1(field);
    };
    r.conversation.wellbeingNote = c("wellbeing");
    r.conversation.attentionPoints = c("attention");
    r.conversation.summary = c("summary");
    r.reflection = Reflection{0, 0, c("wentwell"), c("growth"), c("ambitions")};
    r.achievements.push_back(Achievement{0, 0, c("achievement")});
    r.feedback.push_back(FeedbackItem{0, e.id, 0, c("from"), Relation::Peer, {}, c("feedback")});
    r.goals.push_back(Goal{0,
                           e.id,
                           0,
                           c("what"),
                           c("why"),
                           GoalStatus::Active,
                           10,
                           {},
                           {GoalStep{0, 0, StepKind::Task, c("step")}}});
    r.questions.push_back(Question{0, QStringLiteral("en"), c("adhocquestion"), false, 0});
    r.notes.push_back(Note{0, 0, Phase::Goals, QDateTime::currentDateTime(), c("note"), true});
    r.actionItems.push_back(
        ActionItem{0, 0, c("action"), Owner::Other, c("owner"), {}, {}, ActionStatus::Open, 0, 0});
    r.agreements.push_back(Agreement{0, 0, c("agreement")});
    store->conversations().save(r);
    InboxNote inbox{0, e.id, QDateTime::currentDateTime(), c("inbox"), false};
    store->repository<InboxNote>().insert(inbox);
    InboxNote handled{0, e.id, QDateTime::currentDateTime(), c("inbox-done"), true};
    store->repository<InboxNote>().insert(handled);
    r.answers.push_back(Answer{0, 0, r.questions.back().id, c("answer")});
    r.goalUpdates.push_back(
        GoalUpdate{0, r.goals.back().id, 0, GoalStatus::Active, 20, c("update")});
    store->conversations().save(r);
    // Edits leave old versions of pages behind too.
    r.conversation.summary = c("summary-edited");
    store->conversations().save(r);

    // The search index holds words in lower case.
    const auto holdsCanary = [needle = canary.toUtf8()](const QByteArray &data) {
        return data.contains(needle) || data.contains(needle.toLower());
    };
    REQUIRE(holdsCanary(fileBytes(store.path) + fileBytes(store.path + QStringLiteral("-wal"))));
    store->eraseEmployee(e.id);
    CHECK_FALSE(holdsCanary(fileBytes(store.path)));
    CHECK_FALSE(holdsCanary(fileBytes(store.path + QStringLiteral("-wal"))));
    const QString backup = Backups(store.path).write(store->database(), QStringLiteral("daily"));
    CHECK_FALSE(holdsCanary(fileBytes(backup)));
    CHECK(store->employees().all().size() == 1);
    CHECK(store->repository<InboxNote>().count() == 0);
    CHECK(store->check().ok);
}

TEST_CASE("a restore shows its progress and can be cancelled, leaving the database as it was",
          "[sqlite]")
{
    TempStore store;
    Employee e = person();
    store->employees().insert(e);
    const Id conversation = store->conversations().create(e.id, QDate(2026, 1, 1)).id;
    {
        Transaction transaction(store->database());
        for (int i = 0; i < 3000; ++i) {
            Note n{0,
                   conversation,
                   Phase::Goals,
                   QDateTime::currentDateTime(),
                   QString(500, QLatin1Char('n')),
                   false};
            store->repository<Note>().insert(n);
        }
        transaction.commit();
    }
    Backups backups(store.path);
    const QString copy = backups.write(store->database(), QStringLiteral("daily"));
    Employee later = person(QStringLiteral("After the backup"));
    store->employees().insert(later);

    int calls = 0;
    CHECK_FALSE(backups.restoreInto(store->database(), copy, [&calls](int done, int total) {
        ++calls;
        CHECK(done <= total);
        return false; // the user presses Cancel
    }));
    CHECK(calls == 1);
    CHECK(store->employees().count() == 2);
    CHECK(store->check().ok);

    int last = 0, total = 0;
    CHECK(backups.restoreInto(store->database(), copy, [&](int done, int all) {
        CHECK(done >= last);
        last = done;
        total = all;
        return true;
    }));
    CHECK(total > 256);
    CHECK(store->employees().count() == 1);
    CHECK(store->check().ok);
}
