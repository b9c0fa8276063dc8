#pragma once

#include "core/employeeoverview.h"
#include "core/teamview.h"

#include <QDate>
#include <vector>

namespace dialoog {

class Store;

// The early signals joined to the list's rows, so the list, the rhythm view and the
// employee page all read them from one place. Only the directory calls these.
namespace signalrows {

// Everyone's signals, read in three queries whatever the number of people.
std::vector<EmployeeOverview> attach(Store &store, std::vector<EmployeeOverview> rows,
                                     const QDate &today);
// One person's, after a save.
EmployeeOverview attach(Store &store, EmployeeOverview row, const QDate &today);
// The team view: everyone's scores of the last year, those with signals first.
std::vector<TeamMember> team(Store &store, const QDate &today, const QString &energyName,
                             const QString &happinessName);

} // namespace signalrows
} // namespace dialoog
