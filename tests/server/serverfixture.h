#pragma once
// A team server for a test: a new database after `server init`, with managers A and B and
// an HR role, and one employee of A's with something in every table, written by A on a
// raw connection.

#include "pgtestsupport.h"
#include "services/teamserver.h"

#include <string>

namespace dialoog::test {

struct TeamFixture
{
    ScratchServer server;
    std::string a = server.roleName("a");
    std::string b = server.roleName("b");
    std::string hr = server.roleName("hr");
    std::string employee; // A's employee, with a row in every table about them
    std::string conversation;
    std::string privateNote;
    std::string publicNote;

    TeamFixture()
    {
        TeamServer admin(server.adminUri());
        admin.init();
        admin.addManager(QString::fromStdString(a), false);
        admin.addManager(QString::fromStdString(b), false);
        admin.addManager(QString::fromStdString(hr), true);
        fill(server.connect(a));
    }

    // Everything one employee can have, written as A.
    void fill(PgConnection &&as)
    {
        employee = as.value("INSERT INTO employee (name, team, email) VALUES ('Anna de Vries', "
                            "'Blue', 'anna@example.org') RETURNING id");
        conversation = as.value("INSERT INTO conversation (employee_id, held_date, phase, "
                                "summary, wellbeing_note) VALUES ($1, '2026-01-05', 'finished', "
                                "'Anna wants to lead', 'tired') RETURNING id",
                                {employee});
        as.exec("INSERT INTO conversation (employee_id, planned_date) VALUES ($1, '2026-03-02')",
                {employee});
        const std::string question =
            as.value("INSERT INTO question (language, text) VALUES ('en', 'Anna''s own question') "
                     "RETURNING id");
        as.exec("INSERT INTO reflection (conversation_id, went_well) VALUES ($1, 'the move')",
                {conversation});
        as.exec("INSERT INTO achievement (conversation_id, text) VALUES ($1, 'shipped')",
                {conversation});
        as.exec("INSERT INTO feedback (employee_id, conversation_id, from_whom, text) VALUES "
                "($1, $2, 'Bert', 'great help')",
                {employee, conversation});
        const std::string goal = as.value("INSERT INTO goal (employee_id, created_in, what) "
                                          "VALUES ($1, $2, 'lead a team') RETURNING id",
                                          {employee, conversation});
        as.exec("INSERT INTO goal_step (goal_id, text) VALUES ($1, 'course')", {goal});
        as.exec("INSERT INTO goal_update (goal_id, conversation_id, status, progress) VALUES "
                "($1, $2, 'active', 20)",
                {goal, conversation});
        as.exec("INSERT INTO answer (conversation_id, question_id, text) VALUES ($1, $2, "
                "'my answer')",
                {conversation, question});
        as.exec("INSERT INTO conversation_question (conversation_id, question_id, position) "
                "VALUES ($1, $2, 1)",
                {conversation, question});
        publicNote = as.value("INSERT INTO note (conversation_id, phase, created_at, text) VALUES "
                              "($1, 'goals', '2026-01-05T10:00', 'shared note') RETURNING id",
                              {conversation});
        privateNote = as.value(
            "INSERT INTO note (conversation_id, phase, created_at, text, private) VALUES ($1, "
            "'goals', '2026-01-05T10:01', 'my own thought', 1) RETURNING id",
            {conversation});
        as.exec("INSERT INTO action_item (conversation_id, text) VALUES ($1, 'book course')",
                {conversation});
        as.exec("INSERT INTO agreement (conversation_id, text) VALUES ($1, 'monthly')",
                {conversation});
        as.exec("INSERT INTO inbox_note (employee_id, created_at, text) VALUES ($1, "
                "'2026-01-10T09:00', 'ask about course')",
                {employee});
        as.exec("INSERT INTO signal_dismissal (employee_id, signal, dismissed_at) VALUES ($1, "
                "'energy-fell', '2026-01-12')",
                {employee});
        as.exec("INSERT INTO setting (key, value) VALUES ('manager_name', 'A')");
    }

    // Every table that holds something about an employee (it has owner_role).
    std::vector<std::string> ownedTables()
    {
        std::vector<std::string> tables;
        for (const auto &row : server.admin().exec(
                 "SELECT table_name FROM information_schema.columns WHERE table_schema = "
                 "'public' AND column_name = 'owner_role' AND table_name <> 'hr_overview' "
                 "ORDER BY 1"))
            tables.push_back(row[0]);
        REQUIRE(tables.size() >= 15);
        return tables;
    }
};

} // namespace dialoog::test
