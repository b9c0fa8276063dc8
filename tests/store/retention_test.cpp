#include "badfiles.h"
#include "core/retention.h"
#include "store/statement.h"
#include "storetestsupport.h"

#include <catch2/catch.hpp>

using namespace dialoog;
using namespace dialoog::test;

namespace {

// A conversation planned on `planned` and, when `held` is valid, held then.
Id conversation(Store &store, Id employee, const QDate &planned, const QDate &held = {})
{
    ConversationRecord r =
        store.conversations().load(store.conversations().create(employee, planned).id);
    r.conversation.heldDate = held;
    store.conversations().save(r);
    return r.conversation.id;
}

bool exists(Store &store, Id id)
{
    return store.repository<Conversation>().find(id).has_value();
}

// Someone archived as having left on `leftOn` (not left when invalid), with one
// conversation held a month before.
Employee leaver(Store &store, const QString &name, const QDate &leftOn, bool archived = true)
{
    Employee e = person(name);
    e.archived = archived;
    e.leftOn = leftOn;
    store.employees().insert(e);
    const QDate held = leftOn.isValid() ? leftOn.addMonths(-1) : QDate(2020, 1, 1);
    conversation(store, e.id, held, held);
    return e;
}

bool present(Store &store, const Employee &e)
{
    return store.employees().find(e.id).has_value();
}

} // namespace

TEST_CASE("retention is off at zero years and removes nothing")
{
    TempStore store;
    Employee e = person();
    store->employees().insert(e);
    const Id ancient = conversation(*store, e.id, QDate(1990, 1, 1), QDate(1990, 1, 1));
    CHECK(store->countExpiredConversations(0, QDate(2026, 6, 15)) == 0);
    CHECK(store->removeExpiredConversations(0, QDate(2026, 6, 15)) == 0);
    CHECK(exists(*store, ancient));
}

TEST_CASE("retention removes what is more than N years old, by held date, else planned date")
{
    TempStore store;
    Employee e = person();
    store->employees().insert(e);
    const QDate today(2026, 6, 15);
    const Id exactly = conversation(*store, e.id, QDate(2021, 6, 1), QDate(2021, 6, 15));
    const Id dayOlder = conversation(*store, e.id, QDate(2021, 6, 1), QDate(2021, 6, 14));
    const Id plannedOnlyOld = conversation(*store, e.id, QDate(2021, 6, 14));
    const Id plannedOnlyNew = conversation(*store, e.id, QDate(2021, 6, 16));
    const Id heldLater = conversation(*store, e.id, QDate(2020, 1, 1), QDate(2021, 6, 20));

    CHECK(store->countExpiredConversations(5, today) == 2);
    CHECK(store->removeExpiredConversations(5, today) == 2);
    CHECK(exists(*store, exactly));
    CHECK_FALSE(exists(*store, dayOlder));
    CHECK_FALSE(exists(*store, plannedOnlyOld));
    CHECK(exists(*store, plannedOnlyNew));
    CHECK(exists(*store, heldLater));
    CHECK(store->employees().find(e.id).has_value());
    CHECK(store->removeExpiredConversations(5, today) == 0);
}

TEST_CASE("retention around a leap day")
{
    TempStore store;
    Employee e = person();
    store->employees().insert(e);
    const Id leap = conversation(*store, e.id, QDate(2024, 2, 29), QDate(2024, 2, 29));
    const Id dayBefore = conversation(*store, e.id, QDate(2024, 2, 28), QDate(2024, 2, 28));

    // A year after 29 February is 28 February: that day 29 February is exactly a year ago.
    CHECK(retention::cutoff(1, QDate(2025, 2, 28)) == QDate(2024, 2, 28));
    CHECK(store->countExpiredConversations(1, QDate(2025, 2, 28)) == 0);
    CHECK(store->countExpiredConversations(1, QDate(2025, 3, 1)) == 2);
    // From one leap day to the next: 29 February itself is exactly four years ago.
    CHECK(store->removeExpiredConversations(4, QDate(2028, 2, 29)) == 1);
    CHECK(exists(*store, leap));
    CHECK_FALSE(exists(*store, dayBefore));
}

