// The administrator's commands through TeamServer: init on an empty, an older and a newer
// database; new managers and HR; reassignment with its audit.
#include "core/failure.h"
#include "serverfixture.h"
#include "store/database.h"
#include "store/postgres/pgschema.h"
#include "store/schema.h"
#include "store/store.h"
#include "store/storeerror.h"

using dialoog::Failure;
using dialoog::TeamServer;
using dialoog::test::PgConnection;
using dialoog::test::ScratchServer;
using dialoog::test::TeamFixture;

namespace {

// What init leaves that decides who sees what, as text to compare.
std::string rules(PgConnection &admin)
{
    std::string all;
    for (const auto &row :
         admin.exec("SELECT tablename || policyname || array_to_string(roles, ',') || cmd || "
                    "coalesce(qual, '') || coalesce(with_check, '') FROM pg_policies ORDER BY 1"))
        all += row[0] + "\n";
    for (const auto &row :
         admin.exec("SELECT relname || coalesce(array_to_string(relacl, ','), '') || "
                    "relrowsecurity::text || relforcerowsecurity::text FROM pg_class WHERE "
                    "relnamespace = 'public'::regnamespace ORDER BY 1"))
        all += row[0] + "\n";
    for (const auto &row : admin.exec(
             "SELECT attrelid::regclass::text || attname || array_to_string(attacl, ',') FROM "
             "pg_attribute WHERE attacl IS NOT NULL ORDER BY 1"))
        all += row[0] + "\n";
    return all;
}

QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

} // namespace

TEST_CASE("server init makes an empty database a team server, and a second run changes nothing")
{
    ScratchServer server;
    const dialoog::ServerInitOutcome first = TeamServer(server.adminUri()).init();
    CHECK(first.fromVersion == 0);
    CHECK(first.toVersion == dialoog::schema::currentVersion());
    PgConnection admin = server.admin();
    CHECK(admin.value("SELECT version FROM schema_version") ==
          std::to_string(dialoog::schema::currentVersion()));
    const std::string before = rules(admin);
    CHECK(before.find("hr_overview") != std::string::npos);
    const dialoog::ServerInitOutcome second = TeamServer(server.adminUri()).init();
    CHECK(second.fromVersion == second.toVersion);
    CHECK(rules(admin) == before);
}

TEST_CASE("server init brings a database made before the access rules under them, keeping "
          "every row")
{
    // The state before this release: the tables as dialoog_owner's, without row-level
    // security, and a manager's data in them.
    ScratchServer server;
    {
        dialoog::Database db(dialoog::Database::Server{server.adminUri(), {}});
        db.exec("DO $$ BEGIN CREATE ROLE dialoog_owner NOLOGIN; EXCEPTION WHEN duplicate_object "
                "THEN NULL; END $$");
        db.exec("CREATE EXTENSION IF NOT EXISTS unaccent; GRANT CREATE ON SCHEMA public TO "
                "dialoog_owner; SET ROLE dialoog_owner");
        dialoog::postgres::migrateTo(db, dialoog::schema::currentVersion());
        db.exec("INSERT INTO employee (name, owner_role) VALUES ('Anna', 'x_a'), ('Bo', 'x_b')");
    }
    PgConnection admin = server.admin();
    CHECK(admin.value("SELECT count(*) FROM pg_class WHERE relrowsecurity") == "0");
    const dialoog::ServerInitOutcome done = TeamServer(server.adminUri()).init();
    CHECK(done.fromVersion == dialoog::schema::currentVersion());
    CHECK(admin.value("SELECT string_agg(name || ':' || owner_role, ',' ORDER BY name) FROM "
                      "employee") == "Anna:x_a,Bo:x_b");
    CHECK(admin.value("SELECT count(*) FROM pg_class WHERE relnamespace = "
                      "'public'::regnamespace AND relkind = 'r' AND NOT relforcerowsecurity") ==
          "0");
}

