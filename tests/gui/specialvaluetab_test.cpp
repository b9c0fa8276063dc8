#include "gui/widgets/specialvaluetab.h"

#include <QDateEdit>
#include <QLineEdit>
#include <QTest>
#include <QVBoxLayout>
#include <catch2/catch.hpp>

using namespace dialoog;

TEST_CASE("Tab and Shift+Tab leave a date field that shows 'not planned', and still step a date")
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *before = new QLineEdit(&window);
    auto *date = new QDateEdit(&window);
    auto *after = new QLineEdit(&window);
    for (QWidget *w : {static_cast<QWidget *>(before), static_cast<QWidget *>(date),
                       static_cast<QWidget *>(after)})
        layout->addWidget(w);
    date->setMinimumDate(QDate(2000, 1, 1));
    date->setSpecialValueText(QStringLiteral("not planned"));
    date->setDate(date->minimumDate());
    letTabLeaveSpecialValue(date);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));

    date->setFocus(Qt::TabFocusReason);
    QTest::keyClick(date, Qt::Key_Tab);
    CHECK(after->hasFocus());
    date->setFocus(Qt::TabFocusReason);
    QTest::keyClick(date, Qt::Key_Backtab, Qt::ShiftModifier);
    CHECK(before->hasFocus());

    // With a date in it, Tab goes through day, month and year first, as Qt does.
    date->setDate(QDate(2027, 1, 12));
    date->setFocus(Qt::TabFocusReason);
    QTest::keyClick(date, Qt::Key_Tab);
    CHECK(date->hasFocus());
}
