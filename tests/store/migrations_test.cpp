#include "store/schema.h"
#include "store/statement.h"
#include "storetestsupport.h"

#include <QDir>
#include <QFile>
#include <catch2/catch.hpp>

using namespace dialoog;
using namespace dialoog::test;

TEST_CASE("a database from every earlier version opens, migrates and keeps its data", "[sqlite]")
{
    const int current = schema::currentVersion();
    REQUIRE(current >= 3);
    for (int version = 1; version < current; ++version) {
        const QString fixture =
            QStringLiteral(DIALOOG_TEST_DATA "/dialoog-v%1.sqlite").arg(version);
        INFO("fixture " << fixture.toStdString());
        REQUIRE(QFile::exists(fixture));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        REQUIRE(QFile::copy(fixture, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);

        Store store(path, Store::Open::Existing);
        CHECK(store.schemaVersion() == current);
        CHECK(store.check().ok);
        const Employee e = store.employees().get(1);
        CHECK(e.name == QStringLiteral("Fixture Person"));
        CHECK(e.startDate == QDate(2020, 2, 1));
        const ConversationRecord r = store.conversations().load(1);
        CHECK(r.conversation.phase == Phase::Finished);
        CHECK(r.conversation.summary == QStringLiteral("Went well."));
        REQUIRE(r.answers.size() == 1);
        CHECK(r.answers.front().text == QStringLiteral("Helping customers"));
        REQUIRE(r.notes.size() == 1);
        CHECK(r.notes.front().isPrivate);
        CHECK(r.goals.front().progress == 40);
        REQUIRE(r.goals.front().steps.size() == 1);
        CHECK(r.goals.front().steps.front().text == QStringLiteral("Evening course"));
        CHECK(r.goals.front().steps.front().kind == StepKind::Task);
        CHECK(r.actionItems.front().dueDate == QDate(2025, 2, 1));
        // Text written before search existed is found.
        const std::vector<SearchHit> hits = store.search().find(QStringLiteral("customers"));
        REQUIRE(hits.size() == 1);
        CHECK(hits.front().source == SearchSource::Answer);
        CHECK(hits.front().employeeName == QStringLiteral("Fixture Person"));
        // An old database keeps its own bank; migrating adds no questions.
        CHECK(store.questions().count() == 1);
        // The inbox (migration 6) is searchable like everything else.
        InboxNote note{0, 1, QDateTime(QDate(2025, 3, 1), QTime(9, 0)),
                       QStringLiteral("Ask about the conference"), false};
        store.repository<InboxNote>().insert(note);
        const std::vector<SearchHit> inboxHits = store.search().find(QStringLiteral("conference"));
        REQUIRE(inboxHits.size() == 1);
        CHECK(inboxHits.front().source == SearchSource::InboxNote);
        CHECK(inboxHits.front().conversationId == 0);
        CHECK(inboxHits.front().date == QDate(2025, 3, 1));
        // Migration 11: the saves no longer merge the search index; the index is whole.
        Statement automerge(store.database(),
                            "SELECT v FROM search_index_config WHERE k = 'automerge'");
        REQUIRE(automerge.step());
        CHECK(automerge.integer(0) == 0);
        CHECK_NOTHROW(store.database().exec(
            "INSERT INTO search_index (search_index) VALUES ('integrity-check')"));
    }
}

TEST_CASE("migrating one version at a time ends where migrating at once does", "[sqlite]")
{
    QTemporaryDir dir;
    const auto schemaOf = [](const QString &path) {
        Database db(path, Database::OpenMode::ReadOnly);
        Statement s(db, "SELECT type, name, sql FROM sqlite_schema ORDER BY name");
        QStringList rows;
        while (s.step())
            rows << s.text(0) + s.text(1) + s.text(2);
        return rows;
    };
    const QString stepwise = dir.filePath(QStringLiteral("a.sqlite"));
    {
        Database db(stepwise, Database::OpenMode::ReadWriteCreate);
        for (int v = 1; v <= schema::currentVersion(); ++v)
            schema::migrateTo(db, v);
    }
    const QString direct = dir.filePath(QStringLiteral("b.sqlite"));
    {
        Database db(direct, Database::OpenMode::ReadWriteCreate);
        schema::migrate(db);
    }
    CHECK(schemaOf(stepwise) == schemaOf(direct));
}

TEST_CASE("a migration that fails leaves the database at its last complete version", "[sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    {
        Database db(path, Database::OpenMode::ReadWriteCreate);
        schema::migrateTo(db, 1);
        // Something in the way of migration 2: a table it wants to create.
        db.exec("CREATE TABLE setting (x)");
    }
    {
        Database db(path, Database::OpenMode::ReadWrite);
        CHECK_THROWS(schema::migrate(db));
        Statement version(db, "PRAGMA user_version");
        REQUIRE(version.step());
        CHECK(version.integer(0) == 1);
        Statement index(
            db, "SELECT count(*) FROM sqlite_schema WHERE name = 'conversation_by_employee'");
        REQUIRE(index.step());
        CHECK(index.integer(0) == 0);
    }
}
