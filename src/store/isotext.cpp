#include "isotext.h"

namespace dialoog::isotext {

namespace {

void put(std::string &out, int value, int digits)
{
    for (int i = digits - 1; i >= 0; --i) {
        out[out.size() - std::size_t(digits) + std::size_t(i)] = char('0' + value % 10);
        value /= 10;
    }
}

void append(std::string &out, int value, int digits, char after)
{
    out.append(std::size_t(digits), '0');
    put(out, value, digits);
    if (after)
        out.push_back(after);
}

// The number written with `count` digits from `from`, or -1.
int digits(std::string_view text, std::size_t from, std::size_t count)
{
    int value = 0;
    for (std::size_t i = from; i < from + count; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return -1;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

QString qt(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

} // namespace

std::string date(const QDate &value)
{
    std::string out;
    // Years outside 0..9999 are rare enough for Qt's own formatting.
    if (!value.isValid() || value.year() < 0 || value.year() > 9999)
        return value.isValid() ? value.toString(Qt::ISODate).toStdString() : out;
    out.reserve(10);
    append(out, value.year(), 4, '-');
    append(out, value.month(), 2, '-');
    append(out, value.day(), 2, 0);
    return out;
}

std::string dateTime(const QDateTime &value)
{
    if (!value.isValid())
        return {};
    if (value.timeSpec() != Qt::LocalTime)
        return value.toString(Qt::ISODateWithMs).toStdString();
    std::string out = date(value.date());
    const QTime time = value.time();
    out.reserve(out.size() + 13);
    out.push_back('T');
    append(out, time.hour(), 2, ':');
    append(out, time.minute(), 2, ':');
    append(out, time.second(), 2, '.');
    append(out, time.msec(), 3, 0);
    return out;
}

QDate toDate(std::string_view text)
{
    if (text.size() == 10 && text[4] == '-' && text[7] == '-') {
        const int year = digits(text, 0, 4), month = digits(text, 5, 2), day = digits(text, 8, 2);
        if (year >= 0 && month >= 0 && day >= 0)
            return QDate(year, month, day); // invalid when there is no such day, as fromString
    }
    return QDate::fromString(qt(text), Qt::ISODate);
}

QDateTime toDateTime(std::string_view text)
{
    // YYYY-MM-DDThh:mm:ss or with .zzz: local time, as Qt reads a text without an offset.
    const bool seconds = text.size() == 19;
    const bool millis = text.size() == 23 && text[19] == '.';
    if ((seconds || millis) && text[10] == 'T' && text[13] == ':' && text[16] == ':') {
        const QDate day = toDate(text.substr(0, 10));
        const int hour = digits(text, 11, 2), minute = digits(text, 14, 2);
        const int second = digits(text, 17, 2), msec = millis ? digits(text, 20, 3) : 0;
        if (day.isValid() && hour >= 0 && minute >= 0 && second >= 0 && msec >= 0 &&
            QTime::isValid(hour, minute, second, msec))
            return QDateTime(day, QTime(hour, minute, second, msec));
    }
    return QDateTime::fromString(qt(text), Qt::ISODateWithMs);
}

std::string dateTimeText(std::string_view stored)
{
    if (stored.size() == 23 && stored[10] == 'T' && stored[13] == ':' && stored[16] == ':' &&
        stored[19] == '.' && stored[4] == '-' && stored[7] == '-') {
        const int year = digits(stored, 0, 4), month = digits(stored, 5, 2);
        const int day = digits(stored, 8, 2), hour = digits(stored, 11, 2);
        const int minute = digits(stored, 14, 2), second = digits(stored, 17, 2);
        const int msec = digits(stored, 20, 3);
        if (year >= 0 && month >= 0 && day >= 0 && QDate::isValid(year, month, day) && hour >= 0 &&
            minute >= 0 && second >= 0 && msec >= 0 && QTime::isValid(hour, minute, second, msec))
            return std::string(stored);
    }
    return dateTime(toDateTime(stored));
}

} // namespace dialoog::isotext
