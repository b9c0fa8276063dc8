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

namespace {

qint64 storedVersion(Store &store, Id conversation)
{
    Statement version(store.database(), "SELECT version FROM conversation WHERE id = ?");
    version.bind(1, conversation);
    REQUIRE(version.step());
    return version.int64(0);
}

Note newNote(const QString &text, int minute = 0)
{
    Note note;
    note.phase = Phase::Questions;
    note.createdAt = QDateTime(QDate(2026, 4, 1), QTime(10, minute));
    note.text = text;
    return note;
}

using Change = std::function<void(ConversationRecord &)>;

// Changes the record and saves it as the window does, on top of the record last saved.
void saveChange(Store &store, ConversationRecord &record, const Change &change)
{
    const ConversationRecord previous = record;
    change(record);
    store.conversations().save(record, ConversationRepository::PlanFollowUp::Yes, &previous);
}

Change adding(const QString &text, int minute = 0)
{
    return [=](ConversationRecord &r) { r.notes.push_back(newNote(text, minute)); };
}

} // namespace

TEST_CASE("each save by the window that changes or removes a stored row counts the version up by "
          "one, as the row holds it")
{
    TempStore store;
    ConversationRecord record = filledRecord(*store);
    store->conversations().save(record);
    CHECK(record.version == storedVersion(*store, record.conversation.id));
    const std::vector<std::pair<const char *, Change>> changes = {
        {"a note's text",
         [](ConversationRecord &r) { r.notes.front().text += QStringLiteral("!"); }},
        {"a note's privacy", [](ConversationRecord &r) { r.notes.back().isPrivate ^= true; }},
        {"a note removed", [](ConversationRecord &r) { r.notes.pop_back(); }},
        {"a new note and the summary",
         [](ConversationRecord &r) {
             r.notes.push_back(newNote(QStringLiteral("With the summary")));
             r.conversation.summary = QStringLiteral("Changed with a note");
         }},
        {"the scores", [](ConversationRecord &r) { r.conversation.energy = 2; }},
        {"the reflection",
         [](ConversationRecord &r) { r.reflection.growth = QStringLiteral("More"); }},
        {"a goal",
         [](ConversationRecord &r) { r.goals.front().what = QStringLiteral("Mentor two"); }},
        {"a goal's new step",
         [](ConversationRecord &r) {
             r.goals.front().steps.push_back(
                 GoalStep{0, r.goals.front().id, StepKind::Training, QStringLiteral("Course")});
         }},
        {"a question's answer",
         [](ConversationRecord &r) { r.answers.front().text += QStringLiteral("."); }},
        {"a new action item",
         [](ConversationRecord &r) {
             ActionItem item;
             item.text = QStringLiteral("Plan the demo");
             r.actionItems.push_back(item);
         }},
        {"a new agreement",
         [](ConversationRecord &r) {
             r.agreements.push_back(Agreement{0, 0, QStringLiteral("More")});
         }},
        {"an achievement removed", [](ConversationRecord &r) { r.achievements.clear(); }},
        {"the feedback",
         [](ConversationRecord &r) { r.feedback.front().text += QStringLiteral("!"); }},
        {"a question of one's own",
         [](ConversationRecord &r) {
             r.questions.push_back(
                 Question{0, QStringLiteral("en"), QStringLiteral("And now?"), false, 99});
         }},
        {"a goal reviewed",
         [](ConversationRecord &r) {
             r.goalUpdates.push_back(GoalUpdate{0, r.goals.front().id, 0, GoalStatus::Active, 50,
                                                QStringLiteral("Halfway")});
         }},
    };
    for (const auto &[what, change] : changes) {
        INFO(what);
        const qint64 before = record.version;
        saveChange(*store, record, change);
        CHECK(record.version == before + 1);
        CHECK(record.version == storedVersion(*store, record.conversation.id));
        CHECK(store->conversations().load(record.conversation.id).notes == record.notes);
    }
}

