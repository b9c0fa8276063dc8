#include "services/signalrows.h"

#include "store/signalstore.h"
#include "store/store.h"

namespace dialoog::signalrows {
namespace {

void attachTo(EmployeeOverview &row, SignalInput input, const QDate &today)
{
    input.startDate = row.employee.startDate;
    input.archived = row.employee.archived;
    row.energySignals = EnergySignals::active(input, today);
}

std::vector<EmployeeOverview> attachAll(std::vector<EmployeeOverview> rows,
                                        std::map<Id, SignalInput> &inputs, const QDate &today)
{
    for (EmployeeOverview &row : rows) {
        const auto input = inputs.find(row.employee.id);
        attachTo(row, input == inputs.end() ? SignalInput{} : input->second, today);
    }
    return rows;
}

} // namespace

std::vector<EmployeeOverview> attach(Store &store, std::vector<EmployeeOverview> rows,
                                     const QDate &today)
{
    std::map<Id, SignalInput> inputs = SignalStore(store.database()).inputs();
    return attachAll(std::move(rows), inputs, today);
}

EmployeeOverview attach(Store &store, EmployeeOverview row, const QDate &today)
{
    attachTo(row, SignalStore(store.database()).inputOf(row.employee.id), today);
    return row;
}

std::vector<TeamMember> team(Store &store, const QDate &today, const QString &energyName,
                             const QString &happinessName)
{
    std::map<Id, SignalInput> inputs = SignalStore(store.database()).inputs();
    const std::vector<EmployeeOverview> rows = attachAll(store.overview(), inputs, today);
    return teamView(rows, inputs, today, energyName, happinessName);
}

} // namespace dialoog::signalrows
