#include "signalstore.h"

#include "statement.h"

#include <string>

namespace dialoog {
namespace {

// Restricts a query to one employee (bound as ?1) when `employeeId` is not 0.
std::string onlyFor(Id employeeId, const char *column)
{
    return employeeId == 0 ? std::string() : std::string(" AND ") + column + " = ?1";
}

void bindFor(Statement &s, Id employeeId)
{
    if (employeeId != 0)
        s.bind(1, employeeId);
}

void readScores(Database &db, Id employeeId, std::map<Id, SignalInput> &inputs)
{
    Statement s(db, "SELECT employee_id, held_date, energy, work_happiness FROM conversation "
                    "WHERE held_date IS NOT NULL" +
                        onlyFor(employeeId, "employee_id"));
    bindFor(s, employeeId);
    while (s.step())
        inputs[s.int64(0)].held.push_back(
            HeldScores{.date = s.date(1), .energy = s.integer(2), .workHappiness = s.integer(3)});
}

// A goal's last review: the latest held conversation with an update of it.
void readGoals(Database &db, Id employeeId, std::map<Id, SignalInput> &inputs)
{
    Statement s(db, "SELECT g.employee_id, g.id, g.what, g.status, g.target_date, "
                    "coalesce(c.held_date, c.planned_date), (SELECT max(r.held_date) FROM "
                    "goal_update u JOIN conversation r ON r.id = u.conversation_id WHERE "
                    "u.goal_id = g.id) FROM goal g LEFT JOIN conversation c ON c.id = g.created_in "
                    "WHERE true" +
                        onlyFor(employeeId, "g.employee_id"));
    bindFor(s, employeeId);
    while (s.step()) {
        const GoalStatus status = fromKey<GoalStatus>(s.text(3)).value_or(GoalStatus::Active);
        inputs[s.int64(0)].goals.push_back(
            GoalTrack{.id = s.int64(1),
                      .what = s.text(2),
                      .running = status == GoalStatus::Proposed || status == GoalStatus::Active,
                      .targetDate = s.date(4),
                      .setOn = s.date(5),
                      .lastUpdate = s.date(6)});
    }
}

void readDismissals(Database &db, Id employeeId, std::map<Id, SignalInput> &inputs)
{
    Statement s(db, "SELECT employee_id, signal, dismissed_at FROM signal_dismissal WHERE true" +
                        onlyFor(employeeId, "employee_id"));
    bindFor(s, employeeId);
    while (s.step())
        inputs[s.int64(0)].dismissals.push_back(
            SignalDismissal{.signal = s.text(1), .dismissedOn = s.date(2)});
}

} // namespace

std::map<Id, SignalInput> SignalStore::read(Id employeeId)
{
    std::map<Id, SignalInput> inputs;
    readScores(m_db, employeeId, inputs);
    readGoals(m_db, employeeId, inputs);
    readDismissals(m_db, employeeId, inputs);
    return inputs;
}

std::map<Id, SignalInput> SignalStore::inputs()
{
    return read(0);
}

SignalInput SignalStore::inputOf(Id employeeId)
{
    std::map<Id, SignalInput> one = read(employeeId);
    return one.empty() ? SignalInput{} : std::move(one.begin()->second);
}

std::optional<QDate> SignalStore::dismissedOn(Id employeeId, const QString &signal)
{
    Statement s(m_db, "SELECT dismissed_at FROM signal_dismissal WHERE employee_id = ?1 AND "
                      "signal = ?2");
    s.bind(1, employeeId).bind(2, signal);
    return s.step() ? std::optional<QDate>(s.date(0)) : std::nullopt;
}

void SignalStore::setDismissed(Id employeeId, const QString &signal, const std::optional<QDate> &on)
{
    if (!on) {
        Statement s(m_db, "DELETE FROM signal_dismissal WHERE employee_id = ?1 AND signal = ?2");
        s.bind(1, employeeId).bind(2, signal).run();
        return;
    }
    Statement s(m_db, "INSERT INTO signal_dismissal (employee_id, signal, dismissed_at) VALUES "
                      "(?1, ?2, ?3) ON CONFLICT (employee_id, signal) DO UPDATE SET "
                      "dismissed_at = excluded.dismissed_at");
    s.bind(1, employeeId).bind(2, signal).bind(3, *on).run();
}

} // namespace dialoog
