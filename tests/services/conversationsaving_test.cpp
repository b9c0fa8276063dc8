#include "services/appservices.h"
#include "services/conversationdocument.h"
#include "services/employeedirectory.h"
#include "store/store.h"
#include "testdatabase.h"

#include <QTemporaryDir>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace dialoog;

namespace {

struct Team
{
    test::TestDatabase database{QStringLiteral("team.sqlite")};
    Store store{database.location(), Store::Open::CreateIfMissing};
    AppServices services{store};
    EmployeeDirectory &directory = services.employees();
    Id employee = 0;

    Team()
    {
        Employee e{0, QStringLiteral("Sanne de Vries"), {}, {}, {}, {}, 6, false};
        store.employees().insert(e);
        employee = e.id;
    }
};

} // namespace

TEST_CASE("feedback taken back in the main window while a conversation holds it does not stop "
          "that conversation from saving")
{
    Team team;
    FeedbackItem feedback{0,
                          team.employee,
                          0,
                          QStringLiteral("Noor"),
                          Relation::Customer,
                          QDate(2026, 4, 20),
                          QStringLiteral("Solved our outage at night")};
    REQUIRE(team.directory.addFeedback(team.employee, feedback));
    const Id id = team.store.conversations().create(team.employee, QDate(2026, 5, 1)).id;
    const std::unique_ptr<ConversationDocument> doc = team.services.openConversation(id, {});
    REQUIRE(doc->record().feedback.size() == 1);

    team.directory.undoStack()->undo(); // the feedback is gone from the store
    REQUIRE(team.store.repository<FeedbackItem>().all().empty());
    REQUIRE(doc->setText(TextField::Summary, QStringLiteral("We talked about the outage")));
    CHECK(doc->saveNow());
    CHECK(doc->saveState() == ConversationDocument::SaveState::Saved);
    CHECK(team.store.conversations().load(id).conversation.summary ==
          QStringLiteral("We talked about the outage"));
    CHECK(team.store.repository<FeedbackItem>().all().empty()); // not brought back
}

TEST_CASE("an added employee, undone and redone, is the same person again, so a redone edit "
          "after it lands on them")
{
    Team team;
    Employee e{0, QStringLiteral("Daan Bakker"), {}, {}, {}, {}, 6, false};
    REQUIRE(team.directory.add(e));
    const Id id = team.store.employees().all().back().id;
    Employee edited = *team.directory.employee(id);
    edited.role = QStringLiteral("Team lead");
    REQUIRE(team.directory.edit(edited));
    // Someone taken over meanwhile (not a step on the stack) gets the next id, so a new
    // row for Daan could not get his old id back by chance.
    Employee other{0, QStringLiteral("Emma Jansen"), {}, {}, {}, {}, 6, false};
    team.store.employees().insert(other);

    QUndoStack *stack = team.directory.undoStack();
    stack->undo(); // the edit
    stack->undo(); // the add
    REQUIRE_FALSE(team.store.employees().find(id).has_value());
    stack->redo();
    stack->redo();
    REQUIRE(stack->index() == 2);
    const std::vector<Employee> all = team.store.employees().all();
    CHECK(all.size() == 3); // Sanne, Daan and Emma, nobody twice
    REQUIRE(team.store.employees().find(id).has_value());
    CHECK(team.store.employees().get(id).role == QStringLiteral("Team lead"));
}

TEST_CASE("choosing questions around a question of one's own, saved in between, never adds it to "
          "the bank twice")
{
    Team team;
    const Id id = team.store.conversations().create(team.employee, QDate(2026, 5, 1)).id;
    const std::unique_ptr<ConversationDocument> doc =
        team.services.openConversation(id, QStringLiteral("en"));
    const auto bankSize = [&team] { return team.store.questions().all().size(); };
    REQUIRE(
        doc->addQuestion(QStringLiteral("What surprised you this year?"), QStringLiteral("en")));
    const Question own = doc->record().questions.back();
    REQUIRE(doc->chooseQuestions({{doc->record().questions.front(), false}}));
    REQUIRE(doc->saveNow()); // the question of one's own gets its bank row now
    const std::size_t after = bankSize();

    for (int round = 0; round < 2; ++round) {
        doc->undoStack()->undo(); // the choice
        REQUIRE(doc->saveNow());
        doc->undoStack()->redo();
        REQUIRE(doc->saveNow());
    }
    CHECK(bankSize() == after);
    const auto &shown = doc->record().questions;
    CHECK(std::count_if(shown.begin(), shown.end(),
                        [&own](const Question &q) { return q.text == own.text; }) == 1);
}
