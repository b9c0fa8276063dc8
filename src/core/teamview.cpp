#include "teamview.h"

#include <QCollator>
#include <algorithm>

namespace dialoog {
namespace {

std::optional<int> score(int value)
{
    return value >= 1 && value <= 5 ? std::optional<int>(value) : std::nullopt; // 0: not asked
}

} // namespace

ChartData scoresSince(const std::vector<HeldScores> &held, const QDate &from, const QDate &today,
                      const QString &energyName, const QString &happinessName)
{
    std::vector<HeldScores> inRange;
    std::copy_if(held.begin(), held.end(), std::back_inserter(inRange), [&](const HeldScores &h) {
        return h.date > from && h.date <= today && (h.energy > 0 || h.workHappiness > 0);
    });
    std::stable_sort(inRange.begin(), inRange.end(),
                     [](const HeldScores &a, const HeldScores &b) { return a.date < b.date; });
    ChartData chart;
    ChartSeries energy{energyName, {}};
    ChartSeries happiness{happinessName, {}};
    for (const HeldScores &h : inRange) {
        chart.dates.push_back(h.date);
        energy.values.push_back(score(h.energy));
        happiness.values.push_back(score(h.workHappiness));
    }
    if (!chart.dates.empty())
        chart.series = {energy, happiness};
    return chart;
}

std::vector<TeamMember> teamView(const std::vector<EmployeeOverview> &rows,
                                 const std::map<Id, SignalInput> &inputs, const QDate &today,
                                 const QString &energyName, const QString &happinessName)
{
    std::vector<TeamMember> team;
    const QDate yearAgo = today.addYears(-1);
    for (const EmployeeOverview &row : rows) {
        if (row.employee.archived)
            continue;
        const auto input = inputs.find(row.employee.id);
        team.push_back(TeamMember{.row = row,
                                  .scores = input == inputs.end()
                                                ? ChartData{}
                                                : scoresSince(input->second.held, yearAgo, today,
                                                              energyName, happinessName)});
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(team.begin(), team.end(), [&](const TeamMember &a, const TeamMember &b) {
        const bool aSignals = !a.row.energySignals.empty();
        const bool bSignals = !b.row.energySignals.empty();
        if (aSignals != bSignals)
            return aSignals;
        return collator.compare(a.row.employee.name, b.row.employee.name) < 0;
    });
    return team;
}

} // namespace dialoog
