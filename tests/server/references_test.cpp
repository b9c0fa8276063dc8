// A row about an employee may name another row (a goal's conversation, an action item
// carried over or closed, feedback for a conversation, a goal's review) only when that
// row is the same manager's: the foreign keys alone would take a colleague's ids.
#include "serverfixture.h"

using dialoog::test::PgConnection;
using dialoog::test::PgError;
using dialoog::test::TeamFixture;

namespace {

// The SQLSTATE of a refused statement, "" when the server took it.
std::string refusal(PgConnection &as, const std::string &sql,
                    const std::vector<std::string> &parameters)
{
    try {
        as.exec(sql, parameters);
    } catch (const PgError &e) {
        return e.sqlState.empty() ? std::string("refused") : e.sqlState;
    }
    return {};
}

struct Own
{
    std::string employee, conversation, goal, action;
};

// B's own employee with a conversation, a goal and an action item.
Own bsRows(PgConnection &b)
{
    Own own;
    own.employee = b.value("INSERT INTO employee (name) VALUES ('Bo') RETURNING id");
    own.conversation =
        b.value("INSERT INTO conversation (employee_id) VALUES ($1) RETURNING id", {own.employee});
    own.goal = b.value("INSERT INTO goal (employee_id, what) VALUES ($1, 'x') RETURNING id",
                       {own.employee});
    own.action =
        b.value("INSERT INTO action_item (conversation_id, text) VALUES ($1, 'y') RETURNING id",
                {own.conversation});
    return own;
}

} // namespace

TEST_CASE("manager B cannot make a row of B's refer to a conversation or action item of A's")
{
    TeamFixture team;
    PgConnection admin = team.server.admin();
    const std::string aAction =
        admin.value("SELECT id FROM action_item WHERE owner_role = $1", {team.a});
    PgConnection b = team.server.connect(team.b);
    const Own own = bsRows(b);
    const std::string theirs = team.conversation;
    CHECK(refusal(b, "INSERT INTO goal (employee_id, created_in, what) VALUES ($1, $2, 'z')",
                  {own.employee, theirs}) == "42501");
    CHECK(refusal(b, "UPDATE goal SET created_in = $2 WHERE id = $1", {own.goal, theirs}) ==
          "42501");
    CHECK(refusal(b,
                  "INSERT INTO feedback (employee_id, conversation_id, text) VALUES ($1, $2, "
                  "'z')",
                  {own.employee, theirs}) == "42501");
    CHECK(refusal(b,
                  "INSERT INTO goal_update (goal_id, conversation_id, status, progress) VALUES "
                  "($1, $2, 'active', 5)",
                  {own.goal, theirs}) == "42501");
    CHECK(refusal(b, "UPDATE action_item SET closed_in = $2 WHERE id = $1", {own.action, theirs}) ==
          "42501");
    CHECK(refusal(b, "UPDATE action_item SET carried_over_from = $2 WHERE id = $1",
                  {own.action, aAction}) == "42501");
    CHECK(refusal(b,
                  "INSERT INTO action_item (conversation_id, text, carried_over_from) VALUES "
                  "($1, 'z', $2)",
                  {own.conversation, aAction}) == "42501");
    // Nothing of B's names anything of A's.
    CHECK(admin.value("SELECT count(*) FROM goal WHERE created_in = $1 AND owner_role = $2",
                      {theirs, team.b}) == "0");
    CHECK(admin.value("SELECT count(*) FROM action_item WHERE owner_role = $1 AND "
                      "(closed_in IS NOT NULL OR carried_over_from IS NOT NULL)",
                      {team.b}) == "0");
}

TEST_CASE("a manager's rows may refer to the manager's own conversations and action items, "
          "also after a reassignment")
{
    TeamFixture team;
    PgConnection b = team.server.connect(team.b);
    const Own own = bsRows(b);
    CHECK(refusal(b, "UPDATE goal SET created_in = $2 WHERE id = $1", {own.goal, own.conversation})
              .empty());
    CHECK(refusal(b,
                  "INSERT INTO action_item (conversation_id, text, carried_over_from, closed_in) "
                  "VALUES ($1, 'again', $2, $1)",
                  {own.conversation, own.action})
              .empty());
    CHECK(refusal(b,
                  "INSERT INTO goal_update (goal_id, conversation_id, status, progress) VALUES "
                  "($1, $2, 'active', 5)",
                  {own.goal, own.conversation})
              .empty());
    // A's employee, with a goal made in A's conversation, moves to B whole: B may go on.
    dialoog::TeamServer(team.server.adminUri())
        .reassign(std::stoll(team.employee), QString::fromStdString(team.b));
    CHECK(refusal(b,
                  "INSERT INTO feedback (employee_id, conversation_id, text) VALUES ($1, $2, "
                  "'later')",
                  {team.employee, team.conversation})
              .empty());
    CHECK(refusal(b, "UPDATE goal SET created_in = $2 WHERE employee_id = $1",
                  {team.employee, team.conversation})
              .empty());
}
