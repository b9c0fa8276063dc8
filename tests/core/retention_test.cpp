#include "core/retention.h"

#include <catch2/catch.hpp>

using namespace dialoog;

namespace {

Employee leaver(const QDate &leftOn, bool archived = true)
{
    Employee e;
    e.name = QStringLiteral("Ans");
    e.archived = archived;
    e.leftOn = leftOn;
    return e;
}

} // namespace

TEST_CASE("someone who left exactly two years ago is kept, a day longer ago is due")
{
    const QDate today(2026, 6, 15);
    CHECK_FALSE(retention::leftLongEnoughAgo(leaver(QDate(2024, 6, 15)), 2, today));
    CHECK(retention::leftLongEnoughAgo(leaver(QDate(2024, 6, 14)), 2, today));
    CHECK_FALSE(retention::leftLongEnoughAgo(leaver(QDate(2026, 6, 15)), 2, today));
    CHECK_FALSE(retention::leftLongEnoughAgo(leaver(QDate(2030, 1, 1)), 2, today));
}

TEST_CASE("someone who left on 29 February is kept through 28 February two years on")
{
    const Employee leap = leaver(QDate(2024, 2, 29));
    CHECK(retention::cutoff(2, QDate(2026, 2, 28)) == QDate(2024, 2, 28));
    CHECK_FALSE(retention::leftLongEnoughAgo(leap, 2, QDate(2026, 2, 28)));
    CHECK(retention::leftLongEnoughAgo(leap, 2, QDate(2026, 3, 1)));
    // Four years on there is a 29 February again: that day is exactly four years.
    CHECK_FALSE(retention::leftLongEnoughAgo(leap, 4, QDate(2028, 2, 29)));
    CHECK(retention::leftLongEnoughAgo(leap, 4, QDate(2028, 3, 1)));
    // Leaving on 28 February in a leap year: 29 February two years on does not exist.
    const Employee dayBefore = leaver(QDate(2026, 2, 28));
    CHECK_FALSE(retention::leftLongEnoughAgo(dayBefore, 2, QDate(2028, 2, 29)));
    CHECK(retention::leftLongEnoughAgo(dayBefore, 2, QDate(2028, 3, 1)));
}

TEST_CASE("without a leaving date, not archived, or at zero years nobody is due")
{
    const QDate today(2026, 6, 15);
    CHECK_FALSE(retention::leftLongEnoughAgo(leaver(QDate()), 2, today));
    CHECK_FALSE(retention::leftLongEnoughAgo(leaver(QDate(2010, 1, 1), false), 2, today));
    CHECK_FALSE(retention::leftLongEnoughAgo(leaver(QDate(2010, 1, 1)), 0, today));
    CHECK_FALSE(retention::leftLongEnoughAgo(leaver(QDate(2010, 1, 1)), -1, today));
}

TEST_CASE("a conversation is due by the same count of years")
{
    const QDate today(2026, 6, 15);
    CHECK_FALSE(retention::expired(QDate(2021, 6, 15), 5, today));
    CHECK(retention::expired(QDate(2021, 6, 14), 5, today));
    CHECK_FALSE(retention::expired(QDate(), 5, today));
    CHECK_FALSE(retention::expired(QDate(1990, 1, 1), 0, today));
}
