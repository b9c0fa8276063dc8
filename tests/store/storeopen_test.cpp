#include "storetestsupport.h"

#include "store/schema.h"
#include "store/storeerror.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

using namespace dialoog;
using namespace dialoog::test;

namespace {

QByteArray digest(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

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

TEST_CASE("a new database is Dialoog's, at the current version, in WAL mode with foreign keys on")
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

TEST_CASE("opening a file that is not a Dialoog database says so and leaves the file as it was")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("file.sqlite"));

    SECTION("text file")
    {
        write(path, QByteArray("These are my notes, not a database.\n").repeated(200));
        const QByteArray before = digest(path);
        CHECK(openError(path) == StoreError::Kind::NotADatabase);
        CHECK(digest(path) == before);
    }
    SECTION("empty file")
    {
        write(path, {});
        CHECK(openError(path, Store::Open::CreateIfMissing) == StoreError::Kind::NotADatabase);
        CHECK(QFileInfo(path).size() == 0);
    }
    SECTION("another program's SQLite database")
    {
        {
            Database db(path, Database::OpenMode::ReadWriteCreate);
            db.exec("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)");
        }
        const QByteArray before = digest(path);
        CHECK(openError(path) == StoreError::Kind::ForeignFile);
        CHECK(digest(path) == before);
    }
    SECTION("a database from a newer Dialoog")
    {
        {
            Store store(path, Store::Open::CreateIfMissing);
            store.database().exec("PRAGMA user_version = 999");
            store.database().exec("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        const QByteArray before = digest(path);
        CHECK(openError(path) == StoreError::Kind::NewerVersion);
        CHECK(digest(path) == before);
    }
    SECTION("a missing file, when it must exist")
    {
        CHECK(openError(path) == StoreError::Kind::NotFound);
        CHECK_FALSE(QFile::exists(path));
    }
}

TEST_CASE("a database in a folder that does not exist yet creates the folder for its owner only")
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

TEST_CASE("a database in an existing folder leaves that folder's permissions alone")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("shared"));
    REQUIRE(QDir().mkpath(folder));
    const auto open = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup |
                      QFile::ReadOther | QFile::ExeOther;
    REQUIRE(QFile::setPermissions(folder, open));
    Store store(folder + QStringLiteral("/dialoog.sqlite"), Store::Open::CreateIfMissing);
    CHECK(QFileInfo(folder).permissions().testFlag(QFile::ReadOther));
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
