#include "heldconversation.h"
#include "services/appservices.h"
#include "services/conversationdocument.h"
#include "services/employeedirectory.h"
#include "store/store.h"
#include "testdatabase.h"

#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace dialoog;

namespace {

struct Fixture
{
    test::TestDatabase database{QStringLiteral("checkin.sqlite")};
    Store store{database.location(), Store::Open::CreateIfMissing};
    AppServices services{store};
    EmployeeDirectory &directory = services.employees();
    Id employee = 0;

    Fixture()
    {
        Employee e{0,    QStringLiteral("Noor Bakker"), {}, QStringLiteral("Support"), {}, {}, 6,
                   false};
        REQUIRE(directory.add(e));
        employee = store.employees().all().front().id;
    }

    // A development conversation held yesterday, leaving an open action item and a goal.
    void holdConversation()
    {
        test::holdWithOpenItems(store, directory.startConversation(employee),
                                QDate::currentDate().addDays(-1));
    }
};

} // namespace

TEST_CASE("starting a check-in twice opens the same one until it is held, apart from the "
          "development conversation")
{
    Fixture f;
    const Id checkIn = f.directory.startCheckIn(f.employee);
    REQUIRE(checkIn != 0);
    CHECK(f.store.conversations().load(checkIn).conversation.kind == ConversationKind::CheckIn);
    CHECK(f.directory.startCheckIn(f.employee) == checkIn);
    const Id conversation = f.directory.startConversation(f.employee);
    CHECK(conversation != checkIn);
    CHECK(f.store.conversations().load(conversation).conversation.kind ==
          ConversationKind::Development);

    ConversationRecord held = f.store.conversations().load(checkIn);
    held.conversation.phase = Phase::Finished;
    held.conversation.heldDate = QDate::currentDate();
    f.store.conversations().save(held);
    const Id next = f.directory.startCheckIn(f.employee);
    CHECK(next != checkIn);
    CHECK(next != conversation);
}

TEST_CASE("a check-in carries open action items over and shows notes for next time, and leaves "
          "feedback and questions for the next development conversation")
{
    Fixture f;
    f.holdConversation();
    REQUIRE(
        f.directory.addNoteForNextTime(f.employee, QStringLiteral("Ask about the night shift")));
    REQUIRE(f.directory.addFeedback(f.employee, FeedbackItem{0, 0, 0, QStringLiteral("Kees"),
                                                             Relation::Colleague, QDate(),
                                                             QStringLiteral("Calm on calls")}));

    const auto document =
        f.services.openConversation(f.directory.startCheckIn(f.employee), QStringLiteral("en"));
    const ConversationRecord &r = document->record();
    REQUIRE(r.earlierActions.size() == 1);
    CHECK(r.earlierActions.front().text == QStringLiteral("Shadow Kees on a call"));
    REQUIRE(r.inbox.size() == 1);
    CHECK(r.inbox.front().text == QStringLiteral("Ask about the night shift"));
    CHECK(r.feedback.empty());
    CHECK(r.questions.empty());

    const Id nextConversation = f.directory.startConversation(f.employee);
    const ConversationRecord development = f.store.conversations().load(nextConversation);
    REQUIRE(development.feedback.size() == 1);
    CHECK(development.feedback.front().text == QStringLiteral("Calm on calls"));
    CHECK_FALSE(development.questions.empty());
}

TEST_CASE("what a check-in holds is saved, goal progress counts, and its items carry over into "
          "the next development conversation")
{
    Fixture f;
    f.holdConversation();
    REQUIRE(
        f.directory.addNoteForNextTime(f.employee, QStringLiteral("Ask about the night shift")));
    const Id checkInId = f.directory.startCheckIn(f.employee);
    {
        const auto document = f.services.openConversation(checkInId, QStringLiteral("en"));
        ConversationDocument &d = *document;
        const QDate today = QDate::currentDate();
        REQUIRE(d.setScores(4, 3));
        REQUIRE(d.setTopic(CheckInTopic::Learning));
        REQUIRE(d.setText(TextField::TopicText, QStringLiteral("The outage last week")));
        CHECK_FALSE(d.setNextCheckIn(today));
        REQUIRE(d.setNextCheckIn(today.addDays(14)));
        const Goal goal = d.record().goals.front();
        REQUIRE(d.reviewGoal(GoalUpdate{0, goal.id, 0, GoalStatus::Active, 35,
                                        QStringLiteral("Took two escalations")}));
        REQUIRE(d.setEarlierActionStatus(0, ActionStatus::Done));
        REQUIRE(d.settleInboxNote(0, true));
        ActionItem outage;
        outage.text = QStringLiteral("Write the outage notes");
        REQUIRE(d.addActionItem(outage));
        REQUIRE(d.addNote(QStringLiteral("Felt left alone during the outage"), true));
        REQUIRE(d.finish());
        REQUIRE(d.saveNow());
    }
    const ConversationRecord stored = f.store.conversations().load(checkInId);
    const Conversation &c = stored.conversation;
    CHECK(c.kind == ConversationKind::CheckIn);
    CHECK(c.phase == Phase::Finished);
    CHECK(c.heldDate == QDate::currentDate());
    CHECK(c.energy == 4);
    CHECK(c.workHappiness == 3);
    CHECK(c.topic == CheckInTopic::Learning);
    CHECK(c.topicText == QStringLiteral("The outage last week"));
    CHECK(c.nextCheckIn == QDate::currentDate().addDays(14));
    REQUIRE(stored.goalUpdates.size() == 1);
    CHECK(stored.goals.front().progress == 35);
    CHECK(stored.notes.size() == 2); // the kept note for next time and the private note

    const ConversationRecord next =
        f.store.conversations().load(f.directory.startConversation(f.employee));
    REQUIRE(next.earlierActions.size() == 1);
    CHECK(next.earlierActions.front().text == QStringLiteral("Write the outage notes"));
    CHECK(next.inbox.empty());
}

TEST_CASE("the topic and the next check-in are undo steps of their own")
{
    Fixture f;
    const auto document =
        f.services.openConversation(f.directory.startCheckIn(f.employee), QStringLiteral("en"));
    ConversationDocument &d = *document;
    REQUIRE(d.setTopic(CheckInTopic::Goal));
    REQUIRE(d.setNextCheckIn(QDate::currentDate().addDays(7)));
    CHECK(d.undoStack()->count() == 2);
    d.undoStack()->undo();
    CHECK_FALSE(d.record().conversation.nextCheckIn.isValid());
    CHECK(d.record().conversation.topic == CheckInTopic::Goal);
    d.undoStack()->undo();
    CHECK(d.record().conversation.topic == CheckInTopic::None);
    d.undoStack()->redo();
    CHECK(d.record().conversation.topic == CheckInTopic::Goal);
    REQUIRE(d.saveNow());
    CHECK(f.store.conversations().load(d.record().conversation.id).conversation.topic ==
          CheckInTopic::Goal);
}
