#include "core/failure.h"
#include "services/appservices.h"
#include "services/backuppolicy.h"
#include "services/databaseopener.h"
#include "services/employeedirectory.h"
#include "store/backups.h"
#include "store/badfiles.h"
#include "store/store.h"
#include "testdatabase.h"
#include "unprivileged.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <future>

using namespace dialoog;
using namespace dialoog::test;

TEST_CASE("the window's open makes a missing database, locks it, backs it up daily and stamps a "
          "clean close",
          "[sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new/dialoog.sqlite"));
    DatabaseOpener opener(path, false);
    const OpenOutcome outcome = opener.open();
    REQUIRE(outcome.opened());
    CHECK(opener.wasCreated());
    CHECK(QFile::exists(path + QStringLiteral(".lock")));
    CHECK_FALSE(opener.services().isReadOnly());
    CHECK(opener.writeDailyBackup().isEmpty());
    CHECK(opener.services().backups().list().size() == 1);

    DatabaseOpener second(path, false);
    const OpenOutcome busy = second.open();
    CHECK(busy.problem == OpenProblem::Busy);
    CHECK_FALSE(busy.message.isEmpty());

    const QString stamp = opener.close();
    CHECK_FALSE(stamp.isEmpty());
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".lock")));
}

TEST_CASE("files that cannot be opened say why, as a kind the caller can act on", "[sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dialoog.sqlite"));

    SECTION("missing, and read-only asked for")
    {
        DatabaseOpener opener(path, true);
        const OpenOutcome outcome = opener.open();
        CHECK(outcome.problem == OpenProblem::Missing);
        CHECK(outcome.message.contains(path));
        CHECK_FALSE(QFile::exists(path));
    }
    SECTION("written by a newer Dialoog")
    {
        const QByteArray before = makeBadFile(BadFile::NewerVersion, path);
        DatabaseOpener opener(path, false);
        CHECK(opener.open().problem == OpenProblem::NewerVersion);
        CHECK(fileBytes(path) == before);
    }
    SECTION("damaged, with a backup to go back to")
    {
        writeDatabase(path, 4);
        {
            Store good(path, Store::Open::Existing);
            Backups(path).write(good.database(), QStringLiteral("daily"));
        }
        QFile::remove(path);
        makeBadFile(BadFile::NotSqlite, path);
        DatabaseOpener opener(path, false);
        const OpenOutcome outcome = opener.open();
        CHECK(outcome.problem == OpenProblem::NotADatabase);
        REQUIRE(outcome.canRestore);
        CHECK(outcome.newestBackup.isValid());
        REQUIRE(opener.restoreNewestBackup().opened());
        CHECK(opener.services().employees().employee(1).has_value());
    }
}

TEST_CASE("a read-only open never writes: no lock, no backup, no change", "[sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dialoog.sqlite"));
    writeDatabase(path, 3);
    const QByteArray before = fileBytes(path);
    DatabaseOpener opener(path, true);
    REQUIRE(opener.open().opened());
    CHECK(opener.services().isReadOnly());
    CHECK(opener.writeDailyBackup().isEmpty());
    CHECK(opener.close().isEmpty()); // a file not written is not vouched for
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".lock")));
    CHECK_FALSE(QDir(dir.filePath(QStringLiteral("backups"))).exists());
    CHECK(fileBytes(path) == before);
}

TEST_CASE("the command line's opens: reading needs the file, and a second writer is refused while "
          "the first holds the lock",
          "[sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dialoog.sqlite"));
    {
        DatabaseOpener reader(path, false);
        CHECK_THROWS_AS(reader.openFor(DatabaseOpener::Purpose::Read, 0), Failure);
        CHECK_FALSE(QFile::exists(path));
    }
    {
        DatabaseOpener writer(path, false);
        writer.openFor(DatabaseOpener::Purpose::Write, 0);
        CHECK(writer.wasCreated());
        DatabaseOpener other(path, false);
        CHECK_THROWS_AS(other.openFor(DatabaseOpener::Purpose::Write, 0),
                        Failure); // the first holds the lock
    }
}

TEST_CASE("the command line's open for writing refuses a file that may not be changed (0400)",
          "[sqlite]")
{
    if (test::rerunAsUnprivilegedUser()) // as root, where permissions stop nothing
        return;
    QTemporaryDir dir;
    const QString inside = dir.filePath(QStringLiteral("dialoog.sqlite"));
    writeDatabase(inside, 1);
    REQUIRE(QFile::setPermissions(inside, QFile::ReadOwner));
    DatabaseOpener writer(inside, false);
    try {
        writer.openFor(DatabaseOpener::Purpose::Write, 0);
        FAIL("a read-only file was opened for writing");
    } catch (const Failure &e) {
        CHECK(e.message().contains(QStringLiteral("read-only")));
    }
}

TEST_CASE("a team server opens without a lock, a backup or a stamp, and takes two writers at once",
          "[.][postgres]")
{
    const TestDatabase database;
    REQUIRE(DatabaseOpener::isServer(database.location()));
    CHECK_FALSE(DatabaseOpener::isServer(database.dir().filePath(QStringLiteral("a.sqlite"))));
    DatabaseOpener window(database.location(), false);
    REQUIRE(window.open().opened());
    CHECK(window.writeDailyBackup().isEmpty());
    CHECK(window.services().backups().list().empty());
    const DatabaseCheck check = window.check();
    CHECK(check.ok);
    CHECK(check.schemaVersion > 0);

    DatabaseOpener command(database.location(), false);
    command.openFor(DatabaseOpener::Purpose::Write, 0); // no lock to wait for
    CHECK(command.isOpen());
    CHECK(command.close().isEmpty());
    CHECK(window.close().isEmpty());
    CHECK(QDir(database.dir().path()).isEmpty()); // nothing written beside a "file"

    DatabaseOpener nowhere(QStringLiteral("host=/nonexistent dbname=dialoog"), false);
    CHECK(nowhere.open().problem == OpenProblem::Unreachable);
}

