// Managers A and B and HR on their own raw connections, trying with plain SQL to read,
// change and delete what is not theirs. Every attempt must be invisible or refused.
#include "serverfixture.h"

using dialoog::test::PgConnection;
using dialoog::test::PgError;
using dialoog::test::Rows;
using dialoog::test::TeamFixture;

namespace {

int count(PgConnection &as, const std::string &table)
{
    return std::stoi(as.value("SELECT count(*) FROM " + table));
}

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

// Refused, or taken without touching a row.
bool untouched(PgConnection &as, const std::string &sql)
{
    try {
        as.exec(sql);
    } catch (const PgError &e) {
        return e.sqlState == "42501";
    }
    return as.affected() == 0;
}

// A column of `table` managers may update, a text one if there is one; "" when none.
std::string grantedColumn(PgConnection &admin, const std::string &table)
{
    const Rows rows = admin.exec(
        "SELECT column_name FROM information_schema.column_privileges p JOIN "
        "information_schema.columns c USING (table_schema, table_name, column_name) WHERE "
        "p.table_schema = 'public' AND p.table_name = $1 AND p.grantee = 'dialoog_manager' AND "
        "p.privilege_type = 'UPDATE' ORDER BY c.data_type <> 'text', column_name LIMIT 1",
        {table});
    return rows.empty() ? std::string() : rows[0][0];
}

} // namespace

TEST_CASE("manager B's updates of a column B may write reach none of A's rows, in any table")
{
    TeamFixture team;
    PgConnection admin = team.server.admin();
    PgConnection a = team.server.connect(team.a);
    PgConnection b = team.server.connect(team.b);
    int tables = 0;
    for (const std::string &table : team.ownedTables()) {
        INFO(table);
        const std::string column = grantedColumn(admin, table);
        if (column.empty())
            continue; // the search index: only its triggers write it
        ++tables;
        const std::string before = admin.value("SELECT md5(string_agg(t::text, ',' ORDER BY "
                                               "t::text)) FROM " +
                                               table + " t");
        // Past the column rights, so only the UPDATE policy stands in the way.
        b.exec("UPDATE " + table + " SET " + column + " = " + column);
        CHECK(b.affected() == 0);
        // The same statement does reach A's own rows: the policy, not the statement, stops B.
        a.exec("UPDATE " + table + " SET " + column + " = " + column);
        CHECK(a.affected() > 0);
        CHECK(admin.value("SELECT md5(string_agg(t::text, ',' ORDER BY t::text)) FROM " + table +
                          " t") == before);
    }
    CHECK(tables >= 15);
}

TEST_CASE("manager B reads, changes and deletes nothing of manager A's, in any table")
{
    TeamFixture team;
    PgConnection a = team.server.connect(team.a);
    PgConnection b = team.server.connect(team.b);
    for (const std::string &table : team.ownedTables()) {
        INFO(table);
        const int before = count(a, table);
        CHECK(before > 0); // A has something here, so B's nothing means something
        CHECK(count(b, table) == 0);
        CHECK(untouched(b, "UPDATE " + table + " SET owner_role = current_user"));
        CHECK(untouched(b, "DELETE FROM " + table));
        CHECK(count(a, table) == before);
    }
    // Reading by a guessed id is as empty as reading everything.
    CHECK(b.exec("SELECT name FROM employee WHERE id = $1", {team.employee}).empty());
    CHECK(b.exec("SELECT text FROM note WHERE id = $1", {team.privateNote}).empty());
}

TEST_CASE("manager B cannot attach rows to manager A's employee, nor write in A's name")
{
    TeamFixture team;
    PgConnection b = team.server.connect(team.b);
    CHECK_FALSE(
        refusal(b, "INSERT INTO conversation (employee_id) VALUES ($1)", {team.employee}).empty());
    CHECK_FALSE(refusal(b,
                        "INSERT INTO note (conversation_id, phase, created_at, text) VALUES ($1, "
                        "'goals', 'now', 'sneaked in')",
                        {team.conversation})
                    .empty());
    CHECK_FALSE(refusal(b,
                        "INSERT INTO inbox_note (employee_id, created_at, text) VALUES ($1, "
                        "'now', 'x')",
                        {team.employee})
                    .empty());
    CHECK(refusal(b, "INSERT INTO employee (name, owner_role) VALUES ('Fake', $1)", {team.a}) ==
          "42501");
    // B's own employee, but a note claiming A wrote it.
    const std::string own = b.value("INSERT INTO employee (name) VALUES ('Bo') RETURNING id");
    const std::string talk =
        b.value("INSERT INTO conversation (employee_id) VALUES ($1) RETURNING id", {own});
    CHECK(refusal(b,
                  "INSERT INTO note (conversation_id, phase, created_at, text, author_role) "
                  "VALUES ($1, 'goals', 'now', 'x', $2)",
                  {talk, team.a}) == "42501");
    PgConnection a = team.server.connect(team.a);
    CHECK(count(a, "conversation") == 2);
    CHECK(count(a, "note") == 2);
    CHECK(count(a, "inbox_note") == 1);
}

