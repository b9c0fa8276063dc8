#include "badfiles.h"
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
    CHECK(Store::retentionCutoff(1, QDate(2025, 2, 28)) == QDate(2024, 2, 28));
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
