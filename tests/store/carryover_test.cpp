#include "core/conversationsession.h"
#include "store/storeerror.h"
#include "storetestsupport.h"

#include <algorithm>
#include <catch2/catch.hpp>

using namespace dialoog;
using dialoog::test::TempStore;

namespace {

ActionItem item(const QString &text)
{
    ActionItem a;
    a.text = text;
    return a;
}

int indexOf(const std::vector<ActionItem> &items, const QString &text)
{
    const auto it = std::find_if(items.begin(), items.end(),
                                 [&text](const ActionItem &a) { return a.text == text; });
    return it == items.end() ? -1 : int(std::distance(items.begin(), it));
}

QStringList texts(const std::vector<ActionItem> &items)
{
    QStringList list;
    for (const ActionItem &a : items)
        list << a.text;
    list.sort();
    return list;
}

ActionItem stored(Store &store, const QString &text)
{
    for (const ActionItem &a : store.repository<ActionItem>().all()) {
        if (a.text == text)
            return a;
    }
    FAIL("no action item " << text.toStdString());
    return {};
}

// Holds a conversation on `day` through the session model and saves it.
void hold(Store &store, Id conversationId, QDate day,
          const std::function<void(ConversationSession &)> &during)
{
    ConversationSession s(store.conversations().load(conversationId), [day] { return day; });
    during(s);
    s.setSummary(QStringLiteral("Held."));
    REQUIRE(s.setFollowUp(day.addDays(42)));
    REQUIRE(s.finish());
    ConversationRecord r = s.record();
    store.conversations().save(r);
}

} // namespace