TEST_CASE("a manager cannot hand an employee to someone else; only the administrator can")
{
    TeamFixture team;
    PgConnection a = team.server.connect(team.a);
    CHECK(refusal(a, "UPDATE employee SET owner_role = $1 WHERE id = $2",
                  {team.b, team.employee}) == "42501");
    PgConnection b = team.server.connect(team.b);
    CHECK(
        untouched(b, "UPDATE employee SET owner_role = current_user WHERE id = " + team.employee));
    // Even a row the policy would let through keeps its owner: the column is not the
    // manager's to write.
    CHECK(refusal(a, "UPDATE employee SET owner_role = current_user WHERE id = $1",
                  {team.employee}) == "42501");
    CHECK(a.value("SELECT owner_role FROM employee WHERE id = $1", {team.employee}) == team.a);
    CHECK(refusal(a, "SELECT * FROM reassignment") == "42501");
    CHECK(refusal(a, "INSERT INTO reassignment (employee_id, from_role, to_role) VALUES (1, "
                     "'x', 'y')") == "42501");
}

TEST_CASE("B cannot reach A's own questions by pointing an answer at them")
{
    TeamFixture team;
    PgConnection a = team.server.connect(team.a);
    const std::string question = a.value("SELECT id FROM question WHERE owner_role = current_user");
    PgConnection b = team.server.connect(team.b);
    CHECK(b.exec("SELECT text FROM question WHERE id = $1", {question}).empty());
    const std::string own = b.value("INSERT INTO employee (name) VALUES ('Bo') RETURNING id");
    const std::string talk =
        b.value("INSERT INTO conversation (employee_id) VALUES ($1) RETURNING id", {own});
    CHECK(refusal(b, "INSERT INTO answer (conversation_id, question_id) VALUES ($1, $2)",
                  {talk, question}) == "42501");
    CHECK(refusal(b,
                  "INSERT INTO conversation_question (conversation_id, question_id, position) "
                  "VALUES ($1, $2, 1)",
                  {talk, question}) == "42501");
    CHECK(b.exec("SELECT text FROM question WHERE id = $1", {question}).empty());
    // B's own question may be answered, but an answer cannot be turned to A's.
    const std::string mine =
        b.value("INSERT INTO question (language, text) VALUES ('en', 'Bo''s') RETURNING id");
    b.exec("INSERT INTO answer (conversation_id, question_id, text) VALUES ($1, $2, 'fine')",
           {talk, mine});
    CHECK(refusal(b, "UPDATE answer SET question_id = $1", {question}) == "42501");
    CHECK(b.exec("SELECT text FROM question WHERE id = $1", {question}).empty());
    b.exec("UPDATE question SET text = 'changed' WHERE id = $1", {question});
    CHECK(b.affected() == 0);
    CHECK(a.value("SELECT text FROM question WHERE id = $1", {question}) == "Anna's own question");
}

