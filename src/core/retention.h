#pragma once

#include "employee.h"

#include <QDate>

namespace dialoog {

// How long personal data is kept (Preferences → Data). Both rules count whole years back
// from `today`: what is dated exactly `years` years ago is kept, a day earlier is due.
// A year back from 29 February is 28 February, so a leap day is kept one day longer.
namespace retention {

// The first day that is still kept.
QDate cutoff(int years, const QDate &today);

// A conversation dated `date` is due for removal (never when `years` is 0 or less).
bool expired(const QDate &date, int years, const QDate &today);

// Someone archived as having left is removed, with everything about them, `years` years
// after their leaving date. Someone archived without one, or not archived, is kept.
bool leftLongEnoughAgo(const Employee &employee, int years, const QDate &today);

} // namespace retention
} // namespace dialoog
