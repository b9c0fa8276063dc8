#include "rhythm.h"

#include "signoff.h"

#include <algorithm>

namespace dialoog {
namespace {

// One rhythm's state from its last date, its length and its window for "due soon".
RhythmState stateFrom(const QDate &last, int weeks, int dueSoonDays, const QDate &planned,
                      bool archived, const QDate &today)
{
    RhythmState state;
    state.dueDate = Rhythm::dueDate(last, weeks);
    state.plannedDate = planned;
    if (archived) {
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

bool byName(const EmployeeOverview &a, const EmployeeOverview &b)
{
    return a.employee.name.localeAwareCompare(b.employee.name) < 0;
}

// Sorts rows by a date (then by name), the date taken from each row by `dateOf`.
template <typename DateOf> void sortByDate(std::vector<EmployeeOverview> &rows, DateOf dateOf)
{
    std::stable_sort(rows.begin(), rows.end(),
                     [&dateOf](const EmployeeOverview &a, const EmployeeOverview &b) {
                         const QDate da = dateOf(a), db = dateOf(b);
                         return da != db ? da < db : byName(a, b);
                     });
}

} // namespace

QDate Rhythm::dueDate(const QDate &lastHeld, int rhythmWeeks)
{
    return lastHeld.isValid() ? lastHeld.addDays(7 * qint64(std::max(rhythmWeeks, 1))) : QDate();
}

RhythmState Rhythm::stateOf(const EmployeeOverview &row, const QDate &today)
{
    return stateFrom(row.lastHeld, row.employee.rhythmWeeks, dueSoonDays, row.nextPlanned,
                     row.employee.archived, today);
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
    const auto due = [](const EmployeeOverview &row) {
        return dueDate(row.lastHeld, row.employee.rhythmWeeks);
    };
    sortByDate(groups.overdue, due);
    sortByDate(groups.dueSoon, due);
    std::stable_sort(groups.neverHeld.begin(), groups.neverHeld.end(), byName);
    sortByDate(groups.planned, [](const EmployeeOverview &row) { return row.nextPlanned; });
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

int CheckInRhythm::weeksFor(const Employee &employee, int defaultWeeks)
{
    return employee.checkInWeeks > 0 ? employee.checkInWeeks : defaultWeeks;
}

QDate CheckInRhythm::lastContact(const EmployeeOverview &row)
{
    // An invalid date compares before every valid one.
    return std::max(row.lastHeld, row.lastCheckIn);
}

RhythmState CheckInRhythm::stateOf(const EmployeeOverview &row, int defaultWeeks,
                                   const QDate &today)
{
    return stateFrom(lastContact(row), weeksFor(row.employee, defaultWeeks), dueSoonDays,
                     row.nextCheckIn, row.employee.archived, today);
}

CheckInGroups CheckInRhythm::group(const std::vector<EmployeeOverview> &rows, int defaultWeeks,
                                   const QDate &today)
{
    CheckInGroups groups;
    for (const EmployeeOverview &row : rows) {
        const RhythmState state = stateOf(row, defaultWeeks, today);
        if (state.status == RhythmState::Status::Overdue)
            groups.overdue.push_back(row);
        else if (state.status == RhythmState::Status::DueSoon)
            groups.dueSoon.push_back(row);
        if (state.status != RhythmState::Status::Archived && row.nextCheckIn.isValid())
            groups.planned.push_back(row);
    }
    const auto due = [defaultWeeks](const EmployeeOverview &row) {
        return Rhythm::dueDate(lastContact(row), weeksFor(row.employee, defaultWeeks));
    };
    sortByDate(groups.overdue, due);
    sortByDate(groups.dueSoon, due);
    sortByDate(groups.planned, [](const EmployeeOverview &row) { return row.nextCheckIn; });
    return groups;
}

int CheckInRhythm::overdueCount(const std::vector<EmployeeOverview> &rows, int defaultWeeks,
                                const QDate &today)
{
    return int(std::count_if(rows.begin(), rows.end(), [&](const EmployeeOverview &row) {
        return stateOf(row, defaultWeeks, today).status == RhythmState::Status::Overdue;
    }));
}

} // namespace dialoog
