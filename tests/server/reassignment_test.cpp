// What goes with an employee handed to another manager, and what stays with its author:
// ad-hoc questions move along; another author's private notes are never erased unseen.
#include "serverfixture.h"
#include "store/store.h"
#include "store/storeerror.h"

using dialoog::TeamServer;
using dialoog::test::PgConnection;
using dialoog::test::TeamFixture;

namespace {

QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

} // namespace

TEST_CASE("reassign moves the ad-hoc questions asked only in the employee's conversations, and "
          "keeps the manager's bank and shared questions")
{
    TeamFixture team;
    PgConnection a = team.server.connect(team.a);
    // Asked in Anna's conversation during the meeting: inactive, it holds her words.
    const std::string adhoc =
        a.value("INSERT INTO question (language, text, active) VALUES ('en', 'How is the move "
                "to Utrecht going, Anna?', 0) RETURNING id");
    a.exec("INSERT INTO conversation_question (conversation_id, question_id, position) VALUES "
           "($1, $2, 2)",
           {team.conversation, adhoc});
    a.exec("INSERT INTO answer (conversation_id, question_id, text) VALUES ($1, $2, 'fine')",
           {team.conversation, adhoc});
    // Asked of Anna and of someone else of A's: it stays A's.
    const std::string shared = a.value("INSERT INTO question (language, text, active) VALUES "
                                       "('en', 'Asked of two', 0) RETURNING id");
    const std::string other = a.value("INSERT INTO employee (name) VALUES ('Cas') RETURNING id");
    const std::string otherTalk =
        a.value("INSERT INTO conversation (employee_id) VALUES ($1) RETURNING id", {other});
    for (const std::string &talk : {team.conversation, otherTalk})
        a.exec("INSERT INTO conversation_question (conversation_id, question_id, position) "
               "VALUES ($1, $2, 3)",
               {talk, shared});

    TeamServer(team.server.adminUri()).reassign(std::stoll(team.employee), q(team.b));

    PgConnection admin = team.server.admin();
    const auto owner = [&admin](const std::string &question) {
        return admin.value("SELECT owner_role FROM question WHERE id = $1", {question});
    };
    CHECK(owner(adhoc) == team.b);
    CHECK(owner(shared) == team.a);
    CHECK(admin.value("SELECT count(*) FROM question WHERE owner_role = $1 AND active = 1",
                      {team.a}) == "1"); // A's bank question stays A's
    // B now owns the question: B may change its wording, and A no longer sees it.
    PgConnection b = team.server.connect(team.b);
    b.exec("UPDATE question SET text = 'How is the move going?' WHERE id = $1", {adhoc});
    CHECK(b.affected() == 1);
    CHECK(a.value("SELECT count(*) FROM question WHERE id = $1", {adhoc}) == "0");
}

TEST_CASE("erasing an employee is refused while another author's private notes about them are "
          "kept, and allowed to the author")
{
    TeamFixture team;
    const qint64 employee = std::stoll(team.employee);
    TeamServer admin(team.server.adminUri());
    admin.reassign(employee, q(team.b));
    {
        dialoog::Store b(team.server.uri(team.b), dialoog::Store::Open::Existing);
        try {
            b.eraseEmployee(employee);
            FAIL("the erasure was not refused");
        } catch (const dialoog::StoreError &e) {
            CHECK(e.kind() == dialoog::StoreError::Kind::AccessDenied);
            // Says whose notes, so the manager knows whom to ask.
            CHECK(e.message().contains(q(team.a)));
        }
    }
    PgConnection sql = team.server.admin();
    CHECK(sql.value("SELECT count(*) FROM employee WHERE id = $1", {team.employee}) == "1");
    CHECK(sql.value("SELECT author_role || ':' || text FROM note WHERE id = $1",
                    {team.privateNote}) == team.a + ":my own thought");
    CHECK(sql.value("SELECT count(*) FROM note") == "2");
    // Back with their author, who may erase their own private notes with the employee.
    admin.reassign(employee, q(team.a));
    dialoog::Store a(team.server.uri(team.a), dialoog::Store::Open::Existing);
    a.eraseEmployee(employee);
    CHECK(sql.value("SELECT count(*) FROM employee") == "0");
    CHECK(sql.value("SELECT count(*) FROM note") == "0");
    CHECK(sql.value("SELECT count(*) FROM search_index WHERE body = 'my own thought'") == "0");
}
