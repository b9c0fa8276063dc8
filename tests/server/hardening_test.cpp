// What an independent review of the team server found (issue #14), each tried on raw
// connections as the manager who would abuse it: ids, reassignment races, dates that
// break HR's overview, superuser targets and the UPDATE policies.
#include "core/failure.h"
#include "serverfixture.h"

using dialoog::test::PgConnection;
using dialoog::test::PgError;
using dialoog::test::TeamFixture;

namespace {

// The SQLSTATE of a refused statement, "" when the server took it.
std::string refusal(PgConnection &as, const std::string &sql,
                    const std::vector<std::string> &parameters = {})
{
    try {
        as.exec(sql, parameters);
    } catch (const PgError &e) {
        return e.sqlState.empty() ? std::string("refused") : e.sqlState;
    }
    return {};
}

} // namespace

TEST_CASE("a manager cannot claim ids the server has not given out, nor change a row's id")
{
    TeamFixture team;
    PgConnection b = team.server.connect(team.b);
    const std::string next = std::to_string(std::stoll(team.employee) + 2);
    CHECK(refusal(b, "INSERT INTO employee (id, name) VALUES ($1, 'Squatter')", {next}) == "42501");
    CHECK(refusal(b, "INSERT INTO employee (id, name) VALUES ($1, 'Overflow')",
                  {std::to_string((1LL << 60) + 5)}) == "42501");
    // Trying A's id would tell B that it exists (duplicate key); the guard is not it, but
    // the row is neither B's nor changed.
    const std::string own = b.value("INSERT INTO employee (name) VALUES ('Bo') RETURNING id");
    CHECK(refusal(b, "UPDATE employee SET id = $1 WHERE id = $2", {next, own}) == "42501");
    // Undo puts back a deleted row under its own id: that still works.
    b.exec("DELETE FROM employee WHERE id = $1", {own});
    b.exec("INSERT INTO employee (id, name) VALUES ($1, 'Bo')", {own});
    CHECK(b.affected() == 1);
    // A's next saves get fresh ids as before.
    PgConnection a = team.server.connect(team.a);
    CHECK(std::stoll(a.value("INSERT INTO employee (name) VALUES ('Cas') RETURNING id")) >
          std::stoll(own));
}

TEST_CASE("every id stays in the range the search index can key, even past the trigger")
{
    TeamFixture team;
    PgConnection admin = team.server.admin();
    CHECK(admin.value("SELECT count(*) FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
                      "WHERE c.relnamespace = 'public'::regnamespace AND a.attname = 'id' AND "
                      "a.attidentity = 'd' AND NOT EXISTS (SELECT FROM pg_constraint k WHERE "
                      "k.conrelid = c.oid AND k.contype = 'c' AND k.conname = c.relname || "
                      "'_id_range')") == "0");
    // Without triggers (only a superuser can), the CHECK alone still refuses.
    admin.exec("SET session_replication_role = replica");
    CHECK(refusal(admin, "INSERT INTO employee (id, name) VALUES ($1, 'Big')",
                  {std::to_string(1LL << 59)}) == "23514");
    CHECK(refusal(admin, "INSERT INTO employee (id, name) VALUES (0, 'Zero')") == "23514");
}

TEST_CASE("a manager's insert during a reassignment waits for it and is then refused")
{
    TeamFixture team;
    PgConnection b = team.server.connect(team.b);
    const std::string own = b.value("INSERT INTO employee (name) VALUES ('Bo') RETURNING id");
    PgConnection admin = team.server.admin();
    admin.exec("BEGIN");
    admin.exec("UPDATE employee SET owner_role = $1 WHERE id = $2", {team.a, own});
    // B's insert, on a connection of its own that may block.
    const std::string host = dialoog::test::pgHost();
    const char *keys[] = {"host", "dbname", "user", nullptr};
    const char *values[] = {host.c_str(), team.server.database().c_str(), team.b.c_str(), nullptr};
    const std::unique_ptr<PGconn, void (*)(PGconn *)> racer(PQconnectdbParams(keys, values, 0),
                                                            PQfinish);
    REQUIRE(PQstatus(racer.get()) == CONNECTION_OK);
    const std::string pid = std::to_string(PQbackendPID(racer.get()));
    const std::string insert = "INSERT INTO conversation (employee_id) VALUES (" + own + ")";
    REQUIRE(PQsendQuery(racer.get(), insert.c_str()) == 1);
    PgConnection watcher = team.server.admin();
    bool waiting = false;
    for (int tries = 0; tries < 100 && !waiting; ++tries) {
        waiting = watcher.value("SELECT count(*) FROM pg_locks WHERE pid = " + pid +
                                " AND NOT granted") == "1";
        if (!waiting)
            usleep(50000);
    }
    CHECK(waiting);
    admin.exec("COMMIT");
    bool refused = false;
    while (PGresult *result = PQgetResult(racer.get())) {
        refused = refused || PQresultStatus(result) == PGRES_FATAL_ERROR;
        PQclear(result);
    }
    CHECK(refused);
    CHECK(admin.value("SELECT count(*) FROM conversation WHERE employee_id = $1", {own}) == "0");
}

