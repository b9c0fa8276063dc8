#include "rhythm.h"

#include "signoff.h"

#include <algorithm>

namespace dialoog {

QDate Rhythm::dueDate(const QDate &lastHeld, int rhythmWeeks)
{
    return lastHeld.isValid() ? lastHeld.addDays(7 * qint64(std::max(rhythmWeeks, 1))) : QDate();
}

RhythmState Rhythm::stateOf(const EmployeeOverview &row, const QDate &today)
{
    RhythmState state;
    state.dueDate = dueDate(row.lastHeld, row.employee.rhythmWeeks);
    state.plannedDate = row.nextPlanned;
    if (row.employee.archived) {
        state.status = RhythmState::Status::Archived;
        return state;
    }
    if (!state.dueDate.isValid()) {
        state.status = RhythmState::Status::NeverHeld;
        return state;
    }
    const qint64 untilDue = today.daysTo(state.dueDate);
    if (untilDue < 0) {
        state.status = RhythmState::Status::Overdue;
        state.days = int(-untilDue);
    } else if (untilDue <= dueSoonDays) {
        state.status = RhythmState::Status::DueSoon;
        state.days = int(untilDue);
    }
    return state;
}

RhythmGroups Rhythm::group(const std::vector<EmployeeOverview> &rows, const QDate &today)
{
    RhythmGroups groups;
    for (const EmployeeOverview &row : rows) {
        const RhythmState state = stateOf(row, today);
        switch (state.status) {
        case RhythmState::Status::Overdue:
            groups.overdue.push_back(row);
            break;
        case RhythmState::Status::DueSoon:
            groups.dueSoon.push_back(row);
            break;
        case RhythmState::Status::NeverHeld:
            groups.neverHeld.push_back(row);
            break;
        case RhythmState::Status::OnTrack:
        case RhythmState::Status::Archived:
            break;
        }
        if (state.status != RhythmState::Status::Archived && row.nextPlanned.isValid())
            groups.planned.push_back(row);
        if (awaitsAnswer(row, today))
            groups.awaitingAnswer.push_back(row);
    }
    const auto byDue = [](const EmployeeOverview &a, const EmployeeOverview &b) {
        const QDate da = dueDate(a.lastHeld, a.employee.rhythmWeeks),
                    db = dueDate(b.lastHeld, b.employee.rhythmWeeks);
        return da != db ? da < db : a.employee.name.localeAwareCompare(b.employee.name) < 0;
    };
    std::stable_sort(groups.overdue.begin(), groups.overdue.end(), byDue);
    std::stable_sort(groups.dueSoon.begin(), groups.dueSoon.end(), byDue);
    std::stable_sort(groups.neverHeld.begin(), groups.neverHeld.end(),
                     [](const EmployeeOverview &a, const EmployeeOverview &b) {
                         return a.employee.name.localeAwareCompare(b.employee.name) < 0;
                     });
    std::stable_sort(groups.planned.begin(), groups.planned.end(),
                     [](const EmployeeOverview &a, const EmployeeOverview &b) {
                         return a.nextPlanned != b.nextPlanned
                                    ? a.nextPlanned < b.nextPlanned
                                    : a.employee.name.localeAwareCompare(b.employee.name) < 0;
                     });
    std::stable_sort(groups.awaitingAnswer.begin(), groups.awaitingAnswer.end(),
                     [](const EmployeeOverview &a, const EmployeeOverview &b) {
                         return a.reportSentOn < b.reportSentOn;
                     });
    return groups;
}

bool Rhythm::awaitsAnswer(const EmployeeOverview &row, const QDate &today)
{
    // Someone who left is not asked to sign any more.
    return !row.employee.archived && SignOffRules::answerOverdue(row.reportSentOn, today);
}

int Rhythm::overdueCount(const std::vector<EmployeeOverview> &rows, const QDate &today)
{
    return int(std::count_if(rows.begin(), rows.end(), [&today](const EmployeeOverview &row) {
        return stateOf(row, today).status == RhythmState::Status::Overdue;
    }));
}

} // namespace dialoog