namespace {

// A file larger than one step of the backup (256 pages), so a backup is seen half-way.
void writeLargerDatabase(const QString &path)
{
    Store store(path, Store::Open::CreateIfMissing);
    const QString role(4000, QLatin1Char('r'));
    for (int i = 0; i < 400; ++i) {
        Employee e{0, QStringLiteral("Person %1").arg(i), role, {}, {}, {}, 6, false};
        store.employees().insert(e);
    }
    store.database().exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

qint64 employeesIn(const QString &path)
{
    Backups::Entry entry;
    entry.path = path;
    return Backups::describe(entry).employees;
}

QStringList partsIn(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("*.part")}, QDir::Files);
}

} // namespace

TEST_CASE("the first start of the day still gets its backup, after the first paint, of the file "
          "as it was at the start, while saves go on",
          "[sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dialoog.sqlite"));
    writeLargerDatabase(path);
    DatabaseOpener opener(path, false);
    REQUIRE(opener.open({}, DatabaseOpener::Timing::AfterFirstPaint).opened());
    CHECK(Backups(path).list().empty()); // nothing written before the window is up

    // Half-way through the backup the worker waits while the window saves a person.
    std::promise<void> halfway, saved;
    std::future<void> savedDone = saved.get_future();
    bool first = true;
    opener.startAfterStart({}, [&](int done, int total) {
        if (!first || done >= total)
            return;
        first = false;
        halfway.set_value();
        savedDone.wait();
    });
    REQUIRE(halfway.get_future().wait_for(std::chrono::minutes(2)) == std::future_status::ready);
    Employee newcomer{0, QStringLiteral("Newcomer"), {}, {}, {}, {}, 6, false};
    CHECK(opener.services().employees().add(newcomer)); // the writer is not held up
    saved.set_value();

    const std::optional<AfterStart::Outcome> outcome = opener.finishAfterStart();
    REQUIRE(outcome.has_value());
    CHECK(outcome->damage.isEmpty());
    CHECK(outcome->backupProblem.isEmpty());
    REQUIRE(outcome->backupPath.endsWith(QStringLiteral("-daily.sqlite")));
    CHECK(employeesIn(outcome->backupPath) == 400); // the snapshot taken at the start
    CHECK_FALSE(opener.close().isEmpty());
    CHECK(employeesIn(path) == 401); // and the save is in the file
}

TEST_CASE("quitting during the day's backup waits for it: a whole backup under its name, never "
          "half of one",
          "[sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dialoog.sqlite"));
    const QString folder = Backups(path).folder();
    writeLargerDatabase(path);
    DatabaseOpener opener(path, false);
    REQUIRE(opener.open({}, DatabaseOpener::Timing::AfterFirstPaint).opened());
    std::atomic<int> steps = 0, halfNamed = 0;
    opener.startAfterStart({}, [&](int done, int total) {
        ++steps;
        // While it is written it has no name a restore would find.
        if (done < total && (!Backups(path).list().empty() || partsIn(folder).size() != 1))
            ++halfNamed;
    });
    CHECK_FALSE(opener.close().isEmpty()); // the quit, at once
    CHECK(steps >= 1);                     // seen half-way at least once
    CHECK(halfNamed == 0);
    const std::vector<Backups::Entry> backups = Backups(path).list();
    REQUIRE(backups.size() == 1);
    CHECK(employeesIn(backups.front().path) == 400);
    CHECK(Store(backups.front().path, Store::Open::Existing).check().ok);
    CHECK(partsIn(folder).isEmpty());
}

TEST_CASE("a file not closed whole is checked after the first paint: a whole one is then "
          "trusted, a damaged one gets no backup and is checked again at the next start",
          "[sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dialoog.sqlite"));
    writeDatabase(path);
    SECTION("whole")
    {
        DatabaseOpener opener(path, false);
        REQUIRE(opener.open({}, DatabaseOpener::Timing::AfterFirstPaint).opened());
        REQUIRE(opener.startAfterStart({}));
        const std::optional<AfterStart::Outcome> outcome = opener.finishAfterStart();
        REQUIRE(outcome.has_value());
        CHECK(outcome->damage.isEmpty());
        CHECK_FALSE(outcome->backupPath.isEmpty());
        CHECK_FALSE(opener.close().isEmpty());
    }
    SECTION("damaged in a page the start does not read")
    {
        QByteArray data = fileBytes(path);
        for (qsizetype i = 4096 + 40; i < 4096 + 400; ++i)
            data[i] = char(~data[i]);
        writeFile(path, data);
        DatabaseOpener opener(path, false);
        REQUIRE(opener.open({}, DatabaseOpener::Timing::AfterFirstPaint).opened());
        REQUIRE(opener.startAfterStart({}));
        const std::optional<AfterStart::Outcome> outcome = opener.finishAfterStart();
        REQUIRE(outcome.has_value());
        CHECK(outcome->damage.contains(QStringLiteral("damaged")));
        CHECK(outcome->backupPath.isEmpty());
        CHECK(opener.close().isEmpty()); // not vouched for: the next start checks again
        CHECK(Backups(path).list().empty());
    }
}