TEST_CASE("server init brings a database at an earlier schema up to date, keeping every row "
          "with the new columns' defaults, and a second run changes nothing")
{
    // Every schema a server can have been left at: the baseline (7) up to the one before now.
    const int earlier = GENERATE(range(7, dialoog::schema::currentVersion()));
    INFO("from version " << earlier);
    ScratchServer server;
    PgConnection admin = server.admin();
    {
        // The tables as an earlier init left them, dialoog_owner's, with rows in them.
        dialoog::Database db(dialoog::Database::Server{server.adminUri(), {}});
        db.exec("DO $$ BEGIN CREATE ROLE dialoog_owner NOLOGIN; EXCEPTION WHEN duplicate_object "
                "THEN NULL; END $$");
        db.exec("CREATE EXTENSION IF NOT EXISTS unaccent; GRANT CREATE ON SCHEMA public TO "
                "dialoog_owner; SET ROLE dialoog_owner");
        dialoog::postgres::migrateTo(db, earlier);
        db.exec("INSERT INTO employee (name, owner_role) VALUES ('Anna', 'x_a');"
                "INSERT INTO conversation (employee_id, planned_date, summary) SELECT id, "
                "'2026-03-02', 'we spoke' FROM employee;"
                "INSERT INTO note (conversation_id, phase, created_at, text) SELECT id, 'goals', "
                "'2026-03-02T10:00', 'a note' FROM conversation");
    }
    CHECK(admin.value("SELECT version FROM schema_version") == std::to_string(earlier));
    const dialoog::ServerInitOutcome done = TeamServer(server.adminUri()).init();
    CHECK(done.fromVersion == earlier);
    CHECK(done.toVersion == dialoog::schema::currentVersion());
    const std::string rows = "SELECT e.name || ':' || e.owner_role || ':' || c.summary || ':' || "
                             "n.text || ':' || c.owner_role || ':' || n.owner_role FROM employee "
                             "e JOIN conversation c ON c.employee_id = e.id JOIN note n ON "
                             "n.conversation_id = c.id";
    CHECK(admin.value(rows) == "Anna:x_a:we spoke:a note:x_a:x_a");
    // The columns later migrations added, with their defaults (8: version; 9: check-ins,
    // sign-off, leaving date).
    CHECK(admin.value("SELECT c.version || ':' || c.kind || ':' || c.sign_off || ':' || "
                      "e.check_in_weeks || ':' || (e.left_on IS NULL) FROM conversation c JOIN "
                      "employee e ON e.id = c.employee_id") == "0:development:draft:0:true");
    CHECK(admin.value("SELECT count(*) FROM signal_dismissal") == "0");
    // The data is searchable and under the access rules, as on a new server.
    CHECK(admin.value("SELECT count(*) FROM search_index WHERE body = 'a note'") == "1");
    CHECK(admin.value("SELECT count(*) FROM pg_class WHERE relnamespace = "
                      "'public'::regnamespace AND relkind = 'r' AND NOT relforcerowsecurity") ==
          "0");
    const std::string before = rules(admin);
    const dialoog::ServerInitOutcome again = TeamServer(server.adminUri()).init();
    CHECK(again.fromVersion == again.toVersion);
    CHECK(rules(admin) == before);
    CHECK(admin.value(rows) == "Anna:x_a:we spoke:a note:x_a:x_a");
}

TEST_CASE("server init refuses a database of a newer Dialoog and leaves it as it is")
{
    ScratchServer server;
    TeamServer(server.adminUri()).init();
    PgConnection admin = server.admin();
    admin.exec("UPDATE schema_version SET version = version + 1");
    const std::string before = rules(admin);
    CHECK_THROWS_AS(TeamServer(server.adminUri()).init(), Failure);
    CHECK(rules(admin) == before);
}

TEST_CASE("add-manager makes a login role without a password, in the manager or the HR group")
{
    ScratchServer server;
    TeamServer admin(server.adminUri());
    admin.init();
    const std::string anna = server.roleName("anna");
    const std::string hanna = server.roleName("hanna");
    admin.addManager(q(anna), false);
    admin.addManager(q(hanna), true);
    admin.addManager(q(anna), false); // again: nothing new, no error
    PgConnection sql = server.admin();
    const std::string role = "SELECT rolcanlogin::text || rolsuper::text || (rolpassword IS "
                             "NULL)::text || pg_has_role(oid, 'dialoog_manager', 'MEMBER')::text "
                             "|| pg_has_role(oid, 'dialoog_hr', 'MEMBER')::text FROM pg_authid "
                             "WHERE rolname = $1";
    CHECK(sql.value(role, {anna}) == "truefalsetruetruefalse");
    CHECK(sql.value(role, {hanna}) == "truefalsetruefalsetrue");
    // Dialoog never works as a superuser, so none becomes a manager.
    CHECK_THROWS_AS(admin.addManager(q(dialoog::test::pgAdmin()), false), Failure);
    CHECK(sql.value("SELECT pg_has_role($1, 'dialoog_manager', 'MEMBER')",
                    {dialoog::test::pgAdmin()}) == "t");
}

TEST_CASE("a role name is plain, or refused before anything reaches the server")
{
    CHECK(TeamServer::roleNameProblem(QStringLiteral("anna_2")).isEmpty());
    for (const char *bad : {"", "Anna", "an na", "a-b", "x\"; DROP ROLE postgres; --", "2anna",
                            "pg_anna", "dialoog_owner",
                            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
                            "aaaaaaaaaaaaaaaaaaaaa"}) {
        INFO(bad);
        CHECK_FALSE(TeamServer::roleNameProblem(QString::fromUtf8(bad)).isEmpty());
    }
    ScratchServer server;
    TeamServer(server.adminUri()).init();
    CHECK_THROWS_AS(TeamServer(server.adminUri()).addManager(QStringLiteral("Robert'); --"), false),
                    Failure);
}