TEST_CASE("HR sees the overview and nothing else: no notes, answers, reflections, feedback "
          "or goals")
{
    TeamFixture team;
    PgConnection hr = team.server.connect(team.hr);
    for (const char *table :
         {"employee", "conversation", "note", "answer", "reflection", "feedback", "goal",
          "goal_step", "goal_update", "achievement", "agreement", "action_item", "inbox_note",
          "question", "setting", "reassignment", "conversation_question"}) {
        INFO(table);
        CHECK(refusal(hr, std::string("SELECT * FROM ") + table) == "42501");
        CHECK(refusal(hr, std::string("DELETE FROM ") + table) == "42501");
    }
    const auto columns = hr.exec("SELECT column_name FROM information_schema.columns WHERE "
                                 "table_name = 'hr_overview' ORDER BY ordinal_position");
    std::vector<std::string> names;
    for (const auto &row : columns)
        names.push_back(row[0]);
    CHECK(names == std::vector<std::string>{"employee_id", "name", "team", "manager",
                                            "last_conversation", "next_conversation", "overdue"});
    const auto rows = hr.exec("SELECT name, team, manager, last_conversation, next_conversation, "
                              "overdue FROM hr_overview");
    REQUIRE(rows.size() == 1);
    CHECK(rows[0] == std::vector<std::string>{"Anna de Vries", "Blue", team.a, "2026-01-05",
                                              "2026-03-02", "t"});
    CHECK_FALSE(refusal(hr, "DELETE FROM hr_overview").empty());
    CHECK_FALSE(refusal(hr, "UPDATE hr_overview SET name = 'x'").empty());
    // Managers do not read the overview of everyone.
    PgConnection b = team.server.connect(team.b);
    CHECK(refusal(b, "SELECT * FROM hr_overview") == "42501");
}

TEST_CASE("HR sees no energy score and no signal: not in the overview, not in the tables")
{
    TeamFixture team;
    PgConnection admin = team.server.connect(team.a);
    admin.exec("UPDATE conversation SET energy = 2, work_happiness = 1 WHERE id = $1",
               {team.conversation});
    PgConnection hr = team.server.connect(team.hr);
    CHECK(refusal(hr, "SELECT * FROM signal_dismissal") == "42501");
    CHECK(refusal(hr, "SELECT energy, work_happiness FROM conversation") == "42501");
    const auto columns = hr.exec("SELECT column_name FROM information_schema.columns WHERE "
                                 "table_name = 'hr_overview'");
    REQUIRE_FALSE(columns.empty());
    for (const auto &row : columns) {
        INFO(row[0]);
        for (const char *word : {"energy", "happiness", "signal", "wellbeing", "score"})
            CHECK(row[0].find(word) == std::string::npos);
    }
    // The manager's own dismissal is theirs: B sees none of it.
    PgConnection b = team.server.connect(team.b);
    CHECK(count(b, "signal_dismissal") == 0);
    CHECK(count(admin, "signal_dismissal") == 1);
}

TEST_CASE("the overview follows the rhythm: on time, never held, archived left out")
{
    TeamFixture team;
    PgConnection b = team.server.connect(team.b);
    const std::string recent =
        b.value("INSERT INTO employee (name, rhythm_weeks) VALUES ('Recent', 8) RETURNING id");
    b.exec("INSERT INTO conversation (employee_id, held_date, phase, next_follow_up) VALUES "
           "($1, (current_date - 7)::text, 'finished', (current_date + 49)::text)",
           {recent});
    b.exec("INSERT INTO employee (name) VALUES ('Never')");
    b.exec("INSERT INTO employee (name, archived) VALUES ('Gone', 1)");
    PgConnection hr = team.server.connect(team.hr);
    const auto rows = hr.exec("SELECT name, manager, overdue, last_conversation IS NULL, "
                              "next_conversation = current_date + 49 FROM hr_overview "
                              "WHERE manager = $1 ORDER BY name",
                              {team.b});
    REQUIRE(rows.size() == 2);
    CHECK(rows[0] == std::vector<std::string>{"Never", team.b, "f", "t", ""});
    CHECK(rows[1] == std::vector<std::string>{"Recent", team.b, "f", "f", "t"});
}

TEST_CASE("private notes are their author's alone, also after the employee changed manager")
{
    TeamFixture team;
    dialoog::TeamServer(team.server.adminUri())
        .reassign(std::stoll(team.employee), QString::fromStdString(team.b));
    PgConnection b = team.server.connect(team.b);
    CHECK(b.value("SELECT count(*) FROM note") == "1");
    CHECK(b.value("SELECT text FROM note") == "shared note");
    b.exec("UPDATE note SET private = 0, text = 'read it' WHERE id = $1", {team.privateNote});
    CHECK(b.affected() == 0);
    b.exec("DELETE FROM note WHERE id = $1", {team.privateNote});
    CHECK(b.affected() == 0);
    // Nor can B claim to have written A's shared note.
    CHECK(refusal(b, "UPDATE note SET author_role = current_user WHERE id = $1",
                  {team.publicNote}) == "42501");
    // The shared note is B's to keep now, but B cannot make it a private note of A's.
    CHECK(refusal(b, "UPDATE note SET private = 1 WHERE id = $1", {team.publicNote}) == "42501");
    PgConnection a = team.server.connect(team.a);
    CHECK(a.value("SELECT count(*) FROM note") == "0");
    PgConnection admin = team.server.admin();
    CHECK(admin.value("SELECT author_role || ':' || text FROM note WHERE id = $1",
                      {team.privateNote}) == team.a + ":my own thought");
}

