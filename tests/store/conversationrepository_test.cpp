#include "core/conversationsession.h"
#include "store/storeerror.h"
#include "storetestsupport.h"

#include <catch2/catch.hpp>

using namespace dialoog;
using namespace dialoog::test;

namespace {

ConversationRecord filledRecord(Store &store)
{
    Employee e = person();
    store.employees().insert(e);
    const Conversation c = store.conversations().create(e.id, QDate(2026, 4, 1));
    ConversationRecord r = store.conversations().load(c.id);
    ConversationSession s(r, [] { return QDate(2026, 4, 1); });
    s.setScores(4, 4);
    s.setReflection(Reflection{0, 0, QStringLiteral("Went well"), QStringLiteral("Growth"),
                               QStringLiteral("Ambition")});
    s.addAchievement(QStringLiteral("Shipped"));
    s.addFeedback(FeedbackItem{0, 0, 0, QStringLiteral("Kees"), Relation::Colleague,
                               QDate(2026, 3, 1), QStringLiteral("Reliable")});
    s.addGoal(Goal{0,
                   0,
                   0,
                   QStringLiteral("Mentor a starter"),
                   QStringLiteral("Leadership"),
                   GoalStatus::Active,
                   0,
                   {},
                   {}});
    s.addGoalStep(0, StepKind::Project, QStringLiteral("Buddy for the next starter"));
    s.addGoalStep(0, StepKind::Training, QStringLiteral("Coaching course"));
    s.setAttentionPoints(QStringLiteral("Workload"));
    s.addQuestion(QStringLiteral("What surprised you this quarter?"), QStringLiteral("en"));
    s.setAnswer(s.record().questions.front().id, QStringLiteral("Customers"));
    s.addNote(QStringLiteral("Private thought"), true);
    ActionItem a;
    a.text = QStringLiteral("Book training");
    a.dueDate = QDate(2026, 5, 1);
    s.addActionItem(a);
    s.addAgreement(QStringLiteral("Check in monthly"));
    s.setSummary(QStringLiteral("Good"));
    s.setFollowUp(QDate(2026, 5, 15));
    s.finish();
    return s.record();
}

} // namespace

TEST_CASE("a conversation with everything in it is saved and loaded back the same")
{
    TempStore store;
    ConversationRecord saved = filledRecord(*store);
    store->conversations().save(saved);
    CHECK(saved.reflection.id > 0);
    CHECK(saved.actionItems.front().id > 0);
    CHECK(saved.goals.front().createdIn == saved.conversation.id);

    store.reopen();
    const ConversationRecord loaded = store->conversations().load(saved.conversation.id);
    CHECK(loaded == saved);
    CHECK(loaded.conversation.phase == Phase::Finished);
}

TEST_CASE("children removed from the record are deleted on save, others kept")
{
    TempStore store;
    ConversationRecord r = filledRecord(*store);
    store->conversations().save(r);
    r.notes.clear();
    r.agreements.push_back(Agreement{0, 0, QStringLiteral("Second agreement")});
    store->conversations().save(r);
    const ConversationRecord loaded = store->conversations().load(r.conversation.id);
    CHECK(loaded.notes.empty());
    CHECK(loaded.agreements.size() == 2);
}

TEST_CASE("a goal set in this conversation that the record drops leaves the store; a goal from "
          "elsewhere stays")
{
    TempStore store;
    ConversationRecord r = filledRecord(*store);
    Goal earlier{
        0, r.employee.id, 0, QStringLiteral("Set long ago"), {}, GoalStatus::Active, 40, {}, {}};
    store->repository<Goal>().insert(earlier);
    r.goals.push_back(earlier);
    store->conversations().save(r);
    const ConversationRecord saved = r;
    REQUIRE(store->repository<Goal>().where("employee_id", r.employee.id).size() == 2);

    r.goals.clear();
    store->conversations().save(r, ConversationRepository::PlanFollowUp::No, &saved);
    const std::vector<Goal> left = store->repository<Goal>().where("employee_id", r.employee.id);
    REQUIRE(left.size() == 1);
    CHECK(left.front().what == QStringLiteral("Set long ago"));
    CHECK(store->check().ok); // its steps went with it
}

