#include "core/rhythm.h"

#include <catch2/catch.hpp>

using namespace dialoog;

namespace {

EmployeeOverview person(const QString &name, const QDate &lastHeld, int weeks = 6,
                        const QDate &planned = {})
{
    EmployeeOverview row;
    static Id next = 0;
    row.employee.id = ++next;
    row.employee.name = name;
    row.employee.rhythmWeeks = weeks;
    row.lastHeld = lastHeld;
    row.nextPlanned = planned;
    return row;
}

QStringList names(const std::vector<EmployeeOverview> &rows)
{
    QStringList result;
    for (const EmployeeOverview &r : rows)
        result << r.employee.name;
    return result;
}

} // namespace

TEST_CASE(
    "the due date is whole weeks after the last conversation, across month ends and leap days")
{
    CHECK(Rhythm::dueDate(QDate(2024, 1, 31), 4) == QDate(2024, 2, 28));
    CHECK(Rhythm::dueDate(QDate(2024, 2, 1), 4) == QDate(2024, 2, 29)); // leap year
    CHECK(Rhythm::dueDate(QDate(2023, 2, 1), 4) == QDate(2023, 3, 1));  // no Feb 29
    CHECK(Rhythm::dueDate(QDate(2024, 2, 29), 52) == QDate(2025, 2, 27));
    CHECK(Rhythm::dueDate(QDate(2023, 12, 31), 6) == QDate(2024, 2, 11));
    CHECK_FALSE(Rhythm::dueDate(QDate(), 6).isValid());
}

TEST_CASE("overdue counts the days past due, across February in leap and common years")
{
    // Due on Jan 31; on Mar 1 that is 30 days in 2024 (Feb 29) and 29 in 2023.
    const RhythmState leap =
        Rhythm::stateOf(person(QStringLiteral("A"), QDate(2023, 12, 20), 6), QDate(2024, 3, 1));
    CHECK(leap.status == RhythmState::Status::Overdue);
    CHECK(leap.dueDate == QDate(2024, 1, 31));
    CHECK(leap.days == 30);
    const RhythmState common =
        Rhythm::stateOf(person(QStringLiteral("A"), QDate(2022, 12, 20), 6), QDate(2023, 3, 1));
    CHECK(common.status == RhythmState::Status::Overdue);
    CHECK(common.days == 29);
}

TEST_CASE(
    "due within 14 days includes the 14th day and the due day itself; the day after is overdue")
{
    const EmployeeOverview row =
        person(QStringLiteral("B"), QDate(2024, 1, 18), 6); // due Feb 29, 2024
    REQUIRE(Rhythm::dueDate(row.lastHeld, 6) == QDate(2024, 2, 29));
    CHECK(Rhythm::stateOf(row, QDate(2024, 2, 14)).status == RhythmState::Status::OnTrack);
    const RhythmState fourteen = Rhythm::stateOf(row, QDate(2024, 2, 15));
    CHECK(fourteen.status == RhythmState::Status::DueSoon);
    CHECK(fourteen.days == 14);
    const RhythmState dueDay = Rhythm::stateOf(row, QDate(2024, 2, 29));
    CHECK(dueDay.status == RhythmState::Status::DueSoon);
    CHECK(dueDay.days == 0);
    const RhythmState after = Rhythm::stateOf(row, QDate(2024, 3, 1));
    CHECK(after.status == RhythmState::Status::Overdue);
    CHECK(after.days == 1);
}

TEST_CASE("a changed rhythm moves the due date from the same last conversation")
{
    EmployeeOverview row = person(QStringLiteral("C"), QDate(2024, 1, 31), 6);
    const QDate today(2024, 3, 20);
    CHECK(Rhythm::stateOf(row, today).status == RhythmState::Status::Overdue); // due Mar 13
    row.employee.rhythmWeeks = 8;                                              // due Mar 27
    const RhythmState state = Rhythm::stateOf(row, today);
    CHECK(state.status == RhythmState::Status::DueSoon);
    CHECK(state.dueDate == QDate(2024, 3, 27));
    CHECK(state.days == 7);
    row.employee.rhythmWeeks = 12;
    CHECK(Rhythm::stateOf(row, today).status == RhythmState::Status::OnTrack);
}

