#include "store/isotext.h"

#include <catch2/catch.hpp>

using namespace dialoog;

namespace {

std::string qtText(const QDateTime &value)
{
    return value.toString(Qt::ISODateWithMs).toStdString();
}

} // namespace

TEST_CASE("dates and local times are written as Qt's ISO format writes them")
{
    for (const QDate &day : {QDate(2026, 11, 26), QDate(1, 1, 1), QDate(9999, 12, 31),
                             QDate(2024, 2, 29), QDate(-44, 3, 15), QDate(12345, 1, 2)})
        CHECK(isotext::date(day) == day.toString(Qt::ISODate).toStdString());
    CHECK(isotext::date(QDate()).empty());
    for (const QTime &time : {QTime(0, 0), QTime(9, 5, 7, 3), QTime(23, 59, 59, 999)}) {
        const QDateTime local(QDate(2026, 3, 29), time);
        CHECK(isotext::dateTime(local) == qtText(local));
        const QDateTime utc(QDate(2026, 3, 29), time, Qt::UTC);
        CHECK(isotext::dateTime(utc) == qtText(utc));
    }
    CHECK(isotext::dateTime(QDateTime()).empty());
}

TEST_CASE("dates and date-times are read as Qt's ISO parser reads them")
{
    for (const char *text : {"2026-11-26", "2024-02-29", "2023-02-29", "2026-13-01", "2026-1-01",
                             "2026/11/26", "abcd-ef-gh", "", "20261126", "0001-01-01"}) {
        INFO(text);
        CHECK(isotext::toDate(text) == QDate::fromString(QString::fromUtf8(text), Qt::ISODate));
    }
    for (const char *text :
         {"2026-11-26T10:00:00.000", "2026-11-26T10:00:00", "2026-11-26T23:59:59.999",
          "2026-11-26T24:00:00", "2026-11-26T10:61:00", "2026-11-26T10:00:00Z",
          "2026-11-26T10:00:00.000+02:00", "2026-11-26T10:00", "2026-11-26 10:00:00",
          "2026-02-30T10:00:00.000", "2026-11-26T1a:00:00.000", ""}) {
        INFO(text);
        const QDateTime expected =
            QDateTime::fromString(QString::fromUtf8(text), Qt::ISODateWithMs);
        const QDateTime read = isotext::toDateTime(text);
        CHECK(read == expected);
        CHECK(read.isValid() == expected.isValid());
        CHECK(read.timeSpec() == expected.timeSpec());
    }
}

TEST_CASE("a stored date-time is given as the text its round trip through QDateTime gives")
{
    for (const char *text :
         {"2026-11-26T10:00:00.000", "2026-11-26T23:59:59.999", "2026-11-26T10:00:00",
          "2026-11-26T24:00:00.000", "2026-11-26T10:61:00.000", "2026-02-30T10:00:00.000",
          "2026-11-26T10:00:00.000+02:00", "2026-11-26T10:00:00Z", "2026-11-26T1a:00:00.000",
          "0000-01-01T10:00:00.000", "not a time"}) {
        INFO(text);
        CHECK(isotext::dateTimeText(text) == isotext::dateTime(isotext::toDateTime(text)));
    }
    CHECK(isotext::dateTimeText("2026-11-26T10:00:00") == "2026-11-26T10:00:00.000");
    CHECK(isotext::dateTimeText("2026-02-30T10:00:00.000").empty());
}