TEST_CASE("a save that fails halfway changes nothing in the database")
{
    TempStore store;
    ConversationRecord r = filledRecord(*store);
    store->conversations().save(r);
    const ConversationRecord before = store->conversations().load(r.conversation.id);

    r.conversation.summary = QStringLiteral("Changed");
    r.notes.clear();
    r.answers.push_back(Answer{0, 0, 424242, QStringLiteral("points at no question")});
    CHECK_THROWS(store->conversations().save(r));
    CHECK(store->conversations().load(r.conversation.id) == before);
}

TEST_CASE("a new conversation offers the active questions of its language")
{
    TempStore store;
    Employee e = person();
    store->employees().insert(e);
    const Id id = store->conversations().create(e.id, QDate(2026, 4, 1)).id;
    Question q = store->questions().all().front();
    q.active = false;
    store->questions().update(q);
    for (const char *language : {"en", "nl"}) {
        const ConversationRecord r = store->conversations().load(id, QString::fromLatin1(language));
        CHECK(r.questions.size() >= 12);
        CHECK(
            std::all_of(r.questions.begin(), r.questions.end(), [language, &q](const Question &x) {
                return x.language == QLatin1String(language) && x.active && x.id != q.id;
            }));
    }
}

TEST_CASE("once saved, a conversation keeps the questions picked for it, ad-hoc ones included")
{
    TempStore store;
    ConversationRecord r = filledRecord(*store);
    store->conversations().save(r);
    const Question adhoc = r.questions.back();
    CHECK(adhoc.id > 0);
    CHECK(adhoc.text == QStringLiteral("What surprised you this quarter?"));
    CHECK_FALSE(adhoc.active); // in the bank, but not offered to the next conversation

    // Deactivating a question in the bank later does not take it out of this conversation.
    const Id answered = r.answers.front().questionId;
    Question q = store->questions().get(answered);
    q.active = false;
    store->questions().update(q);
    const ConversationRecord loaded =
        store->conversations().load(r.conversation.id, QStringLiteral("nl"));
    CHECK(loaded.questions.size() == r.questions.size());
    CHECK(loaded.questions.front().id == r.questions.front().id);
    CHECK(loaded.questions.back().text == adhoc.text);
}

TEST_CASE(
    "an open item from an earlier conversation is closed in the next one and stays visible there")
{
    TempStore store;
    ConversationRecord first = filledRecord(*store);
    store->conversations().save(first);
    const Id second = store->conversations().create(first.employee.id, QDate(2026, 5, 15)).id;
    ConversationRecord r = store->conversations().load(second);
    REQUIRE(r.earlierActions.size() == 1);
    ConversationSession s(r, [] { return QDate(2026, 5, 15); });
    CHECK(s.setEarlierActionStatus(0, ActionStatus::Done));
    ConversationRecord changed = s.record();
    store->conversations().save(changed);

    const ConversationRecord again = store->conversations().load(second);
    REQUIRE(again.earlierActions.size() == 1);
    CHECK(again.earlierActions.front().status == ActionStatus::Done);
    CHECK(again.earlierActions.front().closedIn == second);
    CHECK(again.earlierActions.front().doneDate == QDate(2026, 5, 15));
    // A third conversation no longer sees it.
    const Id third = store->conversations().create(first.employee.id, QDate(2026, 7, 1)).id;
    CHECK(store->conversations().load(third).earlierActions.empty());
}

TEST_CASE("a row deleted in between stays deleted: a later save writes the rest and does not "
          "bring it back under its old id")
{
    TempStore store;
    ConversationRecord r = filledRecord(*store);
    store->conversations().save(r);
    const ConversationRecord stale = r;
    REQUIRE_FALSE(stale.notes.empty());
    r.notes.clear();
    store->conversations().save(r);
    ConversationRecord again = stale;
    again.conversation.summary = QStringLiteral("Changed");
    store->conversations().save(again);
    const ConversationRecord after = store->conversations().load(r.conversation.id);
    CHECK(after.notes.empty());
    CHECK(store->repository<Note>().where("conversation_id", r.conversation.id).empty());
    CHECK(after.conversation.summary == QStringLiteral("Changed"));
}

