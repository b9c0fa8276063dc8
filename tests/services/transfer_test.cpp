#include "services/appservices.h"
#include "services/backuppolicy.h"
#include "services/databaseopener.h"
#include "services/transfer.h"
#include "store/backups.h"
#include "store/badfiles.h"
#include "store/store.h"
#include "testdatabase.h"

#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace dialoog;
using namespace dialoog::test;

namespace {

// One employee with a held conversation, exported as the document an import takes.
QByteArray exportOfOne(const QString &folder)
{
    Store source(folder + QStringLiteral("/source.sqlite"), Store::Open::CreateIfMissing);
    Employee e{0,
               QStringLiteral("Noor Bakker"),
               QStringLiteral("Designer"),
               QStringLiteral("Web"),
               {},
               {},
               6,
               false};
    source.employees().insert(e);
    source.conversations().create(e.id, QDate(2026, 3, 2));
    BackupPolicy backups(source);
    return Transfer(source, backups).exportJson(std::nullopt, false);
}

} // namespace

TEST_CASE("an import into an existing database writes a before-import backup first, and then takes "
          "everything",
          "[sqlite]")
{
    QTemporaryDir dir;
    const QByteArray document = exportOfOne(dir.path());
    const QString path = dir.filePath(QStringLiteral("here.sqlite"));
    writeDatabase(path, 3);
    Store store(path, Store::Open::Existing);
    AppServices services(store);

    const ImportOutcome outcome = services.transfer().import(document, false);
    REQUIRE(outcome.result == ImportOutcome::Result::Done);
    CHECK(outcome.employees == 1);
    CHECK(outcome.conversations == 1);
    CHECK(store.employees().count() == 4);
    const std::vector<BackupInfo> backups = services.backups().list(true);
    REQUIRE(backups.size() == 1);
    CHECK(backups.front().reason == BackupReason::BeforeImport);
    CHECK(backups.front().employees == 3); // the state before the import
}

TEST_CASE("an import into a database made for it writes no backup, and a refused one leaves no "
          "file behind",
          "[sqlite]")
{
    QTemporaryDir dir;
    const QByteArray document = exportOfOne(dir.path());
    const QString path = dir.filePath(QStringLiteral("new.sqlite"));

    SECTION("taken")
    {
        DatabaseOpener opener(path, false);
        opener.openFor(DatabaseOpener::Purpose::Import, 0);
        REQUIRE(opener.wasCreated());
        const ImportOutcome outcome =
            opener.services().transfer().import(document, false, opener.wasCreated());
        CHECK(outcome.result == ImportOutcome::Result::Done);
        CHECK(opener.services().backups().list().empty());
        CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("backups"))));
    }
    SECTION("refused")
    {
        DatabaseOpener opener(path, false);
        opener.openFor(DatabaseOpener::Purpose::Import, 0);
        const ImportOutcome outcome =
            opener.services().transfer().import("{\"format\": \"something else\"}", false, true);
        CHECK(outcome.result == ImportOutcome::Result::Refused);
        CHECK_FALSE(outcome.message.isEmpty());
        opener.discardCreated();
        CHECK_FALSE(QFile::exists(path));
    }
}

TEST_CASE(
    "an import is all or nothing: a conflict or a broken document changes nothing but the backup")
{
    QTemporaryDir dir;
    const QByteArray document = exportOfOne(dir.path());
    const TestDatabase database(QStringLiteral("here.sqlite"));
    const QString path = database.location();
    writeDatabase(path, 2);
    Store store(path, Store::Open::Existing);
    AppServices services(store);
    REQUIRE(services.transfer().import(document, false).result == ImportOutcome::Result::Done);
    const qint64 employees = store.employees().count();
    const qint64 conversations = store.repository<Conversation>().count();

    SECTION("the same person again is a conflict that names them")
    {
        const ImportOutcome again = services.transfer().import(document, false);
        CHECK(again.result == ImportOutcome::Result::Conflict);
        REQUIRE(again.conflicts.size() == 1);
        CHECK(again.conflicts.front().contains(QStringLiteral("Noor Bakker")));
    }
    SECTION("a document cut off halfway is refused")
    {
        const ImportOutcome cut =
            services.transfer().import(document.left(document.size() / 2), false);
        CHECK(cut.result == ImportOutcome::Result::Refused);
    }
    CHECK(store.employees().count() == employees);
    CHECK(store.repository<Conversation>().count() == conversations);
    // Both imports backed up first, even the refused one: the policy does not guess. A
    // team server is backed up by its administrator instead.
    CHECK(services.backups().list().size() == (TestDatabase::onServer() ? 0 : 2));
}

TEST_CASE("taken over as a new person, someone already here comes in a second time")
{
    QTemporaryDir dir;
    const QByteArray document = exportOfOne(dir.path());
    const TestDatabase database(QStringLiteral("here.sqlite"));
    Store store(database.location(), Store::Open::CreateIfMissing);
    AppServices services(store);
    REQUIRE(services.transfer().import(document, false).result == ImportOutcome::Result::Done);
    CHECK(services.transfer().import(document, true).result == ImportOutcome::Result::Done);
    CHECK(store.employees().count() == 2);
}