TEST_CASE("a date HR's overview reads must be a real ISO date, or the row is refused")
{
    TeamFixture team;
    PgConnection a = team.server.connect(team.a);
    for (const char *column : {"planned_date", "held_date", "next_follow_up"}) {
        INFO(column);
        const std::string set = std::string("UPDATE conversation SET ") + column + " = $1";
        CHECK(refusal(a, set, {"not a date"}) == "23514");
        CHECK_FALSE(refusal(a, set, {"2026-02-30"}).empty());
        CHECK(refusal(a, set, {"2026-3-1"}) == "23514");
        CHECK(refusal(a, set, {"2026-03-01"}).empty());
    }
    CHECK(refusal(a, "INSERT INTO conversation (employee_id, planned_date) VALUES ($1, 'soon')",
                  {team.employee}) == "23514");
    a.exec("UPDATE conversation SET planned_date = NULL, held_date = NULL, next_follow_up = NULL");
    CHECK(a.affected() == 2);
    PgConnection hr = team.server.connect(team.hr);
    CHECK(hr.value("SELECT count(*) FROM hr_overview") == "1");
}

TEST_CASE("no superuser or BYPASSRLS role becomes a manager or gets an employee")
{
    TeamFixture team;
    dialoog::TeamServer server(team.server.adminUri());
    CHECK_THROWS_AS(server.reassign(std::stoll(team.employee),
                                    QString::fromStdString(dialoog::test::pgAdmin())),
                    dialoog::Failure);
    const std::string bypass = team.server.roleName("bypass");
    PgConnection admin = team.server.admin();
    admin.exec("CREATE ROLE " + bypass + " LOGIN BYPASSRLS");
    CHECK_THROWS_AS(server.addManager(QString::fromStdString(bypass), false), dialoog::Failure);
    CHECK(admin.value("SELECT pg_has_role($1, 'dialoog_manager', 'MEMBER')", {bypass}) == "f");
    // A role that got into the group some other way is still no manager to hand to.
    admin.exec("GRANT dialoog_manager TO " + bypass);
    CHECK_THROWS_AS(server.reassign(std::stoll(team.employee), QString::fromStdString(bypass)),
                    dialoog::Failure);
    CHECK(admin.value("SELECT owner_role FROM employee WHERE id = $1", {team.employee}) == team.a);
}

TEST_CASE("a manager acting as the group role writes no rows every manager would share")
{
    TeamFixture team;
    PgConnection b = team.server.connect(team.b);
    b.exec("SET ROLE dialoog_manager");
    CHECK(refusal(b, "INSERT INTO employee (name) VALUES ('Shared')") == "23514");
    CHECK(refusal(b, "INSERT INTO setting (key, value) VALUES ('k', 'v')") == "23514");
    CHECK(refusal(b, "INSERT INTO question (language, text) VALUES ('en', 'q')") == "23514");
}

TEST_CASE("managers have no rights on sequences or functions beyond what their writes need")
{
    TeamFixture team;
    PgConnection b = team.server.connect(team.b);
    CHECK(refusal(b, "SELECT nextval('employee_id_seq')") == "42501");
    CHECK(refusal(b, "SELECT setval('note_id_seq', 1)") == "42501");
    CHECK(refusal(b, "SELECT dialoog_id_given_out()") == "42501");
    PgConnection admin = team.server.admin();
    CHECK(admin.value("SELECT count(*) FROM pg_proc p WHERE pronamespace = "
                      "'public'::regnamespace AND (proacl IS NULL OR EXISTS (SELECT FROM "
                      "aclexplode(p.proacl) x WHERE x.grantee = 0)) AND NOT EXISTS (SELECT FROM "
                      "pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')") == "0");
    CHECK(admin.value("SELECT has_function_privilege($1, 'dialoog_owner_from(text, bigint)', "
                      "'EXECUTE')",
                      {team.hr}) == "f");
    // Identity inserts, searches and the owner triggers still work for a manager.
    const std::string own = b.value("INSERT INTO employee (name) VALUES ('Bo') RETURNING id");
    b.exec("INSERT INTO conversation (employee_id, summary) VALUES ($1, 'searchable')", {own});
    CHECK(b.value("SELECT count(*) FROM search_index WHERE document @@ "
                  "to_tsquery('dialoog_search', 'searchable')") == "1");
}