TEST_CASE("the application's connection is neither a superuser nor the tables' owner")
{
    TeamFixture team;
    PgConnection a = team.server.connect(team.a);
    CHECK(a.value("SELECT rolsuper OR rolbypassrls OR rolcreaterole OR rolcreatedb FROM "
                  "pg_roles WHERE rolname = current_user") == "f");
    CHECK(a.value("SELECT pg_has_role(current_user, 'dialoog_owner', 'MEMBER')") == "f");
    CHECK(a.value("SELECT count(*) FROM pg_class WHERE relowner = (SELECT oid FROM pg_roles "
                  "WHERE rolname = current_user)") == "0");
    CHECK(refusal(a, "SET ROLE dialoog_owner") == "42501");
    CHECK(refusal(a, "ALTER TABLE employee DISABLE ROW LEVEL SECURITY") == "42501");
    CHECK(refusal(a, "CREATE TABLE mine (x int)") == "42501");
    // No temporary tables either, which could stand in for a table in an unwary function.
    CHECK(refusal(a, "CREATE TEMPORARY TABLE search_index (x int)") == "42501");
    // Every table binds its owner too, and no policy listens to a setting the client makes.
    PgConnection admin = team.server.admin();
    CHECK(admin.value("SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace "
                      "AND relkind = 'r' AND NOT (relrowsecurity AND relforcerowsecurity)") == "0");
    CHECK(admin.value("SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace "
                      "AND relkind = 'r' AND relowner <> 'dialoog_owner'::regrole") == "0");
    CHECK(admin.value("SELECT count(*) FROM pg_policies WHERE coalesce(qual, '') || "
                      "coalesce(with_check, '') LIKE '%current_setting%'") == "0");
    CHECK(admin.value("SELECT count(*) FROM pg_proc WHERE pronamespace = 'public'::regnamespace "
                      "AND prosecdef AND NOT coalesce(array_to_string(proconfig, ',') LIKE "
                      "'%search_path=%pg_temp', false)") == "0");
    CHECK(std::stoi(admin.value("SELECT count(*) FROM pg_proc WHERE pronamespace = "
                                "'public'::regnamespace AND prosecdef")) >= 12);
}

TEST_CASE("search finds a private note for its author only, and nothing of another manager's")
{
    TeamFixture team;
    PgConnection b = team.server.connect(team.b);
    const std::string search = "SELECT count(*) FROM search_index WHERE document @@ "
                               "to_tsquery('dialoog_search', $1)";
    CHECK(b.value(search, {"'thought':*"}) == "0");
    CHECK(b.value(search, {"'shared':*"}) == "0");
    CHECK(b.value(search, {"'anna':*"}) == "0");
    PgConnection a = team.server.connect(team.a);
    CHECK(a.value(search, {"'thought':*"}) == "1");
    CHECK(a.value(search, {"'shared':*"}) == "1");
    CHECK(refusal(b, "DELETE FROM search_index") == "42501");
    CHECK(refusal(a, "INSERT INTO search_index (rowid, body, document, owner_role) VALUES (1, "
                     "'x', 'x', current_user)") == "42501");
    dialoog::TeamServer(team.server.adminUri())
        .reassign(std::stoll(team.employee), QString::fromStdString(team.b));
    // The index follows the employee; the private note stays its author's, unseen.
    CHECK(b.value(search, {"'shared':*"}) == "1");
    CHECK(b.value(search, {"'thought':*"}) == "0");
    CHECK(a.value(search, {"'shared':*"}) == "0");
    // Erasing the employee takes every index row with it, also the one B cannot read.
    b.exec("DELETE FROM employee WHERE id = $1", {team.employee});
    CHECK(team.server.admin().value("SELECT count(*) FROM search_index") == "0");
}
