#pragma once

#include "actionitem.h"
#include "conversation.h"
#include "goal.h"
#include "goalupdate.h"

#include <QStringList>
#include <optional>
#include <vector>

namespace dialoog {

// One conversation as the employee's history shows it.
struct TimelineEntry
{
    Conversation conversation;
    QStringList agreements; // in the order they were made

    QDate date() const { return conversation.date(); }
    bool operator==(const TimelineEntry &) const = default;
};

// What the store holds about an employee's conversations over time.
struct EmployeeTimeline
{
    std::vector<TimelineEntry> entries; // oldest first
    std::vector<Goal> goals;
    std::vector<GoalUpdate> goalUpdates;
};

// One line of a chart: a value per point on the x axis, a gap where there is none.
struct ChartSeries
{
    QString name;
    std::vector<std::optional<int>> values;

    bool operator==(const ChartSeries &) const = default;
};

// A chart's data: dates along the x axis and the series over them.
struct ChartData
{
    std::vector<QDate> dates;
    std::vector<ChartSeries> series;

    bool empty() const { return dates.empty(); }
};

// Shapes the timeline into chart data. Only held conversations count: a planned one
// has no scores or progress yet. Names come from the caller (they are translated).
ChartData scoreChart(const EmployeeTimeline &timeline, const QString &energyName,
                     const QString &happinessName);
// One series per goal that was running or reviewed: its progress % as recorded in each
// conversation's goal update, a gap where the goal was not reviewed.
ChartData goalProgressChart(const EmployeeTimeline &timeline);

// Where an action item has been: the conversation it was made in, the later held
// conversations it was carried into while open, and the one that closed it.
struct ItemHistory
{
    QDate createdIn;
    std::vector<QDate> carriedInto;
    QDate closedIn;
};
ItemHistory itemHistory(const ActionItem &item, const std::vector<Conversation> &conversations);

} // namespace dialoog