TEST_CASE(
    "carry-over across three conversations: done, dropped, still open, postponed and cancelled")
{
    TempStore store;
    Employee e = test::person();
    store->employees().insert(e);
    const QDate first(2026, 1, 12), second(2026, 3, 2), third(2026, 4, 20);

    // 1. The first conversation makes three items and a goal.
    const Id one = store->conversations().create(e.id, first).id;
    Id goalId = 0;
    hold(*store, one, first, [](ConversationSession &s) {
        REQUIRE(s.addActionItem(item(QStringLiteral("Book the course"))));
        REQUIRE(s.addActionItem(item(QStringLiteral("Shadow a senior"))));
        REQUIRE(s.addActionItem(item(QStringLiteral("Write the handbook"))));
        Goal g;
        g.what = QStringLiteral("Learn SQL");
        g.status = GoalStatus::Active;
        g.progress = 10;
        REQUIRE(s.addGoal(g));
    });
    store.reopen();
    CHECK(store->openActionsOf(e.id).size() == 3);
    goalId = store->repository<Goal>().where("employee_id", e.id).front().id;

    // 2. The second conversation is planned, then postponed: nothing is lost.
    Conversation two = store->conversations().create(e.id, QDate(2026, 2, 23));
    two.plannedDate = second;
    store->repository<Conversation>().update(two);
    store.reopen();
    {
        const ConversationRecord r = store->conversations().load(two.id);
        CHECK(texts(r.earlierActions) ==
              QStringList({QStringLiteral("Book the course"), QStringLiteral("Shadow a senior"),
                           QStringLiteral("Write the handbook")}));
        for (const ActionItem &a : r.earlierActions)
            CHECK(a.conversationId == one); // where it came from
        REQUIRE(r.otherConversations.size() == 1);
        CHECK(r.otherConversations.front().heldDate == first);
    }
    // It is held: one item done, one dropped, one not addressed; the goal is reviewed.
    hold(*store, two.id, second, [&](ConversationSession &s) {
        const auto &earlier = s.record().earlierActions;
        REQUIRE(s.setEarlierActionStatus(indexOf(earlier, QStringLiteral("Book the course")),
                                         ActionStatus::Done));
        REQUIRE(s.setEarlierActionStatus(indexOf(earlier, QStringLiteral("Shadow a senior")),
                                         ActionStatus::Dropped));
        REQUIRE(s.reviewGoal(GoalUpdate{0, goalId, 0, GoalStatus::Active, 40, {}}));
        REQUIRE(s.addActionItem(item(QStringLiteral("Present to the team"))));
    });
    store.reopen();
    CHECK(stored(*store, QStringLiteral("Book the course")).status == ActionStatus::Done);
    CHECK(stored(*store, QStringLiteral("Book the course")).closedIn == two.id);
    CHECK(stored(*store, QStringLiteral("Book the course")).doneDate == second);
    CHECK(stored(*store, QStringLiteral("Shadow a senior")).status == ActionStatus::Dropped);
    CHECK(stored(*store, QStringLiteral("Shadow a senior")).closedIn == two.id);
    CHECK(stored(*store, QStringLiteral("Write the handbook")).status == ActionStatus::Open);
    CHECK(stored(*store, QStringLiteral("Write the handbook")).closedIn == 0);
    // The second conversation still shows what it closed, and what it left open.
    CHECK(texts(store->conversations().load(two.id).earlierActions) ==
          QStringList({QStringLiteral("Book the course"), QStringLiteral("Shadow a senior"),
                       QStringLiteral("Write the handbook")}));

    // A conversation planned in between is cancelled; what it closed in preparation is open again.
    const Id cancelled = store->conversations().create(e.id, QDate(2026, 4, 1)).id;
    {
        ConversationSession s(store->conversations().load(cancelled),
                              [] { return QDate(2026, 3, 30); });
        REQUIRE(s.setEarlierActionStatus(
            indexOf(s.record().earlierActions, QStringLiteral("Write the handbook")),
            ActionStatus::Done));
        ConversationRecord r = s.record();
        store->conversations().save(r);
    }
    CHECK(stored(*store, QStringLiteral("Write the handbook")).closedIn == cancelled);
    store->conversations().cancelPlanned(cancelled);
    store.reopen();
    CHECK_FALSE(store->repository<Conversation>().find(cancelled).has_value());
    CHECK(stored(*store, QStringLiteral("Write the handbook")).status == ActionStatus::Open);
    CHECK(stored(*store, QStringLiteral("Write the handbook")).closedIn == 0);

    // A planned conversation with its own action item cannot be cancelled: it would vanish.
    const Id withItem = store->conversations().create(e.id, QDate(2026, 4, 10)).id;
    {
        ConversationRecord r = store->conversations().load(withItem);
        r.actionItems.push_back(item(QStringLiteral("Ask about the budget")));
        store->conversations().save(r);
    }
    CHECK_THROWS_AS(store->conversations().cancelPlanned(withItem), StoreError);
    CHECK(stored(*store, QStringLiteral("Ask about the budget")).conversationId == withItem);
    CHECK_THROWS_AS(store->conversations().cancelPlanned(one), StoreError); // held

    // 3. The third conversation sees only what is still open, from both earlier ones.
    const Id three = store->conversations().create(e.id, third).id;
    {
        const ConversationRecord r = store->conversations().load(three);
        CHECK(texts(r.earlierActions) == QStringList({QStringLiteral("Ask about the budget"),
                                                      QStringLiteral("Present to the team"),
                                                      QStringLiteral("Write the handbook")}));
        const ActionItem handbook = r.earlierActions[std::size_t(
            indexOf(r.earlierActions, QStringLiteral("Write the handbook")))];
        const ItemHistory history = itemHistory(handbook, r.otherConversations);
        CHECK(history.createdIn == first);
        CHECK(history.carriedInto == std::vector<QDate>{second});
        CHECK_FALSE(history.closedIn.isValid());
    }
    hold(*store, three, third, [&](ConversationSession &s) {
        REQUIRE(s.reviewGoal(GoalUpdate{0, goalId, 0, GoalStatus::Active, 70, {}}));
        REQUIRE(s.setEarlierActionStatus(
            indexOf(s.record().earlierActions, QStringLiteral("Write the handbook")),
            ActionStatus::Done));
    });
    store.reopen();
    CHECK(stored(*store, QStringLiteral("Write the handbook")).closedIn == three);
    CHECK(texts(store->openActionsOf(e.id)) ==
          QStringList(
              {QStringLiteral("Ask about the budget"), QStringLiteral("Present to the team")}));

    // Looking back at the first conversation shows nothing from later ones.
    CHECK(store->conversations().load(one).earlierActions.empty());

    // Goal updates per conversation make the progress history.
    const EmployeeTimeline timeline = store->conversations().timeline(e.id);
    REQUIRE(timeline.entries.size() == 4); // three held, one planned with an item
    CHECK(timeline.entries.front().conversation.id == one);
    const ChartData progress = goalProgressChart(timeline);
    CHECK(progress.dates == std::vector<QDate>{first, second, third});
    REQUIRE(progress.series.size() == 1);
    CHECK(progress.series[0].values == std::vector<std::optional<int>>{std::nullopt, 40, 70});
}
