#include "badfiles.h"
#include "store/backups.h"
#include "store/schema.h"
#include "store/storeerror.h"
#include "storetestsupport.h"
#include "unprivileged.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <catch2/catch.hpp>

using namespace dialoog;
using namespace dialoog::test;

namespace {

StoreError::Kind openError(const QString &path, Store::Open mode = Store::Open::Existing)
{
    try {
        Store store(path, mode);
    } catch (const StoreError &e) {
        CHECK_FALSE(e.message().isEmpty());
        CHECK(e.message().contains(path));
        return e.kind();
    }
    FAIL("the file was opened");
    return StoreError::Kind::Other;
}

} // namespace

TEST_CASE("a new database is Dialoog's, at the current version, in WAL mode with foreign keys on",
          "[sqlite]")
{
    TempStore store;
    Database &db = store->database();
    const auto pragma = [&db](std::string_view sql) {
        Statement s(db, sql);
        REQUIRE(s.step());
        return s.text(0);
    };
    CHECK(pragma("PRAGMA application_id").toLongLong() == schema::applicationId);
    CHECK(pragma("PRAGMA user_version").toInt() == schema::currentVersion());
    CHECK(pragma("PRAGMA journal_mode") == QStringLiteral("wal"));
    CHECK(pragma("PRAGMA foreign_keys") == QStringLiteral("1"));
    CHECK(pragma("PRAGMA synchronous") == QStringLiteral("2")); // FULL
    CHECK(store->wasCreated());
}

TEST_CASE("opening a file that is not a Dialoog database says so and leaves the file as it was",
          "[sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("file.sqlite"));
    // Read-only or not, a refused file is left exactly as it was.
    const Store::Open mode = GENERATE(Store::Open::Existing, Store::Open::ReadOnly);

    SECTION("text file")
    {
        const QByteArray before = makeBadFile(BadFile::NotSqlite, path);
        CHECK(openError(path, mode) == StoreError::Kind::NotADatabase);
        CHECK(fileBytes(path) == before);
    }
    SECTION("empty file")
    {
        makeBadFile(BadFile::Empty, path);
        CHECK(
            openError(path, mode == Store::Open::Existing ? Store::Open::CreateIfMissing : mode) ==
            StoreError::Kind::NotADatabase);
        CHECK(QFileInfo(path).size() == 0);
    }
    SECTION("another program's SQLite database")
    {
        const QByteArray before = makeBadFile(BadFile::Foreign, path);
        CHECK(openError(path, mode) == StoreError::Kind::ForeignFile);
        CHECK(fileBytes(path) == before);
    }
    SECTION("a database from a newer Dialoog")
    {
        const QByteArray before = makeBadFile(BadFile::NewerVersion, path);
        CHECK(openError(path, mode) == StoreError::Kind::NewerVersion);
        CHECK(fileBytes(path) == before);
    }
    SECTION("a damaged database")
    {
        const QByteArray before =
            makeBadFile(GENERATE(BadFile::Truncated, BadFile::BitFlipped), path);
        const StoreError::Kind kind = openError(path, mode);
        CHECK((kind == StoreError::Kind::Corrupt || kind == StoreError::Kind::NotADatabase));
        CHECK(fileBytes(path) == before);
    }
    SECTION("a missing file, when it must exist")
    {
        CHECK(openError(path, mode) == StoreError::Kind::NotFound);
        CHECK_FALSE(QFile::exists(path));
    }
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("backups"))));
}

TEST_CASE("a database in a folder that does not exist yet creates the folder for its owner only",
          "[sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new/folder/dialoog.sqlite"));
    Store store(path, Store::Open::CreateIfMissing);
    const QFileInfo folder(dir.filePath(QStringLiteral("new/folder")));
    CHECK(folder.isDir());
    CHECK(folder.permissions().testFlag(QFile::ReadOwner));
    CHECK_FALSE(folder.permissions().testFlag(QFile::ReadOther));
    CHECK_FALSE(folder.permissions().testFlag(QFile::ReadGroup));
}

