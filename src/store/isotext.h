#pragma once

#include <QDate>
#include <QDateTime>
#include <string>
#include <string_view>

namespace dialoog::isotext {

// Dates as the store and the JSON format write them: YYYY-MM-DD, and local date-times
// as YYYY-MM-DDThh:mm:ss.zzz, the same text as Qt::ISODate and Qt::ISODateWithMs give.
// Written and read digit by digit: QDateTime::toString and fromString cost about 14,000
// instructions each, which a JSON export or import paid 200,000 times over.

// Empty for an invalid date or date-time.
std::string date(const QDate &value);
std::string dateTime(const QDateTime &value);

// Invalid when the text is no such date; other forms that Qt's ISO parser accepts (an
// offset, no seconds) are read by it.
QDate toDate(std::string_view text);
QDateTime toDateTime(std::string_view text);

// The text dateTime(toDateTime(stored)) gives. A stored local time of the form written
// above is that text already and is given as it is: building a local QDateTime looks the
// time zone up (a stat of /etc/localtime each time), which an export paid per note. (A
// time in a daylight-saving gap, which no clock showed and Dialoog never writes, is thus
// kept as stored rather than moved by Qt.)
std::string dateTimeText(std::string_view stored);

} // namespace dialoog::isotext
