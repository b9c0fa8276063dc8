#pragma once

#include "core/employee.h"
#include "core/employeeoverview.h"
#include "core/feedbackitem.h"
#include "core/inboxnote.h"
#include "core/teamview.h"
#include "services/employeehistory.h"

#include <QObject>
#include <functional>
#include <optional>
#include <vector>

class QUndoStack;

namespace dialoog {

class BackupPolicy;
class Store;
class Transfer;

// How much sample data was added.
struct SampleDataAdded
{
    int employees = 0;
    int conversations = 0;
};

// The employees as the GUI edits them: every change is written to the store at
// once and is one step on the undo stack. Widgets call this; they never touch the store.
// A list of them (the GUI's model) follows the signals below.
class EmployeeDirectory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmployeeDirectory)

public:
    EmployeeDirectory(Store &store, Transfer &transfer, BackupPolicy &backups,
                      QObject *parent = nullptr);

    QUndoStack *undoStack() const { return m_undoStack; }

    bool reload();
    // At start-up the whole list waits until after the window's first paint: the list's
    // overview reads every conversation, the early signals every score and goal in the
    // file. Until then a list reads everyone (people()) and the rows in view alone
    // (rowsOf()), and reload() gives everyone without signals; loadWholeList() then gives
    // everyone with them (listReset).
    void deferWholeList() { m_wholeListDeferred = true; }
    bool wholeListDeferred() const { return m_wholeListDeferred; }
    bool loadWholeList();
    // Everyone, without what their conversations say (empty and failed() when refused).
    std::vector<Employee> people();
    // The list's rows of these people, in their order, as listReset gives them (without
    // early signals while the whole list is deferred).
    std::vector<EmployeeOverview> rowsOf(std::vector<Employee> people);
    // Nothing for id 0 or someone unknown (or when the store refused: failed()).
    std::optional<Employee> employee(Id id);
    EmployeeHistory history(Id id);
    // Reloads one person's line after their conversations changed.
    void refresh(Id id);
    // The conversation to continue with: the one under way or planned, else a new one
    // planned for today. 0 (and failed()) when the store refused.
    Id startConversation(Id employeeId);
    // The check-in to hold: the one not yet held, else a new one for today. It carries
    // over open action items and notes for next time as a conversation does.
    Id startCheckIn(Id employeeId);

    // User intents; false (and failed()) when the store refused.
    bool add(Employee employee);
    bool edit(const Employee &employee);
    // Archiving may record the day the person left (retention counts from it); restoring
    // clears it. One undo step either way.
    bool setArchived(Id id, bool archived, const QDate &leftOn = {});
    // In `language` ("en" or "nl"; empty: the interface's). `added`, when given, is told
    // how much (`dialoog demo` says so).
    bool addSampleData(const QString &language = {}, SampleDataAdded *added = nullptr);
    // Right to erasure: gone for good, not undoable.
    bool eraseForever(Id id);
    // Right of access: everything held about the person, as a JSON export.
    bool exportEmployee(Id id, const QString &path);
    // Between conversations: a note for next time, and feedback for the next preparation.
    // Each is one undo step.
    bool addNoteForNextTime(Id employeeId, const QString &text);
    bool addFeedback(Id employeeId, FeedbackItem feedback);
    // Handing someone over to another manager: their whole history as one file.
    bool handOver(Id id, const QString &path, bool includePrivateNotes, const QString &managerName);
    enum class TakeOver
    {
        Done,
        Conflict,
        Failed
    };
    // Imports a handover (or export) file, all or nothing. Conflict: someone in it seems
    // to be here already; `message` says who, and nothing was imported.
    TakeOver takeOver(const QString &path, bool asNewPerson, QString *message);
    // Puts an early signal aside until the next score (EnergySignals); one undo step.
    bool dismissSignal(Id employeeId, const QString &signal);
    // View → Team: everyone's energy and work happiness over the last year, signals first.
    std::vector<TeamMember> team();
    // Goes back to a backup's content; every list is reloaded.
    // `progress` as Backups::restoreInto; false when refused or cancelled.
    bool restoreBackup(const QString &backupPath,
                       const std::function<bool(int, int)> &progress = {});

    // For the undo commands: make the store and the model hold `employee`, or
    // remove the one with `id`. They throw Failure.
    void write(Employee &employee);
    void erase(Id id);
    // Puts back the person an undone "add" removed, under the same id, so the steps
    // after it on the stack (edit, archive) still find them.
    void restore(Employee &employee);
    // For the signal command: the dismissal as it should be (none when empty).
    void setSignalDismissed(Id employeeId, const QString &signal, const std::optional<QDate> &on);
    template <typename T> void removeRow(const T &row);
    template <typename T> void restoreRow(T &row);

signals:
    void failed(const QString &message);
    // For the list: everyone anew, one line changed, one person written or gone.
    void listReset(const std::vector<dialoog::EmployeeOverview> &rows);
    void rowChanged(const dialoog::EmployeeOverview &row);
    void employeeWritten(const dialoog::Employee &employee);
    void employeeRemoved(dialoog::Id id);
    void employeeAdded(dialoog::Id id);
    // Something about the employee besides their own fields changed (inbox, feedback).
    void employeeChanged(dialoog::Id id);

private:
    template <typename Action> bool attempt(Action &&action);
    // The list's rows with their signals (signalrows).
    std::vector<EmployeeOverview> overview();
    EmployeeOverview overviewOf(Id id);

    Store &m_store;
    Transfer &m_transfer;
    BackupPolicy &m_backups;
    QUndoStack *m_undoStack;
    bool m_wholeListDeferred = false;
};

} // namespace dialoog