TEST_CASE("retention removes everything said in an old conversation, overwritten on disk",
          "[sqlite]")
{
    const QString canary = QStringLiteral("Oud8Kanarie");
    const auto c = [&canary](const char *field) -> QString {
        return canary + QString::fromLatin1(field);
    };
    TempStore store;
    Employee e = person();
    store->employees().insert(e);
    ConversationRecord r = store->conversations().load(
        conversation(*store, e.id, QDate(2015, 3, 1), QDate(2015, 3, 2)));
    r.conversation.summary = c("summary");
    r.reflection.wentWell = c("wentwell");
    r.reflection.growth = c("growth");
    r.reflection.ambitions = c("ambitions");
    r.feedback.push_back(FeedbackItem{0, e.id, 0, c("from"), Relation::Peer, {}, c("feedback")});
    r.goals.push_back(Goal{
        0, e.id, 0, QStringLiteral("A goal that lives on"), {}, GoalStatus::Active, 10, {}, {}});
    r.questions.push_back(Question{0, QStringLiteral("en"), c("adhocquestion"), false, 0});
    r.notes.push_back(
        Note{0, 0, Phase::Goals, QDateTime(QDate(2015, 3, 2), QTime(10, 0)), c("note"), true});
    r.actionItems.push_back(
        ActionItem{0, 0, c("action"), Owner::Other, c("owner"), {}, {}, ActionStatus::Open, 0, 0});
    r.agreements.push_back(Agreement{0, 0, c("agreement")});
    store->conversations().save(r);
    r.answers.push_back(Answer{0, 0, r.questions.back().id, c("answer")});
    r.goalUpdates.push_back(
        GoalUpdate{0, r.goals.back().id, 0, GoalStatus::Active, 20, c("update")});
    store->conversations().save(r);
    const Id recent = conversation(*store, e.id, QDate(2026, 1, 1), QDate(2026, 1, 2));
    const qint64 questions = store->questions().count();

    const QByteArray needle = canary.toUtf8();
    REQUIRE(QByteArray(fileBytes(store.path) + fileBytes(store.path + QStringLiteral("-wal")))
                .contains(needle));
    CHECK(store->removeExpiredConversations(5, QDate(2026, 6, 15)) == 1);
    CHECK_FALSE(fileBytes(store.path).contains(needle));
    CHECK_FALSE(fileBytes(store.path + QStringLiteral("-wal")).contains(needle));
    CHECK(exists(*store, recent));
    CHECK(store->repository<Goal>().count() ==
          1); // the employee's goal is theirs, not the conversation's
    CHECK(store->repository<GoalUpdate>().count() == 0);
    CHECK(store->repository<FeedbackItem>().count() == 0);
    CHECK(store->repository<Answer>().count() == 0);
    CHECK(store->repository<Note>().count() == 0);
    CHECK(store->repository<ActionItem>().count() == 0);
    CHECK(store->questions().count() == questions - 1);
    CHECK(store->check().ok);
}

TEST_CASE("retention from leaving removes people who left more than N years ago, and keeps "
          "those who left exactly N years ago, left later, are not archived or have no date")
{
    TempStore store;
    const QDate today(2026, 6, 15);
    const Employee exactly = leaver(*store, QStringLiteral("Exactly Two"), QDate(2024, 6, 15));
    const Employee dayOlder = leaver(*store, QStringLiteral("Day Older"), QDate(2024, 6, 14));
    const Employee longAgo = leaver(*store, QStringLiteral("Long Ago"), QDate(2015, 1, 1));
    const Employee recent = leaver(*store, QStringLiteral("Recent"), QDate(2026, 1, 31));
    const Employee noDate = leaver(*store, QStringLiteral("Just Archived"), QDate());
    const Employee restored = leaver(*store, QStringLiteral("Came Back"), QDate(2015, 1, 1), false);
    Employee working = person(QStringLiteral("Still Here"));
    store->employees().insert(working);

    CHECK(store->countLeaversDue(0, today) == 0);
    CHECK(store->removeLeaversDue(0, today) == 0);
    CHECK(store->countLeaversDue(2, today) == 2);
    CHECK(store->removeLeaversDue(2, today) == 2);
    CHECK_FALSE(present(*store, dayOlder));
    CHECK_FALSE(present(*store, longAgo));
    for (const Employee &kept : {exactly, recent, noDate, restored, working})
        CHECK(present(*store, kept));
    // Their conversations went with them; the others' stayed.
    CHECK(store->repository<Conversation>().count() == 4);
    CHECK(store->removeLeaversDue(2, today) == 0);
    CHECK(store->check().ok);
}

