#include "services/appservices.h"
#include "services/conversationdocument.h"
#include "services/employeedirectory.h"
#include "store/store.h"
#include "testdatabase.h"

#include <QSignalSpy>
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

TEST_CASE("the same conversation open twice: the later save is refused as a conflict, not "
          "retried, and a reload shows the other's text and keeps the typed words in a note")
{
    Team team;
    const Id id = team.store.conversations().create(team.employee, QDate(2026, 5, 1)).id;
    const std::unique_ptr<ConversationDocument> first = team.services.openConversation(id, {});
    const std::unique_ptr<ConversationDocument> second = team.services.openConversation(id, {});
    int conflicts = 0;
    QObject::connect(second.get(), &ConversationDocument::conflicted,
                     [&conflicts] { ++conflicts; });

    REQUIRE(first->setText(TextField::Summary, QStringLiteral("Agreed on the course")));
    REQUIRE(first->saveNow());
    REQUIRE(second->setText(TextField::Summary, QStringLiteral("Sanne wants to lead the demo")));
    REQUIRE(second->addNote(QStringLiteral("Ask about the conference"), false));
    CHECK_FALSE(second->saveNow());
    CHECK(second->saveState() == ConversationDocument::SaveState::Conflict);
    CHECK(conflicts == 1);
    // Refused whole: the first computer's text stands, nothing of the second is in.
    CHECK(team.store.conversations().load(id).conversation.summary ==
          QStringLiteral("Agreed on the course"));
    CHECK(team.store.conversations().load(id).notes.empty());

    // More typing is kept in memory, and no save is tried until the user chooses.
    REQUIRE(second->setText(TextField::Summary, QStringLiteral("Sanne wants to lead the demo!")));
    CHECK_FALSE(second->saveNow());
    CHECK(conflicts == 1);
    CHECK(second->saveState() == ConversationDocument::SaveState::Conflict);

    REQUIRE(second->reloadKeepingText());
    CHECK(second->undoStack()->count() == 1); // only the kept note: the old steps are gone
    CHECK(second->record().conversation.summary == QStringLiteral("Agreed on the course"));
    REQUIRE(second->saveNow());
    CHECK(second->saveState() == ConversationDocument::SaveState::Saved);
    const ConversationRecord stored = team.store.conversations().load(id);
    CHECK(stored.conversation.summary == QStringLiteral("Agreed on the course"));
    REQUIRE(stored.notes.size() == 1);
    CHECK(stored.notes.front().isPrivate);
    CHECK(stored.notes.front().text.contains(QStringLiteral("Sanne wants to lead the demo!")));
    CHECK(stored.notes.front().text.contains(QStringLiteral("Ask about the conference")));

    // The first window is now the one behind.
    REQUIRE(first->setText(TextField::Summary, QStringLiteral("Agreed on the course, and more")));
    CHECK_FALSE(first->saveNow());
    CHECK(first->saveState() == ConversationDocument::SaveState::Conflict);
}

TEST_CASE("the same conversation open twice: notes added in either window in turns are all "
          "kept, and a change after them meets the window behind it")
{
    Team team;
    const Id id = team.store.conversations().create(team.employee, QDate(2026, 5, 1)).id;
    // With the bank's questions (English): a conversation with none picked has no pick
    // stored, so each of its saves reads it back and counts the version up.
    const std::unique_ptr<ConversationDocument> first =
        team.services.openConversation(id, QStringLiteral("en"));
    const std::unique_ptr<ConversationDocument> second =
        team.services.openConversation(id, QStringLiteral("en"));
    // The first save stores the questions picked and the reflection: a change, which the
    // second window then reads.
    REQUIRE(first->setText(TextField::Summary, QStringLiteral("Talked about the team")));
    REQUIRE(first->saveNow());
    REQUIRE(second->reloadKeepingText());
    int refused = 0;
    const auto addNote = [&refused](ConversationDocument &window, const QString &text) {
        REQUIRE(window.addNote(text, false));
        if (!window.saveNow()) {
            REQUIRE(window.saveState() == ConversationDocument::SaveState::Conflict);
            ++refused;
            REQUIRE(window.reloadKeepingText()); // the unsaved note comes back as a note
            REQUIRE(window.saveNow());
        }
    };
    addNote(*first, QStringLiteral("Wants to chair the team meeting"));
    addNote(*second, QStringLiteral("Asked about the conference"));
    addNote(*first, QStringLiteral("Proud of the release"));
    addNote(*second, QStringLiteral("Needs a quieter desk"));
    // A file: notes alone leave the version, so no window was refused; a server counts
    // every save up, so at each turn the other window was behind.
    CHECK(refused == (team.store.database().isServer() ? 3 : 0));
    const std::vector<Note> notes = team.store.conversations().load(id).notes;
    REQUIRE(notes.size() == 4);
    for (const QString &text :
         {QStringLiteral("Wants to chair the team meeting"),
          QStringLiteral("Asked about the conference"), QStringLiteral("Proud of the release"),
          QStringLiteral("Needs a quieter desk")}) {
        CHECK(std::count_if(notes.begin(), notes.end(),
                            [&text](const Note &note) { return note.text.contains(text); }) == 1);
    }
    // The second window saved last; its change passes, and the first is behind it.
    REQUIRE(second->setText(TextField::Summary, QStringLiteral("Second window's summary")));
    REQUIRE(second->saveNow());
    REQUIRE(first->setText(TextField::Summary, QStringLiteral("First window's summary")));
    CHECK_FALSE(first->saveNow());
    CHECK(first->saveState() == ConversationDocument::SaveState::Conflict);
    const ConversationRecord stored = team.store.conversations().load(id);
    CHECK(stored.conversation.summary == QStringLiteral("Second window's summary"));
    CHECK(stored.notes == notes);
}

