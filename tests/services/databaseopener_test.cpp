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
#include <catch2/catch.hpp>

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
