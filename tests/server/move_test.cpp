// `dialoog move`: a manager's local file onto the server, all or nothing, through the one
// import; the file is only read.
#include "core/failure.h"
#include "serverfixture.h"
#include "services/movetoserver.h"
#include "store/demodata.h"
#include "store/statement.h"
#include "store/store.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

using dialoog::ImportOutcome;
using dialoog::test::PgConnection;
using dialoog::test::TeamFixture;

namespace {

QByteArray fingerprint(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// A manager's own file with the demo data (private notes included).
struct LocalFile
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("mine.sqlite"));
    dialoog::DemoSummary demo;
    qint64 privateNotes = 0;

    LocalFile()
    {
        dialoog::Store store(path, dialoog::Store::Open::CreateIfMissing);
        demo = dialoog::fillDemoData(store, QDate(2026, 6, 1));
        dialoog::Statement count(store.database(), "SELECT count(*) FROM note WHERE private");
        REQUIRE(count.step());
        privateNotes = count.int64(0);
    }
};

int count(PgConnection &as, const std::string &sql)
{
    return std::stoi(as.value(sql));
}

} // namespace

TEST_CASE("move brings a whole local file onto the server as the manager's own, private notes "
          "private, and leaves the file as it was")
{
    LocalFile local;
    REQUIRE(local.demo.employees > 0);
    REQUIRE(local.privateNotes > 0);
    const QByteArray before = fingerprint(local.path);
    TeamFixture team;
    const ImportOutcome outcome = dialoog::moveToServer(local.path, team.server.uri(team.a), 1000);
    REQUIRE(outcome.result == ImportOutcome::Result::Done);
    CHECK(outcome.employees == local.demo.employees);
    CHECK(outcome.conversations == local.demo.conversations);
    PgConnection a = team.server.connect(team.a);
    CHECK(count(a, "SELECT count(*) FROM employee") == local.demo.employees + 1);
    CHECK(count(a, "SELECT count(*) FROM conversation") == local.demo.conversations + 2);
    CHECK(count(a, "SELECT count(*) FROM note WHERE private = 1") == local.privateNotes + 1);
    CHECK(count(a, "SELECT count(*) FROM note WHERE author_role <> current_user") == 0);
    PgConnection b = team.server.connect(team.b);
    CHECK(count(b, "SELECT count(*) FROM employee") == 0);
    CHECK(count(b, "SELECT count(*) FROM note") == 0);
    CHECK(fingerprint(local.path) == before);
}

TEST_CASE("a move that fails half-way leaves the server and the file as they were")
{
    LocalFile local;
    const QByteArray before = fingerprint(local.path);
    TeamFixture team;
    // The server refuses the last kind of row the import writes; employees, conversations
    // and notes were written by then.
    team.server.admin().exec(R"sql(
CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'refused for the test'; END $$;
CREATE TRIGGER refuse BEFORE INSERT ON agreement FOR EACH ROW EXECUTE FUNCTION refuse();)sql");
    CHECK_THROWS_WITH(dialoog::moveToServer(local.path, team.server.uri(team.a), 1000),
                      Catch::Contains("refused for the test"));
    PgConnection a = team.server.connect(team.a);
    CHECK(count(a, "SELECT count(*) FROM employee") == 1);
    CHECK(count(a, "SELECT count(*) FROM conversation") == 2);
    CHECK(count(a, "SELECT count(*) FROM note") == 2);
    CHECK(count(a, "SELECT count(*) FROM question") == 1);
    CHECK(fingerprint(local.path) == before);
}

TEST_CASE("moving the same file twice is refused the second time, adding nothing")
{
    LocalFile local;
    TeamFixture team;
    REQUIRE(dialoog::moveToServer(local.path, team.server.uri(team.a), 1000).result ==
            ImportOutcome::Result::Done);
    PgConnection a = team.server.connect(team.a);
    const int employees = count(a, "SELECT count(*) FROM employee");
    const int notes = count(a, "SELECT count(*) FROM note");
    const ImportOutcome again = dialoog::moveToServer(local.path, team.server.uri(team.a), 1000);
    CHECK(again.result == ImportOutcome::Result::Conflict);
    CHECK_FALSE(again.message.isEmpty());
    CHECK(count(a, "SELECT count(*) FROM employee") == employees);
    CHECK(count(a, "SELECT count(*) FROM note") == notes);
}

TEST_CASE("move goes only onto a server, and only from a Dialoog file")
{
    LocalFile local;
    QTemporaryDir dir;
    CHECK_THROWS_AS(
        dialoog::moveToServer(local.path, dir.filePath(QStringLiteral("other.sqlite")), 1000),
        dialoog::Failure);
    TeamFixture team;
    CHECK_THROWS_AS(dialoog::moveToServer(dir.filePath(QStringLiteral("missing.sqlite")),
                                          team.server.uri(team.a), 1000),
                    dialoog::Failure);
    CHECK(count(*std::make_unique<PgConnection>(team.server.database(), team.a),
                "SELECT count(*) FROM employee") == 1);
}