TEST_CASE("a window closed while in conflict keeps what was typed as a note")
{
    Team team;
    const Id id = team.store.conversations().create(team.employee, QDate(2026, 5, 1)).id;
    std::unique_ptr<ConversationDocument> first = team.services.openConversation(id, {});
    std::unique_ptr<ConversationDocument> second = team.services.openConversation(id, {});
    REQUIRE(first->setText(TextField::AttentionPoints, QStringLiteral("Workload")));
    REQUIRE(first->saveNow());
    REQUIRE(second->setText(TextField::AttentionPoints, QStringLiteral("Wants a new laptop")));
    REQUIRE_FALSE(second->saveNow());
    second.reset();
    const ConversationRecord stored = team.store.conversations().load(id);
    CHECK(stored.conversation.attentionPoints == QStringLiteral("Workload"));
    REQUIRE(stored.notes.size() == 1);
    CHECK(stored.notes.front().text.contains(QStringLiteral("Wants a new laptop")));
}

TEST_CASE("a save says whether the employee's list row can have changed: not after a note or "
          "other words alone, but after a score, an action item or the follow-up date")
{
    Team team;
    const Id id = team.store.conversations().create(team.employee, QDate(2026, 5, 1)).id;
    const std::unique_ptr<ConversationDocument> doc = team.services.openConversation(id, {});
    QSignalSpy saved(doc.get(), &ConversationDocument::saved);
    const auto overviewChanged = [&] {
        REQUIRE(doc->saveNow());
        REQUIRE(saved.size() == 1);
        return saved.takeFirst().at(0).toBool();
    };

    REQUIRE(doc->addNote(QStringLiteral("Wants to chair the team meeting"), false));
    CHECK_FALSE(overviewChanged());
    REQUIRE(doc->setText(TextField::Summary, QStringLiteral("A good talk")));
    CHECK_FALSE(overviewChanged());
    REQUIRE(doc->addAgreement(QStringLiteral("Mentor from another team")));
    CHECK_FALSE(overviewChanged());

    REQUIRE(doc->setScores(2, 3));
    CHECK(overviewChanged());
    ActionItem course;
    course.text = QStringLiteral("Book the course");
    REQUIRE(doc->addActionItem(course));
    CHECK(overviewChanged());
    REQUIRE(doc->setFollowUp(QDate(2026, 11, 1)));
    CHECK(overviewChanged());
    REQUIRE(doc->setActionStatus(0, ActionStatus::Done));
    CHECK(overviewChanged());
    REQUIRE(doc->setNextCheckIn(QDate(2026, 6, 1)));
    CHECK(overviewChanged());

    // What was said not to matter to the row was saved all the same.
    const ConversationRecord stored = team.store.conversations().load(id);
    CHECK(stored.notes.size() == 1);
    CHECK(stored.conversation.summary == QStringLiteral("A good talk"));
    CHECK(stored.agreements.size() == 1);
    CHECK(stored.conversation.energy == 2);
}
