// The date fields that may stay empty, and the next check-in's row shared by the
// check-in's page and the wrap-up.
#include "gui/widgets/optionaldateedit.h"
#include "gui/workspace/nextcheckinrow.h"
#include "guitestsupport.h"

#include <QPushButton>
#include <QSignalSpy>

using namespace dialoog;
using namespace dialoog::test;

TEST_CASE("an optional date field shows 'none' for an invalid date and gives one back")
{
    OptionalDateEdit edit(QStringLiteral("not planned"));
    edit.showDate(QDate(2026, 12, 24));
    CHECK(edit.optionalDate() == QDate(2026, 12, 24));
    QSignalSpy changed(&edit, &OptionalDateEdit::optionalDateChanged);
    edit.showDate(QDate());
    CHECK(changed.isEmpty()); // showing is not the user's choice
    CHECK(edit.text() == QStringLiteral("not planned"));
    CHECK_FALSE(edit.optionalDate().isValid());

    edit.setDate(QDate(2027, 1, 5)); // as the user picks one
    REQUIRE(changed.size() == 1);
    CHECK(changed.front().front().toDate() == QDate(2027, 1, 5));
    edit.setDate(edit.minimumDate()); // and back to none
    REQUIRE(changed.size() == 2);
    CHECK_FALSE(changed.back().front().toDate().isValid());
}

TEST_CASE("the next check-in's quick dates count from the conversation's day")
{
    QDate day(2026, 11, 2);
    NextCheckInRow row(QStringLiteral("&Next:"),
                       {{QStringLiteral("+&1 week"), 7}, {QStringLiteral("+&4 weeks"), 28}},
                       [&day] { return day; });
    QSignalSpy chosen(&row, &NextCheckInRow::chosen);
    QTest::mouseClick(child<QPushButton>(&row, "checkIn28"), Qt::LeftButton);
    REQUIRE(chosen.size() == 1);
    CHECK(chosen.front().front().toDate() == QDate(2026, 11, 30));

    day = QDate(2026, 12, 1); // the conversation's date changed meanwhile
    QTest::mouseClick(child<QPushButton>(&row, "checkIn7"), Qt::LeftButton);
    REQUIRE(chosen.size() == 2);
    CHECK(chosen.back().front().toDate() == QDate(2026, 12, 8));
    CHECK_FALSE(row.edit()->optionalDate().isValid()); // the page shows what the document took

    row.showDate(QDate(2026, 12, 8));
    CHECK(row.edit()->optionalDate() == QDate(2026, 12, 8));
    CHECK(chosen.size() == 2);
}
