#include "retention.h"

namespace dialoog::retention {

QDate cutoff(int years, const QDate &today)
{
    return today.addYears(-years);
}

bool expired(const QDate &date, int years, const QDate &today)
{
    return years > 0 && date.isValid() && date < cutoff(years, today);
}

bool leftLongEnoughAgo(const Employee &employee, int years, const QDate &today)
{
    return employee.archived && expired(employee.leftOn, years, today);
}

} // namespace dialoog::retention
