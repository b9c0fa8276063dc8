#include "conversationhistory.h"

#include <algorithm>

namespace dialoog {
namespace {

bool isHeld(const Conversation &c)
{
    return c.heldDate.isValid();
}

std::vector<const TimelineEntry *> heldEntries(const EmployeeTimeline &timeline)
{
    std::vector<const TimelineEntry *> held;
    for (const TimelineEntry &e : timeline.entries) {
        if (isHeld(e.conversation))
            held.push_back(&e);
    }
    std::stable_sort(held.begin(), held.end(), [](const TimelineEntry *a, const TimelineEntry *b) {
        return a->date() < b->date();
    });
    return held;
}

std::optional<int> score(int value)
{
    return value >= 1 && value <= 5 ? std::optional<int>(value) : std::nullopt; // 0: not asked
}

} // namespace

ChartData scoreChart(const EmployeeTimeline &timeline, const QString &energyName,
                     const QString &happinessName)
{
    ChartData chart;
    ChartSeries energy{energyName, {}};
    ChartSeries happiness{happinessName, {}};
    for (const TimelineEntry *e : heldEntries(timeline)) {
        chart.dates.push_back(e->date());
        energy.values.push_back(score(e->conversation.energy));
        happiness.values.push_back(score(e->conversation.workHappiness));
    }
    chart.series = {energy, happiness};
    return chart;
}

ChartData goalProgressChart(const EmployeeTimeline &timeline)
{
    ChartData chart;
    const std::vector<const TimelineEntry *> held = heldEntries(timeline);
    for (const TimelineEntry *e : held)
        chart.dates.push_back(e->date());
    for (const Goal &goal : timeline.goals) {
        ChartSeries series{goal.what, {}};
        bool any = false;
        for (const TimelineEntry *e : held) {
            const auto update = std::find_if(
                timeline.goalUpdates.begin(), timeline.goalUpdates.end(), [&](const GoalUpdate &u) {
                    return u.goalId == goal.id && u.conversationId == e->conversation.id;
                });
            if (update != timeline.goalUpdates.end()) {
                series.values.push_back(update->progress);
                any = true;
            } else {
                series.values.push_back(std::nullopt);
            }
        }
        if (any || goal.isRunning())
            chart.series.push_back(std::move(series));
    }
    return chart;
}

ItemHistory itemHistory(const ActionItem &item, const std::vector<Conversation> &conversations)
{
    ItemHistory history;
    const auto dateOf = [&conversations](Id id) -> QDate {
        const auto c = std::find_if(conversations.begin(), conversations.end(),
                                    [id](const Conversation &x) { return x.id == id; });
        if (c == conversations.end())
            return {};
        return c->date();
    };
    history.createdIn = dateOf(item.conversationId);
    history.closedIn = item.closedIn != 0 ? dateOf(item.closedIn) : QDate();
    for (const Conversation &c : conversations) {
        if (c.id == item.conversationId || c.id == item.closedIn || !isHeld(c))
            continue;
        const bool after = !history.createdIn.isValid() || c.heldDate >= history.createdIn;
        const bool before = !history.closedIn.isValid() || c.heldDate <= history.closedIn;
        // An item closed without a later conversation (done at wrap-up) went nowhere.
        const bool stillOpenThen = item.status == ActionStatus::Open || item.closedIn != 0;
        if (after && before && stillOpenThen)
            history.carriedInto.push_back(c.heldDate);
    }
    std::sort(history.carriedInto.begin(), history.carriedInto.end());
    return history;
}

} // namespace dialoog
