// The PostgreSQL backend itself: what the cases shared with SQLite cannot show. These
// run only in the PostgreSQL run (hidden, tag [postgres]).
#include "store/backups.h"
#include "store/database.h"
#include "store/postgres/pgconnection.h"
#include "store/postgres/pgschema.h"
#include "store/postgres/pgstatement.h"
#include "store/schema.h"
#include "store/statement.h"
#include "store/storeerror.h"
#include "store/transaction.h"
#include "storetestsupport.h"

#include <QDir>
#include <catch2/catch.hpp>

using namespace dialoog;
using namespace dialoog::test;

namespace {

QString scalarText(Database &db, std::string_view sql)
{
    Statement statement(db, sql);
    REQUIRE(statement.step());
    return statement.text(0);
}

StoreError::Kind openError(const QString &address)
{
    try {
        Store store(address, Store::Open::Existing);
    } catch (const StoreError &e) {
        return e.kind();
    }
    FAIL("opened");
    return StoreError::Kind::Other;
}

} // namespace

TEST_CASE("SQLite's ? and ?N parameters become $N, never inside quotes", "[postgres]")
{
    int count = 0;
    CHECK(PgStatement::numberedParameters("SELECT a FROM t WHERE b = ? AND c = ?", count) ==
          "SELECT a FROM t WHERE b = $1 AND c = $2");
    CHECK(count == 2);
    CHECK(
        PgStatement::numberedParameters("x IN (?1) AND y NOT IN (?1) OR z = '?' OR \"?\"", count) ==
        "x IN ($1) AND y NOT IN ($1) OR z = '?' OR \"?\"");
    CHECK(count == 1);
    CHECK(PgStatement::numberedParameters("SELECT 1", count) == "SELECT 1");
    CHECK(count == 0);
}

TEST_CASE("the store connects as a manager: neither a superuser nor the owner of the tables",
          "[.][postgres]")
{
    TempStore store;
    Database &db = store->database();
    REQUIRE(db.isServer());
    CHECK(scalarText(db, "SELECT current_user") == QLatin1String(TestDatabase::managerRole));
    CHECK(scalarText(db, "SELECT rolsuper FROM pg_roles WHERE rolname = current_user") == "f");
    CHECK(scalarText(db, "SELECT pg_has_role(current_user, 'dialoog_owner', 'MEMBER')") == "f");
    CHECK(scalarText(db, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND "
                         "tableowner = current_user") == "0");
}

TEST_CASE("values bound on the server come back unchanged, NULLs and '' apart", "[.][postgres]")
{
    TempStore store;
    Database &db = store->database();
    const QString text = QStringLiteral("Één café, 🌱 en ‏שלום");
    const QDateTime moment(QDate(2026, 5, 1), QTime(9, 30, 15, 250));
    Statement select(db, "SELECT ?::bigint, ?::text, ?::text, ?::text, ?::bigint, ?::text");
    select.bind(1, qint64(1) << 40).bind(2, text).bind(3, QDate()).bind(4, moment);
    select.bindId(5, 0).bind(6, QString());
    REQUIRE(select.step());
    CHECK(select.int64(0) == qint64(1) << 40);
    CHECK(select.text(1) == text);
    CHECK(select.isNull(2));
    CHECK_FALSE(select.date(2).isValid());
    CHECK(select.dateTime(3) == moment);
    CHECK(select.isNull(4));
    CHECK_FALSE(select.isNull(5));
    CHECK_FALSE(select.step());
}

TEST_CASE("an insert gives its id and an update or delete its number of rows, as on SQLite",
          "[.][postgres]")
{
    TempStore store(Store::Seed::Nothing);
    Employee a = person(QStringLiteral("Anna")), b = person(QStringLiteral("Bram"));
    const Id first = store->employees().insert(a);
    const Id second = store->employees().insert(b);
    CHECK(first > 0);
    CHECK(second > first);
    CHECK(store->employees().get(second).name == "Bram");
    Statement(store->database(), "UPDATE employee SET team = 'X'").run();
    CHECK(store->database().changes() == 2);
    CHECK(store->employees().tryRemove(first));
    CHECK_FALSE(store->employees().tryRemove(first));
}