TEST_CASE("retention from leaving around a leap day")
{
    TempStore store;
    const Employee leap = leaver(*store, QStringLiteral("Leap Day"), QDate(2024, 2, 29));
    const Employee dayBefore = leaver(*store, QStringLiteral("Day Before"), QDate(2024, 2, 28));
    const Employee twoBefore = leaver(*store, QStringLiteral("Two Before"), QDate(2024, 2, 27));
    // Two years back from 28 February 2026 is 28 February 2024: that day is exactly two
    // years ago and kept, and so is the leap day after it; only the day before goes.
    CHECK(store->countLeaversDue(2, QDate(2026, 2, 28)) == 1);
    CHECK(store->countLeaversDue(2, QDate(2026, 3, 1)) == 3);
    CHECK(store->removeLeaversDue(2, QDate(2026, 2, 28)) == 1);
    CHECK(present(*store, leap));
    CHECK(present(*store, dayBefore));
    CHECK_FALSE(present(*store, twoBefore));
    CHECK(store->removeLeaversDue(2, QDate(2026, 3, 1)) == 2);
}

TEST_CASE("retention from leaving erases everything about the person and rewrites the search "
          "index")
{
    TempStore store;
    const QString canary = QStringLiteral("Vertrokken7Kanarie");
    const Employee gone = leaver(*store, QStringLiteral("Gone Person"), QDate(2020, 3, 1));
    ConversationRecord r =
        store->conversations().load(store->conversations().forEmployee(gone.id).front().id);
    r.conversation.summary = canary + QStringLiteral(" summary");
    r.goals.push_back(
        Goal{0, gone.id, 0, canary + QStringLiteral(" goal"), {}, GoalStatus::Active, 10, {}, {}});
    r.notes.push_back(Note{0, 0, Phase::Goals, QDateTime(QDate(2020, 2, 1), QTime(10, 0)),
                           canary + QStringLiteral(" note"), true});
    store->conversations().save(r);
    InboxNote later{0, gone.id, QDateTime(QDate(2020, 2, 20), QTime(9, 0)),
                    canary + QStringLiteral(" inbox"), false};
    store->repository<InboxNote>().insert(later);
    REQUIRE(store->search().find(canary).size() >= 3);

    CHECK(store->removeLeaversDue(2, QDate(2026, 6, 15)) == 1);
    CHECK(store->search().find(canary).empty());
    CHECK(store->repository<Goal>().count() == 0);
    CHECK(store->repository<Note>().count() == 0);
    CHECK(store->repository<InboxNote>().count() == 0);
    CHECK(store->check().ok);
}

TEST_CASE("retention from leaving leaves no trace of the person in the file", "[sqlite]")
{
    TempStore store;
    const QString canary = QStringLiteral("Weg9Kanarie");
    Employee gone = person(canary);
    gone.archived = true;
    gone.leftOn = QDate(2020, 3, 1);
    store->employees().insert(gone);
    const Id id = conversation(*store, gone.id, QDate(2020, 2, 1), QDate(2020, 2, 1));
    ConversationRecord r = store->conversations().load(id);
    r.conversation.summary = canary;
    store->conversations().save(r);
    const QByteArray needle = canary.toUtf8();
    REQUIRE(QByteArray(fileBytes(store.path) + fileBytes(store.path + QStringLiteral("-wal")))
                .contains(needle));
    CHECK(store->removeLeaversDue(2, QDate(2026, 6, 15)) == 1);
    CHECK_FALSE(fileBytes(store.path).contains(needle));
    CHECK_FALSE(fileBytes(store.path + QStringLiteral("-wal")).contains(needle));
}