TEST_CASE("the application opens a server only as a plain login role")
{
    TeamFixture team;
    CHECK_NOTHROW(dialoog::Store(team.server.uri(team.a), dialoog::Store::Open::Existing));
    try {
        dialoog::Store(team.server.adminUri(), dialoog::Store::Open::Existing);
        FAIL("opened as the superuser");
    } catch (const dialoog::StoreError &e) {
        CHECK(e.message().contains(QStringLiteral("superuser")));
    }
    PgConnection admin = team.server.admin();
    const std::string owner = team.server.roleName("owner");
    admin.exec("CREATE ROLE " + owner + " LOGIN IN ROLE dialoog_owner");
    CHECK_THROWS_AS(dialoog::Store(team.server.uri(owner), dialoog::Store::Open::Existing),
                    dialoog::StoreError);
}

TEST_CASE("reassign moves an employee and their whole history, keeps private notes with "
          "their author, and is recorded")
{
    TeamFixture team;
    PgConnection admin = team.server.admin();
    // B's own employee stays B's; only A's employee moves.
    team.server.connect(team.b).exec("INSERT INTO employee (name) VALUES ('Bo')");
    const QString from =
        TeamServer(team.server.adminUri()).reassign(std::stoll(team.employee), q(team.b));
    CHECK(from == q(team.a));
    for (const std::string &table : team.ownedTables()) {
        INFO(table);
        // Questions and settings are the manager's, not the employee's.
        const bool managers = table == "question" || table == "setting";
        CHECK(admin.value("SELECT count(*) FROM " + table + " WHERE owner_role = $1", {team.a}) ==
              (managers ? "1" : "0"));
    }
    PgConnection b = team.server.connect(team.b);
    CHECK(b.value("SELECT count(*) FROM employee") == "2");
    CHECK(b.value("SELECT count(*) FROM conversation") == "2");
    CHECK(b.value("SELECT count(*) FROM note") == "1");
    // The answer still shows its question, though the question stays A's.
    CHECK(b.value("SELECT q.text FROM answer a JOIN question q ON q.id = a.question_id") ==
          "Anna's own question");
    CHECK(admin.value("SELECT owner_role || ',' || author_role FROM note WHERE id = $1",
                      {team.privateNote}) == team.b + "," + team.a);
    CHECK(admin.value("SELECT employee_id || ',' || from_role || ',' || to_role || ',' || done_by "
                      "|| ',' || (now() - done_at < interval '1 minute') FROM reassignment") ==
          team.employee + "," + team.a + "," + team.b + "," + dialoog::test::pgAdmin() + ",true");
}

TEST_CASE("reassign to someone who is no manager, or of no one, changes nothing")
{
    TeamFixture team;
    TeamServer admin(team.server.adminUri());
    const qint64 employee = std::stoll(team.employee);
    CHECK_THROWS_AS(admin.reassign(employee, q(team.hr)), Failure);
    CHECK_THROWS_AS(admin.reassign(employee, QStringLiteral("nobody_at_all")), Failure);
    CHECK_THROWS_AS(admin.reassign(employee + 1000, q(team.b)), Failure);
    CHECK(admin.reassign(employee, q(team.a)) == q(team.a)); // A's already
    PgConnection sql = team.server.admin();
    CHECK(sql.value("SELECT count(*) FROM reassignment") == "0");
    CHECK(sql.value("SELECT count(*) FROM conversation WHERE owner_role = $1", {team.a}) == "2");
}

TEST_CASE("an administrator who is no superuser, with CREATEROLE and the database, can do it all")
{
    ScratchServer server;
    const std::string admin = server.roleName("admin");
    const std::string anna = server.roleName("anna");
    const std::string bert = server.roleName("bert");
    {
        PgConnection root = server.admin();
        root.exec("CREATE ROLE " + admin + " LOGIN CREATEROLE");
        root.exec("ALTER DATABASE " + server.database() + " OWNER TO " + admin);
        root.exec("ALTER SCHEMA public OWNER TO pg_database_owner");
    }
    TeamServer byAdmin(server.uri(admin));
    CHECK(byAdmin.init().toVersion == dialoog::schema::currentVersion());
    byAdmin.addManager(q(anna), false);
    byAdmin.addManager(q(bert), false);
    const std::string employee =
        server.connect(anna).value("INSERT INTO employee (name) VALUES ('Ann') RETURNING id");
    CHECK(byAdmin.reassign(std::stoll(employee), q(bert)) == q(anna));
    CHECK(server.connect(bert).value("SELECT name FROM employee") == "Ann");
    CHECK(server.admin().value("SELECT done_by FROM reassignment") == admin);
    // Being able to run the rules does not make the administrator see through them.
    CHECK(server.connect(admin).value("SELECT count(*) FROM employee") == "0");
}