TEST_CASE("a save that only adds notes checks the version, and counts it up on a server alone "
          "(which locks the row and tells the other computers)")
{
    TempStore store;
    ConversationRecord record = filledRecord(*store);
    store->conversations().save(record);
    const bool server = store->database().isServer();
    for (int i = 0; i < 3; ++i) {
        const qint64 before = record.version;
        saveChange(*store, record, adding(QStringLiteral("Note %1").arg(i), i));
        CHECK(record.version == before + (server ? 1 : 0));
        CHECK(record.version == storedVersion(*store, record.conversation.id));
        CHECK(record.notes.back().id > 0);
        CHECK(record.notes.back().conversationId == record.conversation.id);
    }
    CHECK(store->conversations().load(record.conversation.id).notes == record.notes);
    // A save with nothing new writes nothing, and is still checked.
    const qint64 unchanged = record.version;
    saveChange(*store, record, [](ConversationRecord &) {});
    CHECK(record.version == unchanged + (server ? 1 : 0));
}

TEST_CASE("a window behind a change is refused whole, also when it only adds a note")
{
    TempStore store;
    ConversationRecord record = filledRecord(*store);
    store->conversations().save(record);
    ConversationRecord stale = record;
    saveChange(*store, record, [](ConversationRecord &r) {
        r.conversation.summary = QStringLiteral("Saved first");
    });

    for (const bool withSummary : {false, true}) {
        INFO("with a changed summary: " << withSummary);
        const ConversationRecord staleBase = stale;
        ConversationRecord typed = stale;
        typed.notes.push_back(newNote(QStringLiteral("Typed in the stale window"), 11));
        if (withSummary)
            typed.conversation.summary = QStringLiteral("Overwritten?");
        try {
            store->conversations().save(typed, ConversationRepository::PlanFollowUp::Yes,
                                        &staleBase);
            FAIL("the stale save was not refused");
        } catch (const StoreError &e) {
            CHECK(e.kind() == StoreError::Kind::Conflict);
        }
        const ConversationRecord loaded = store->conversations().load(record.conversation.id);
        CHECK(loaded.version == record.version);
        CHECK(loaded.notes == record.notes);
        CHECK(loaded.conversation.summary == QStringLiteral("Saved first"));
    }
}

TEST_CASE("two windows adding notes in turns lose none, and a change meets the window behind it")
{
    TempStore store;
    ConversationRecord first = filledRecord(*store);
    store->conversations().save(first);
    ConversationRecord second = first;
    const Id id = first.conversation.id;
    int refused = 0;
    // As the window does after a refusal: read again, and save what was typed on top.
    const auto addNote = [&](ConversationRecord &window, const QString &text) {
        try {
            saveChange(*store, window, adding(text));
        } catch (const StoreError &e) {
            REQUIRE(e.kind() == StoreError::Kind::Conflict);
            ++refused;
            window = store->conversations().load(id);
            saveChange(*store, window, adding(text));
        }
    };
    addNote(first, QStringLiteral("First window, one"));
    addNote(second, QStringLiteral("Second window, one"));
    addNote(first, QStringLiteral("First window, two"));
    addNote(second, QStringLiteral("Second window, two"));
    // A file: notes alone leave the version, so neither window was refused; a server
    // counts every save up, so each turn the other window was behind.
    CHECK(refused == (store->database().isServer() ? 3 : 0));
    QStringList texts;
    for (const Note &note : store->conversations().load(id).notes)
        texts << note.text;
    CHECK(texts ==
          QStringList{QStringLiteral("Private thought"), QStringLiteral("First window, one"),
                      QStringLiteral("Second window, one"), QStringLiteral("First window, two"),
                      QStringLiteral("Second window, two")});

    // The second window saved last on either backend; its change passes, and the first
    // window, behind it now, is refused.
    saveChange(*store, second, [](ConversationRecord &r) {
        r.conversation.summary = QStringLiteral("The second window's summary");
    });
    try {
        saveChange(*store, first, [](ConversationRecord &r) {
            r.conversation.summary = QStringLiteral("The first window's summary");
        });
        FAIL("the window behind was not refused");
    } catch (const StoreError &e) {
        CHECK(e.kind() == StoreError::Kind::Conflict);
    }
    const ConversationRecord stored = store->conversations().load(id);
    CHECK(stored.conversation.summary == QStringLiteral("The second window's summary"));
    CHECK(stored.notes.size() == 5);
}