TEST_CASE("feedback and notes for next time gathered between conversations wait for the next one's "
          "preparation")
{
    TempStore store;
    ConversationRecord first = filledRecord(*store);
    store->conversations().save(first);
    const Id employee = first.employee.id;
    FeedbackItem between{0,
                         employee,
                         0,
                         QStringLiteral("Noor"),
                         Relation::Customer,
                         QDate(2026, 4, 20),
                         QStringLiteral("Solved our outage at night")};
    store->repository<FeedbackItem>().insert(between);
    InboxNote keep{0, employee, QDateTime(QDate(2026, 4, 21), QTime(10, 0)),
                   QStringLiteral("Ask about the move"), false};
    InboxNote drop{0, employee, QDateTime(QDate(2026, 4, 22), QTime(11, 0)),
                   QStringLiteral("Already solved"), false};
    store->repository<InboxNote>().insert(keep);
    store->repository<InboxNote>().insert(drop);

    // The finished conversation stays as it was held.
    const ConversationRecord held = store->conversations().load(first.conversation.id);
    CHECK(held.feedback.size() == 1);
    CHECK(held.inbox.empty());

    const Id second = store->conversations().create(employee, QDate(2026, 5, 15)).id;
    ConversationRecord r = store->conversations().load(second);
    REQUIRE(r.feedback.size() == 1);
    CHECK(r.feedback.front().text == between.text);
    REQUIRE(r.inbox.size() == 2);
    ConversationSession s(r, [] { return QDate(2026, 5, 15); });
    CHECK(s.settleInboxNote(0, true));
    CHECK(s.settleInboxNote(1, false));
    CHECK_FALSE(s.settleInboxNote(1, false));
    ConversationRecord changed = s.record();
    store->conversations().save(changed);

    const ConversationRecord again = store->conversations().load(second);
    CHECK(again.inbox.empty());
    REQUIRE(again.notes.size() == 1);
    CHECK(again.notes.front().text == keep.text);
    CHECK(again.notes.front().phase == Phase::Preparation);
    CHECK(again.notes.front().createdAt == keep.createdAt);
    // Saved with the second conversation, the feedback is now part of it.
    REQUIRE(again.feedback.size() == 1);
    CHECK(again.feedback.front().conversationId == second);
    CHECK(store->repository<InboxNote>().count() == 2);
    CHECK(store->repository<InboxNote>().matching("done = 1", {}).size() == 2);
}

TEST_CASE("each save by the window counts the version up by one, as the row holds it, and a "
          "record saved meanwhile by someone else is refused whole")
{
    TempStore store;
    ConversationRecord record = filledRecord(*store);
    store->conversations().save(record);
    const auto storedVersion = [&store, &record] {
        Statement version(store->database(), "SELECT version FROM conversation WHERE id = ?");
        version.bind(1, record.conversation.id);
        REQUIRE(version.step());
        return version.int64(0);
    };
    CHECK(record.version == storedVersion());
    ConversationRecord stale = record;
    for (int i = 0; i < 3; ++i) {
        const ConversationRecord previous = record;
        const qint64 before = record.version;
        record.notes.push_back(Note{0, 0, Phase::Questions,
                                    QDateTime(QDate(2026, 4, 1), QTime(10, i)),
                                    QStringLiteral("Note %1").arg(i), false});
        store->conversations().save(record, ConversationRepository::PlanFollowUp::Yes, &previous);
        CHECK(record.version == before + 1);
        CHECK(record.version == storedVersion());
    }
    // A window still at the first save's version: nothing of its save is written.
    const ConversationRecord staleBase = stale;
    stale.notes.push_back(Note{0, 0, Phase::Questions, QDateTime(QDate(2026, 4, 1), QTime(11, 0)),
                               QStringLiteral("Typed in the stale window"), false});
    stale.conversation.summary = QStringLiteral("Overwritten?");
    try {
        store->conversations().save(stale, ConversationRepository::PlanFollowUp::Yes, &staleBase);
        FAIL("the stale save was not refused");
    } catch (const StoreError &e) {
        CHECK(e.kind() == StoreError::Kind::Conflict);
    }
    const ConversationRecord loaded = store->conversations().load(record.conversation.id);
    CHECK(loaded.version == record.version);
    CHECK(loaded.notes.size() == record.notes.size());
    CHECK(loaded.conversation.summary == record.conversation.summary);
}