TEST_CASE("a database in an existing folder leaves that folder's permissions alone", "[sqlite]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("shared"));
    REQUIRE(QDir().mkpath(folder));
    const auto open = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                      QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther;
    REQUIRE(QFile::setPermissions(folder, open));
    Store store(folder + QStringLiteral("/dialoog.sqlite"), Store::Open::CreateIfMissing);
    // Owner-only is for folders Dialoog makes; one that was there keeps exactly its mode.
    CHECK(QFileInfo(folder).permissions() ==
          (open | QFile::ReadUser | QFile::WriteUser | QFile::ExeUser));
}

TEST_CASE("check reports counts and an intact database")
{
    TempStore store;
    Employee e = person();
    store->employees().insert(e);
    const StoreCheck check = store->check();
    CHECK(check.ok);
    CHECK(check.schemaVersion == schema::currentVersion());
    REQUIRE_FALSE(check.counts.empty());
    CHECK(check.counts.front() == std::pair<QString, qint64>(QStringLiteral("employees"), 1));
}

namespace {

// A database at the current version, and its bytes once every change is in the file.
QByteArray currentDatabase(const QString &path)
{
    writeDatabase(path, 3);
    return fileBytes(path);
}

void checkReadsButNeverWrites(Store &store, const QString &path, const QByteArray &before)
{
    CHECK(store.isReadOnly());
    CHECK(store.employees().count() == 3);
    CHECK(store.check().ok);
    Employee e = person();
    try {
        store.employees().insert(e);
        FAIL("wrote to a read-only database");
    } catch (const StoreError &error) {
        CHECK(error.kind() == StoreError::Kind::ReadOnly);
        CHECK(error.message().contains(QStringLiteral("read-only")));
    }
    CHECK(fileBytes(path) == before);
    CHECK(Backups(path).list().empty()); // no daily backup, nor any other
}

} // namespace

TEST_CASE("a database opened read-only is read, never written, and says why", "[sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dialoog.sqlite"));
    const QByteArray before = currentDatabase(path);
    {
        Store store(path, Store::Open::ReadOnly);
        CHECK(store.readOnlyReason().contains(QStringLiteral("--read-only")));
        checkReadsButNeverWrites(store, path, before);
    }
    CHECK(fileBytes(path) == before);
    Store writable(path, Store::Open::Existing);
    CHECK_FALSE(writable.isReadOnly());
    CHECK(writable.readOnlyReason().isEmpty());
}

TEST_CASE("an older database opened read-only is refused whole, since it would need a migration",
          "[sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    REQUIRE(QFile::copy(QStringLiteral(DIALOOG_TEST_DATA "/dialoog-v1.sqlite"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray before = fileBytes(path);
    CHECK(openError(path, Store::Open::ReadOnly) == StoreError::Kind::ReadOnly);
    try {
        Store store(path, Store::Open::ReadOnly);
    } catch (const StoreError &e) {
        CHECK(e.message().contains(QStringLiteral("older version")));
        CHECK(e.message().contains(QStringLiteral("cannot be changed")));
    }
    CHECK(fileBytes(path) == before);
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("backups"))));
}

TEST_CASE("a file or folder that may not be changed opens read-only by itself", "[sqlite]")
{
    if (rerunAsUnprivilegedUser()) // as root, where permissions stop nothing
        return;
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("data"));
    REQUIRE(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/dialoog.sqlite");
    const QByteArray before = currentDatabase(path);
    const auto owner = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;

    SECTION("the file is read-only (0400)")
    {
        REQUIRE(QFile::setPermissions(path, QFile::ReadOwner));
        Store store(path, Store::Open::Existing);
        CHECK(store.readOnlyReason().contains(path));
        checkReadsButNeverWrites(store, path, before);
    }
    SECTION("the folder is read-only (0500), so no -wal could be made")
    {
        REQUIRE(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        Store store(path, Store::Open::CreateIfMissing);
        CHECK(store.readOnlyReason().contains(folder));
        checkReadsButNeverWrites(store, path, before);
        CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    }
    QFile::setPermissions(folder, owner);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    Store again(path, Store::Open::Existing);
    CHECK_FALSE(again.isReadOnly());
}
