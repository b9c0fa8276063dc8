#pragma once

#include "employeeoverview.h"

#include <QDate>
#include <vector>

namespace dialoog {

// Where one person stands against their conversation rhythm on a given day.
struct RhythmState
{
    enum class Status
    {
        Overdue,   // the rhythm's due date has passed
        DueSoon,   // due within Rhythm::dueSoonDays
        NeverHeld, // no conversation finished yet
        OnTrack,   // none of the above
        Archived,  // left; no rhythm applies
    };
    Status status = Status::OnTrack;
    QDate dueDate;     // invalid when never held
    int days = 0;      // overdue: days past due; due soon: days until due
    QDate plannedDate; // the next conversation, when one is planned

    bool operator==(const RhythmState &) const = default;
};

// The rhythm view's content: who is overdue (most overdue first), who is due soon
// (soonest first), who never had a conversation (by name), and the planned
// conversations by date. Someone overdue with a planned conversation is in both.
struct RhythmGroups
{
    std::vector<EmployeeOverview> overdue;
    std::vector<EmployeeOverview> dueSoon;
    std::vector<EmployeeOverview> neverHeld;
    std::vector<EmployeeOverview> planned;
    // Reports sent more than SignOffRules::answerExpectedDays ago with no answer, oldest first.
    std::vector<EmployeeOverview> awaitingAnswer;

    bool operator==(const RhythmGroups &) const = default;
};

// The rhythm rules, pure: `today` is always a parameter (the injected clock), and
// dates move by whole days, so month ends and leap days need no special case.
class Rhythm final
{
public:
    static constexpr int dueSoonDays = 14;

    static QDate dueDate(const QDate &lastHeld, int rhythmWeeks);
    static RhythmState stateOf(const EmployeeOverview &row, const QDate &today);
    static RhythmGroups group(const std::vector<EmployeeOverview> &rows, const QDate &today);
    // Whether the person's oldest unanswered report was sent more than
    // SignOffRules::answerExpectedDays before `today`.
    static bool awaitsAnswer(const EmployeeOverview &row, const QDate &today);
    static int overdueCount(const std::vector<EmployeeOverview> &rows, const QDate &today);
};

// The check-in part of the rhythm view: whose check-in is overdue (most overdue first),
// due soon (soonest first), and the planned check-ins by date. People who never had any
// conversation are not here: the development rhythm's "never held" group has them.
struct CheckInGroups
{
    std::vector<EmployeeOverview> overdue;
    std::vector<EmployeeOverview> dueSoon;
    std::vector<EmployeeOverview> planned;

    bool operator==(const CheckInGroups &) const = default;
};

// The check-in rhythm, separate from the development rhythm and as pure: `today` and the
// default from Preferences are parameters. The clock runs from the last contact, the
// last held check-in or development conversation, whichever is later: a development
// conversation is a moment of contact too, so it resets the check-in clock rather than
// being followed by a check-in a few days later.
class CheckInRhythm final
{
public:
    // Short enough to mean something with a rhythm of one or two weeks (a 14-day window
    // would hold everyone), long enough to plan a quarter of an hour in.
    static constexpr int dueSoonDays = 3;

    // The employee's own rhythm, or the default when theirs is 0.
    static int weeksFor(const Employee &employee, int defaultWeeks);
    static QDate lastContact(const EmployeeOverview &row);
    // plannedDate is the next check-in; NeverHeld means no contact of either kind yet.
    static RhythmState stateOf(const EmployeeOverview &row, int defaultWeeks, const QDate &today);
    static CheckInGroups group(const std::vector<EmployeeOverview> &rows, int defaultWeeks,
                               const QDate &today);
    static int overdueCount(const std::vector<EmployeeOverview> &rows, int defaultWeeks,
                            const QDate &today);
};

} // namespace dialoog