TEST_CASE("archived people are never overdue, due or waiting for a first conversation")
{
    EmployeeOverview gone = person(QStringLiteral("D"), QDate(2020, 1, 1), 6, QDate(2024, 3, 2));
    gone.employee.archived = true;
    EmployeeOverview never = person(QStringLiteral("E"), {});
    never.employee.archived = true;
    CHECK(Rhythm::stateOf(gone, QDate(2024, 3, 1)).status == RhythmState::Status::Archived);
    const RhythmGroups groups = Rhythm::group({gone, never}, QDate(2024, 3, 1));
    CHECK(groups.overdue.empty());
    CHECK(groups.neverHeld.empty());
    CHECK(groups.planned.empty());
    CHECK(Rhythm::overdueCount({gone, never}, QDate(2024, 3, 1)) == 0);
}

TEST_CASE("the groups: most overdue first, soonest due first, never held by name, planned by date")
{
    const QDate today(2024, 2, 29);
    const std::vector<EmployeeOverview> rows = {
        person(QStringLiteral("Lisa"), today.addDays(-50), 6), // 8 days overdue
        person(QStringLiteral("Mark"), today.addDays(-80), 6,
               today.addDays(3)),                              // 38 overdue, planned
        person(QStringLiteral("Noor"), today.addDays(-35), 6), // due in 7
        person(QStringLiteral("Piet"), today.addDays(-40), 6,
               today.addDays(1)),                                 // due in 2, planned
        person(QStringLiteral("Zoë"), {}),                        // never
        person(QStringLiteral("Anna"), {}, 6, today.addDays(10)), // never, planned
        person(QStringLiteral("Omar"), today.addDays(-3), 6),     // on track
    };
    const RhythmGroups groups = Rhythm::group(rows, today);
    CHECK(names(groups.overdue) == QStringList{QStringLiteral("Mark"), QStringLiteral("Lisa")});
    CHECK(names(groups.dueSoon) == QStringList{QStringLiteral("Piet"), QStringLiteral("Noor")});
    CHECK(names(groups.neverHeld) == QStringList{QStringLiteral("Anna"), QStringLiteral("Zoë")});
    CHECK(names(groups.planned) ==
          QStringList{QStringLiteral("Piet"), QStringLiteral("Mark"), QStringLiteral("Anna")});
    CHECK(Rhythm::overdueCount(rows, today) == 2);
    CHECK(Rhythm::stateOf(rows[1], today).days == 38);
    CHECK(Rhythm::stateOf(rows[1], today).plannedDate == today.addDays(3));
}

TEST_CASE("the rhythm lists reports sent more than 14 days ago with no answer, oldest first")
{
    const QDate today(2026, 3, 1);
    EmployeeOverview fourteen = person(QStringLiteral("Fourteen days"), QDate(2026, 2, 1));
    fourteen.reportSentOn = QDate(2026, 2, 15); // 14 days: not yet
    EmployeeOverview fifteen = person(QStringLiteral("Fifteen days"), QDate(2026, 2, 1));
    fifteen.reportSentOn = QDate(2026, 2, 14);
    EmployeeOverview older = person(QStringLiteral("Across the year end"), QDate(2025, 12, 1));
    older.reportSentOn = QDate(2025, 12, 31);
    EmployeeOverview none = person(QStringLiteral("Nothing sent"), QDate(2026, 2, 1));
    EmployeeOverview left = person(QStringLiteral("Left"), QDate(2025, 12, 1));
    left.reportSentOn = QDate(2025, 12, 1);
    left.employee.archived = true;
    const RhythmGroups groups = Rhythm::group({fourteen, fifteen, older, none, left}, today);
    CHECK(names(groups.awaitingAnswer) ==
          QStringList{QStringLiteral("Across the year end"), QStringLiteral("Fifteen days")});
    // The leap day: sent on February 29, an answer is overdue from March 15.
    EmployeeOverview leap = person(QStringLiteral("Leap"), QDate(2028, 2, 1));
    leap.reportSentOn = QDate(2028, 2, 29);
    CHECK_FALSE(Rhythm::awaitsAnswer(leap, QDate(2028, 3, 14)));
    CHECK(Rhythm::awaitsAnswer(leap, QDate(2028, 3, 15)));
}
