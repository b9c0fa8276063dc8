#pragma once

#include "conversationhistory.h"
#include "employeeoverview.h"
#include "energysignals.h"

#include <map>
#include <vector>

namespace dialoog {

// One person in the team view: their line of the list (with its signals) and their
// energy and work happiness over the last year.
struct TeamMember
{
    EmployeeOverview row;
    ChartData scores;
};

// The team view's content, pure: everyone not archived, those with a signal first,
// then by name; each with the scores of conversations held in the year up to `today`.
// `inputs` are the signal rules' inputs by employee (someone missing has no scores).
// The series' names come from the caller (they are translated).
std::vector<TeamMember> teamView(const std::vector<EmployeeOverview> &rows,
                                 const std::map<Id, SignalInput> &inputs, const QDate &today,
                                 const QString &energyName, const QString &happinessName);

// One person's scores held after `from` up to `today`, oldest first, a gap where a
// score was not asked.
ChartData scoresSince(const std::vector<HeldScores> &held, const QDate &from, const QDate &today,
                      const QString &energyName, const QString &happinessName);

} // namespace dialoog
