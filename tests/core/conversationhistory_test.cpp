#include "core/conversationhistory.h"
#include "core/conversationsession.h"

#include <catch2/catch.hpp>

using namespace dialoog;

namespace {

Conversation held(Id id, QDate date, int energy, int happiness)
{
    Conversation c;
    c.id = id;
    c.employeeId = 1;
    c.plannedDate = date;
    c.heldDate = date;
    c.phase = Phase::Finished;
    c.energy = energy;
    c.workHappiness = happiness;
    return c;
}

EmployeeTimeline timeline()
{
    EmployeeTimeline t;
    // Out of order on purpose: the chart sorts by date.
    t.entries.push_back({held(2, QDate(2026, 2, 1), 0, 4), {}});
    t.entries.push_back({held(1, QDate(2026, 1, 1), 3, 2), {}});
    Conversation planned;
    planned.id = 3;
    planned.plannedDate = QDate(2026, 3, 1);
    t.entries.push_back({planned, {}});
    t.entries.push_back({held(4, QDate(2026, 2, 20), 5, 5), {}});
    Goal running;
    running.id = 10;
    running.what = QStringLiteral("Learn SQL");
    running.status = GoalStatus::Active;
    Goal old;
    old.id = 11;
    old.what = QStringLiteral("Never reviewed, dropped");
    old.status = GoalStatus::Dropped;
    t.goals = {running, old};
    t.goalUpdates = {GoalUpdate{1, 10, 1, GoalStatus::Active, 20, {}},
                     GoalUpdate{2, 10, 4, GoalStatus::Active, 60, {}}};
    return t;
}

} // namespace

TEST_CASE("the score chart has one point per held conversation, oldest first, with gaps for scores "
          "not asked")
{
    const ChartData chart =
        scoreChart(timeline(), QStringLiteral("Energy"), QStringLiteral("Happiness"));
    REQUIRE(chart.dates ==
            std::vector<QDate>{QDate(2026, 1, 1), QDate(2026, 2, 1), QDate(2026, 2, 20)});
    REQUIRE(chart.series.size() == 2);
    CHECK(chart.series[0].name == QStringLiteral("Energy"));
    CHECK(chart.series[0].values == std::vector<std::optional<int>>{3, std::nullopt, 5});
    CHECK(chart.series[1].values == std::vector<std::optional<int>>{2, 4, 5});
}

TEST_CASE("goal progress is charted per goal from its updates, with gaps where it was not reviewed")
{
    const ChartData chart = goalProgressChart(timeline());
    REQUIRE(chart.dates.size() == 3);
    REQUIRE(chart.series.size() == 1); // the dropped goal without updates is left out
    CHECK(chart.series[0].name == QStringLiteral("Learn SQL"));
    CHECK(chart.series[0].values == std::vector<std::optional<int>>{20, std::nullopt, 60});
}

TEST_CASE("an item's history tells where it was made, which conversations it was carried into, and "
          "where it was closed")
{
    const std::vector<Conversation> conversations = {held(1, QDate(2026, 1, 1), 3, 3),
                                                     held(2, QDate(2026, 2, 1), 3, 3),
                                                     held(3, QDate(2026, 3, 1), 3, 3)};
    ActionItem item;
    item.conversationId = 1;
    ItemHistory open = itemHistory(item, conversations);
    CHECK(open.createdIn == QDate(2026, 1, 1));
    CHECK(open.carriedInto == std::vector<QDate>{QDate(2026, 2, 1), QDate(2026, 3, 1)});
    CHECK_FALSE(open.closedIn.isValid());

    item.status = ActionStatus::Done;
    item.closedIn = 2;
    ItemHistory done = itemHistory(item, conversations);
    CHECK(done.carriedInto.empty());
    CHECK(done.closedIn == QDate(2026, 2, 1));

    item.closedIn = 3;
    CHECK(itemHistory(item, conversations).carriedInto == std::vector<QDate>{QDate(2026, 2, 1)});
}

TEST_CASE("changing a conversation held on an earlier day records the day of the correction")
{
    ConversationRecord r;
    r.conversation = held(5, QDate(2026, 1, 1), 3, 3);
    r.conversation.summary = QStringLiteral("Fine.");
    r.conversation.noFollowUp = true;
    const QDate later(2026, 1, 15);
    ConversationSession s(r, [later] { return later; });
    CHECK(s.isCorrecting());
    CHECK_FALSE(s.record().conversation.correctedOn.isValid()); // looking is not changing
    s.setSummary(QStringLiteral("Fine, with one correction."));
    CHECK(s.record().conversation.correctedOn == later);
}

TEST_CASE("changes on the day a conversation is held are not corrections")
{
    ConversationRecord r;
    r.conversation.id = 5;
    r.conversation.plannedDate = QDate(2026, 1, 1);
    r.conversation.summary = QStringLiteral("Fine.");
    r.conversation.noFollowUp = true;
    const QDate day(2026, 1, 1);
    ConversationSession s(r, [day] { return day; });
    REQUIRE(s.finish());
    s.setSummary(QStringLiteral("Fine, really."));
    CHECK_FALSE(s.isCorrecting());
    CHECK_FALSE(s.record().conversation.correctedOn.isValid());
}