TEST_CASE("errors from the server become StoreErrors of the right kind, and a failed "
          "transaction rolls back whole",
          "[.][postgres]")
{
    TempStore store(Store::Seed::Nothing);
    Database &db = store->database();
    Employee e = person();
    e.name = QStringLiteral("  ");
    try {
        store->employees().insert(e);
        FAIL("no error");
    } catch (const StoreError &error) {
        CHECK(error.kind() == StoreError::Kind::Constraint);
    }
    {
        Transaction outer(db);
        Employee kept = person(QStringLiteral("Kept"));
        store->employees().insert(kept);
        {
            Transaction inner(db);
            Employee dropped = person(QStringLiteral("Dropped"));
            store->employees().insert(dropped);
        } // inner rolled back
        outer.commit();
    }
    CHECK(store->employees().count() == 1);
    {
        Transaction failing(db);
        Employee lost = person(QStringLiteral("Lost"));
        store->employees().insert(lost);
        CHECK_THROWS_AS(Statement(db, "SELECT no_such_column FROM employee").step(), StoreError);
    }
    CHECK(store->employees().count() == 1);
    // The tables are the owner's: a manager cannot change them.
    try {
        db.exec("DROP TABLE note");
        FAIL("dropped a table");
    } catch (const StoreError &error) {
        CHECK(error.kind() == StoreError::Kind::AccessDenied);
    }
}

TEST_CASE("a transaction's BEGIN goes with its first statement: what follows is inside it, a "
          "refused first statement is told as such, and an empty transaction costs nothing",
          "[.][postgres]")
{
    TempStore store(Store::Seed::Nothing);
    Database &db = store->database();
    Employee anna = person(QStringLiteral("Anna"));
    store->employees().insert(anna); // the insert is prepared, so the next one is pipelined
    {
        Transaction refused(db);
        CHECK(db.inTransaction());
        Employee blank = person();
        blank.name = QStringLiteral("  ");
        try {
            store->employees().insert(blank);
            FAIL("no error");
        } catch (const StoreError &error) {
            CHECK(error.kind() == StoreError::Kind::Constraint);
        }
    }
    CHECK_FALSE(db.inTransaction());
    {
        Transaction dropped(db);
        Employee bram = person(QStringLiteral("Bram"));
        store->employees().insert(bram);
        Statement(db, "UPDATE employee SET team = 'X'").run();
        CHECK(db.changes() == 2);
    } // rolled back: the first insert was inside the transaction too
    CHECK(store->employees().count() == 1);
    CHECK(store->employees().get(anna.id).team != QStringLiteral("X"));
    {
        Transaction kept(db);
        Employee cas = person(QStringLiteral("Cas"));
        store->employees().insert(cas);
        kept.commit();
    }
    {
        Transaction empty(db);
        empty.commit();
    }
    CHECK_FALSE(db.inTransaction());
    CHECK(store->employees().count() == 2);
}

TEST_CASE("every row about an employee carries the employee's owner, set by the server",
          "[.][postgres]")
{
    TempStore store;
    Employee e = person();
    store->employees().insert(e);
    ConversationRecord r =
        store->conversations().load(store->conversations().create(e.id, QDate(2026, 3, 1)).id);
    r.notes.push_back(Note{0, 0, Phase::Goals, QDateTime(QDate(2026, 3, 1), QTime(10, 0)),
                           QStringLiteral("Private"), true});
    r.actionItems.push_back(ActionItem{
        0, 0, QStringLiteral("Do"), Owner::Employee, {}, {}, {}, ActionStatus::Open, 0, 0});
    store->conversations().save(r);

    // Behind the store's back, as the superuser: every owner is the manager's role.
    Database admin(Database::Server{store.database.adminAddress(), {}});
    for (const char *table : {"employee", "conversation", "note", "action_item", "reflection"}) {
        INFO(table);
        CHECK(scalarText(admin, "SELECT string_agg(DISTINCT owner_role, ',') FROM " +
                                    std::string(table)) ==
              QLatin1String(TestDatabase::managerRole));
    }
    CHECK(scalarText(admin, "SELECT author_role FROM note") ==
          QLatin1String(TestDatabase::managerRole));
    // A child of an employee that does not exist is refused by the owner trigger.
    try {
        Statement(store->database(), "INSERT INTO conversation (employee_id) VALUES (?)")
            .bind(1, e.id + 1000)
            .run();
        FAIL("inserted an orphan");
    } catch (const StoreError &error) {
        CHECK(error.kind() == StoreError::Kind::Constraint);
    }
}

