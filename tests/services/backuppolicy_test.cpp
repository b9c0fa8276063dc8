#include "services/backuppolicy.h"
#include "services/backupreason.h"
#include "store/backups.h"
#include "store/store.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace dialoog;

TEST_CASE("each backup reason has the file-name tag users and older backups already have",
          "[sqlite]")
{
    CHECK(backupTag(BackupReason::Daily) == QStringLiteral("daily"));
    CHECK(backupTag(BackupReason::BeforeMigration) == QStringLiteral("before-migration"));
    CHECK(backupTag(BackupReason::BeforeImport) == QStringLiteral("before-import"));
    CHECK(backupTag(BackupReason::BeforeRestore) == QStringLiteral("before-restore"));
    CHECK(backupTag(BackupReason::BeforeRetention) == QStringLiteral("before-retention"));
    for (const BackupReason reason :
         {BackupReason::Daily, BackupReason::BeforeMigration, BackupReason::BeforeImport,
          BackupReason::BeforeRestore, BackupReason::BeforeRetention})
        CHECK(backupReasonOf(backupTag(reason)) == reason);
    CHECK_FALSE(backupReasonOf(QStringLiteral("before-something-new")).has_value());
}

TEST_CASE(
    "a backup written for a reason carries its tag in the file name and is listed with that reason",
    "[sqlite]")
{
    QTemporaryDir dir;
    Store store(dir.filePath(QStringLiteral("team.sqlite")), Store::Open::CreateIfMissing);
    BackupPolicy backups(store);
    const QString path = backups.write(BackupReason::BeforeRetention);
    CHECK(QFileInfo(path).fileName().startsWith(QStringLiteral("team-")));
    CHECK(path.endsWith(QStringLiteral("-before-retention.sqlite")));
    const std::vector<BackupInfo> list = backups.list();
    REQUIRE(list.size() == 1);
    CHECK(list.front().path == path);
    CHECK(list.front().reason == BackupReason::BeforeRetention);
    CHECK(list.front().tag == QStringLiteral("before-retention"));
    CHECK(list.front().employees == -1); // not described unless asked
}

TEST_CASE("the daily backup is written once a day; after an erasure the old ones make way for one "
          "fresh copy",
          "[sqlite]")
{
    QTemporaryDir dir;
    Store store(dir.filePath(QStringLiteral("team.sqlite")), Store::Open::CreateIfMissing);
    BackupPolicy backups(store);
    CHECK(backups.writeDaily().endsWith(QStringLiteral("-daily.sqlite")));
    CHECK(backups.writeDaily().isEmpty());
    backups.write(BackupReason::BeforeImport);
    REQUIRE(backups.list().size() == 2);

    backups.replaceAllWithFresh();
    const std::vector<BackupInfo> left = backups.list();
    REQUIRE(left.size() == 1);
    CHECK(left.front().reason == BackupReason::Daily);
}

TEST_CASE("a tag this version does not know is listed as it is, without a reason", "[sqlite]")
{
    QTemporaryDir dir;
    Store store(dir.filePath(QStringLiteral("team.sqlite")), Store::Open::CreateIfMissing);
    Backups(store.path()).write(store.database(), QStringLiteral("before-sync"));
    const std::vector<BackupInfo> list = BackupPolicy(store).list();
    REQUIRE(list.size() == 1);
    CHECK_FALSE(list.front().reason.has_value());
    CHECK(list.front().tag == QStringLiteral("before-sync"));
}