TEST_CASE("the server schema is at SQLite's version; migrating again changes nothing; an empty "
          "or newer database is refused in words",
          "[.][postgres]")
{
    TempStore store;
    CHECK(store->schemaVersion() == schema::currentVersion());
    Database admin(Database::Server{store.database.adminAddress(), {}});
    admin.exec("SET ROLE dialoog_owner");
    postgres::migrate(admin);
    CHECK(postgres::schemaVersion(admin) == schema::currentVersion());

    admin.exec("UPDATE schema_version SET version = version + 1");
    store.store.reset();
    CHECK(openError(store.path) == StoreError::Kind::NewerVersion);

    admin.exec("DROP TABLE schema_version");
    CHECK(openError(store.path) == StoreError::Kind::NotADatabase);
}

TEST_CASE("a server that is not there is said to be unreachable", "[.][postgres]")
{
    QTemporaryDir nowhere;
    CHECK(openError(QStringLiteral("host='%1' dbname=dialoog").arg(nowhere.path())) ==
          StoreError::Kind::Unreachable);
    CHECK(openError(QStringLiteral("postgresql:///no_such_database?host=%1&user=%2")
                        .arg(qEnvironmentVariable("DIALOOG_TEST_PGHOST"),
                             QLatin1String(TestDatabase::managerRole))) ==
          StoreError::Kind::AccessDenied);
}

TEST_CASE("a team database is never copied into files: the server is backed up by its "
          "administrator",
          "[.][postgres]")
{
    TempStore store;
    Backups backups(store.dir.filePath(QStringLiteral("dialoog.sqlite")));
    try {
        backups.write(store->database(), QStringLiteral("daily"));
        FAIL("wrote a file backup of a server");
    } catch (const StoreError &error) {
        CHECK(error.message().contains(QStringLiteral("server")));
    }
    CHECK(QDir(store.dir.path()).isEmpty());
}

TEST_CASE("a typed password goes only over a socket or a verified or bound connection",
          "[postgres]")
{
    using Options = QHash<QString, QString>;
    const auto risk = [](const Options &options) {
        return !PgConnection::typedPasswordRisk(options).isEmpty();
    };
    CHECK_FALSE(risk({}));
    CHECK_FALSE(risk({{"host", "/run/postgresql"}}));
    CHECK_FALSE(risk({{"host", "/run/postgresql,@abstract"}}));
    CHECK(risk({{"host", "db.example.org"}}));
    CHECK(risk({{"host", "/run/postgresql,db.example.org"}}));
    CHECK(risk({{"hostaddr", "10.0.0.5"}}));
    CHECK(risk({{"host", "db.example.org"}, {"sslmode", "require"}}));
    CHECK(risk({{"host", "db.example.org"}, {"sslmode", "prefer"}}));
    CHECK_FALSE(risk({{"host", "db.example.org"}, {"sslmode", "verify-full"}}));
    CHECK_FALSE(risk({{"host", "db.example.org"}, {"sslmode", "verify-ca"}}));
    CHECK_FALSE(risk({{"host", "db.example.org"}, {"channel_binding", "require"}}));
    CHECK(risk({{"host", "db.example.org"}, {"channel_binding", "prefer"}}));
}

TEST_CASE("a typed password is refused before it is sent to a server nobody verified", "[postgres]")
{
    // The options come from libpq itself, the environment included.
    qputenv("PGSSLMODE", "prefer");
    try {
        Database(Database::Server{QStringLiteral("host=127.0.0.1 port=1 dbname=x"),
                                  QStringLiteral("secret")});
        FAIL("connected");
    } catch (const StoreError &e) {
        CHECK(e.kind() == StoreError::Kind::AccessDenied);
        CHECK(e.message().contains(QLatin1String("sslmode=verify-full")));
    }
    qputenv("PGSSLMODE", "verify-full");
    try {
        Database(Database::Server{QStringLiteral("host=127.0.0.1 port=1 dbname=x"),
                                  QStringLiteral("secret")});
        FAIL("connected");
    } catch (const StoreError &e) {
        CHECK(e.kind() == StoreError::Kind::Unreachable); // tried, so the password may go
    }
    qunsetenv("PGSSLMODE");
}
