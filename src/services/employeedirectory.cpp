#include "services/employeedirectory.h"

#include "services/backuppolicy.h"
#include "services/employeecommands.h"
#include "services/settings.h"
#include "services/signalcommand.h"
#include "services/signalrows.h"
#include "services/transfer.h"
#include "store/demodata.h"
#include "store/signalstore.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <QFile>
#include <QUndoStack>

namespace dialoog {

EmployeeDirectory::EmployeeDirectory(Store &store, Transfer &transfer, BackupPolicy &backups,
                                     QObject *parent)
    : QObject(parent), m_store(store), m_transfer(transfer), m_backups(backups),
      m_undoStack(new QUndoStack(this))
{
}

template <typename Action> bool EmployeeDirectory::attempt(Action &&action)
{
    try {
        action();
        return true;
    } catch (const Failure &e) {
        emit failed(e.message());
        return false;
    }
}

std::vector<EmployeeOverview> EmployeeDirectory::overview()
{
    if (m_wholeListDeferred)
        return m_store.overview();
    return signalrows::attach(m_store, m_store.overview(), QDate::currentDate());
}

EmployeeOverview EmployeeDirectory::overviewOf(Id id)
{
    return signalrows::attach(m_store, m_store.overviewOf(id), QDate::currentDate());
}

bool EmployeeDirectory::reload()
{
    return attempt([this] { emit listReset(overview()); });
}

bool EmployeeDirectory::loadWholeList()
{
    if (!m_wholeListDeferred)
        return true;
    m_wholeListDeferred = false;
    return reload();
}

std::vector<Employee> EmployeeDirectory::people()
{
    std::vector<Employee> everyone;
    attempt([&] { everyone = m_store.employees().all(); });
    return everyone;
}

std::vector<EmployeeOverview> EmployeeDirectory::rowsOf(std::vector<Employee> people)
{
    std::vector<EmployeeOverview> rows;
    attempt([&] {
        rows = m_store.overviewOf(std::move(people));
        if (!m_wholeListDeferred)
            rows = signalrows::attach(m_store, std::move(rows), QDate::currentDate());
    });
    return rows;
}

std::optional<Employee> EmployeeDirectory::employee(Id id)
{
    if (id == 0)
        return std::nullopt;
    try {
        return m_store.employees().find(id);
    } catch (const Failure &e) {
        emit failed(e.message());
        return std::nullopt;
    }
}

EmployeeHistory EmployeeDirectory::history(Id id)
{
    EmployeeHistory history;
    try {
        history.conversations = m_store.conversations().forEmployee(id);
        std::stable_sort(history.conversations.begin(), history.conversations.end(),
                         [](const Conversation &a, const Conversation &b) {
                             const QDate da = a.date();
                             const QDate db = b.date();
                             return da > db;
                         });
        history.goals = m_store.repository<Goal>().where("employee_id", id);
        history.openActions = m_store.openActionsOf(id);
        history.timeline = m_store.conversations().timeline(id);
        history.inboxCount = m_store.openInboxCount(id);
    } catch (const Failure &e) {
        emit failed(e.message());
    }
    return history;
}

void EmployeeDirectory::refresh(Id id)
{
    attempt([this, id] { emit rowChanged(overviewOf(id)); });
}

Id EmployeeDirectory::startConversation(Id employeeId)
{
    Id id = 0;
    attempt([&] {
        const EmployeeOverview row = overviewOf(employeeId);
        id = row.openConversation != 0
                 ? row.openConversation
                 : m_store.conversations().create(employeeId, QDate::currentDate()).id;
        emit rowChanged(overviewOf(employeeId));
    });
    return id;
}

Id EmployeeDirectory::startCheckIn(Id employeeId)
{
    Id id = 0;
    attempt([&] {
        auto conversations = m_store.conversations();
        id = conversations.openCheckIn(employeeId);
        if (id == 0)
            id = conversations.create(employeeId, QDate::currentDate(), ConversationKind::CheckIn)
                     .id;
        emit rowChanged(m_store.overviewOf(employeeId));
    });
    return id;
}

bool EmployeeDirectory::add(Employee employee)
{
    employee.id = 0;
    // Written before the command is pushed, so a refused write leaves no undo step.
    const bool ok = attempt([&] { write(employee); });
    if (ok) {
        m_undoStack->push(
            new EmployeeCommand(this, std::nullopt, employee, tr("Add %1").arg(employee.name)));
        emit employeeAdded(employee.id);
    }
    return ok;
}

bool EmployeeDirectory::edit(const Employee &employee)
{
    const std::optional<Employee> before = this->employee(employee.id);
    if (!before || *before == employee)
        return before.has_value();
    Employee after = employee;
    const bool ok = attempt([&] { write(after); });
    if (ok)
        m_undoStack->push(new EmployeeCommand(this, before, after, tr("Edit %1").arg(after.name)));
    return ok;
}

bool EmployeeDirectory::setArchived(Id id, bool archived, const QDate &leftOn)
{
    const std::optional<Employee> before = employee(id);
    if (!before)
        return false;
    Employee after = *before;
    after.archived = archived;
    after.leftOn = archived ? leftOn : QDate();
    const bool ok = attempt([&] { write(after); });
    if (ok) {
        const QString text =
            archived ? tr("Archive %1").arg(after.name) : tr("Restore %1").arg(after.name);
        m_undoStack->push(new EmployeeCommand(this, before, after, text));
    }
    return ok;
}

bool EmployeeDirectory::addSampleData(const QString &language, SampleDataAdded *added)
{
    const QString chosen = language.isEmpty() ? Settings::interfaceLanguage() : language;
    const bool ok = attempt([this, added, &chosen] {
        const DemoSummary summary = fillDemoData(m_store, QDate::currentDate(), chosen);
        if (added)
            *added = SampleDataAdded{summary.employees, summary.conversations};
        emit listReset(overview());
    });
    // Sample data is many rows in other tables: not something one undo step can take back.
    if (ok)
        m_undoStack->clear();
    return ok;
}

bool EmployeeDirectory::eraseForever(Id id)
{
    const bool ok = attempt([this, id] {
        m_store.eraseEmployee(id);
        emit employeeRemoved(id);
    });
    if (ok)
        m_undoStack->clear(); // no step may bring the person back
    return ok;
}

bool EmployeeDirectory::exportEmployee(Id id, const QString &path)
{
    return attempt([&] {
        QString error;
        if (!Transfer::writePrivateFile(path, m_transfer.exportJson(id, false), &error))
            throw Failure(tr("Cannot write %1: %2").arg(path, error));
    });
}

bool EmployeeDirectory::addNoteForNextTime(Id employeeId, const QString &text)
{
    const std::optional<Employee> person = employee(employeeId);
    if (!person || text.trimmed().isEmpty())
        return false;
    InboxNote note{0, employeeId, QDateTime::currentDateTime(), text.trimmed(), false};
    const bool ok = attempt([&] { m_store.repository<InboxNote>().insert(note); });
    if (ok) {
        m_undoStack->push(new RowAddedCommand<InboxNote>(
            this, note, tr("Note for next time for %1").arg(person->name)));
        emit employeeChanged(employeeId);
    }
    return ok;
}

bool EmployeeDirectory::addFeedback(Id employeeId, FeedbackItem feedback)
{
    const std::optional<Employee> person = employee(employeeId);
    if (!person || feedback.text.trimmed().isEmpty())
        return false;
    feedback.id = 0;
    feedback.employeeId = employeeId;
    feedback.conversationId = 0; // gathered between conversations: the next one picks it up
    const bool ok = attempt([&] { m_store.repository<FeedbackItem>().insert(feedback); });
    if (ok) {
        m_undoStack->push(new RowAddedCommand<FeedbackItem>(
            this, feedback, tr("Feedback about %1").arg(person->name)));
        emit employeeChanged(employeeId);
    }
    return ok;
}

template <typename T> void EmployeeDirectory::removeRow(const T &row)
{
    m_store.repository<T>().remove(row.id);
    emit employeeChanged(row.employeeId);
}

template <typename T> void EmployeeDirectory::restoreRow(T &row)
{
    m_store.repository<T>().insert(row, Repository<T>::WithId::Yes);
    emit employeeChanged(row.employeeId);
}

template void EmployeeDirectory::removeRow(const InboxNote &);
template void EmployeeDirectory::removeRow(const FeedbackItem &);
template void EmployeeDirectory::restoreRow(InboxNote &);
template void EmployeeDirectory::restoreRow(FeedbackItem &);

bool EmployeeDirectory::handOver(Id id, const QString &path, bool includePrivateNotes,
                                 const QString &managerName)
{
    return attempt([&] {
        QString error;
        if (!m_transfer.handOver(id, path, includePrivateNotes, managerName, QLocale(), &error))
            throw Failure(error);
    });
}

EmployeeDirectory::TakeOver EmployeeDirectory::takeOver(const QString &path, bool asNewPerson,
                                                        QString *message)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        emit failed(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return TakeOver::Failed;
    }
    const QByteArray document = file.readAll();
    TakeOver result = TakeOver::Failed;
    attempt([&] {
        // The new history comes in as a whole, after a backup (Transfer::import).
        const ImportOutcome outcome = m_transfer.import(document, asNewPerson);
        switch (outcome.result) {
        case ImportOutcome::Result::Done:
            emit listReset(overview());
            if (message)
                *message = tr("Took over %n conversation(s).", nullptr, outcome.conversations);
            result = TakeOver::Done;
            break;
        case ImportOutcome::Result::Conflict:
            if (message)
                *message = outcome.conflicts.join(QLatin1Char('\n'));
            result = TakeOver::Conflict;
            break;
        case ImportOutcome::Result::Refused:
            emit failed(tr("%1 cannot be taken over: %2. Nothing was imported.")
                            .arg(path, outcome.message));
            break;
        }
    });
    return result;
}

bool EmployeeDirectory::restoreBackup(const QString &backupPath,
                                      const std::function<bool(int, int)> &progress)
{
    bool restored = false;
    const bool ok = attempt([&] {
        restored = m_backups.restore(backupPath, progress);
        emit listReset(overview());
    });
    if (ok && restored)
        m_undoStack->clear();
    return ok && restored;
}

bool EmployeeDirectory::dismissSignal(Id employeeId, const QString &signal)
{
    const std::optional<Employee> person = employee(employeeId);
    if (!person)
        return false;
    std::optional<QDate> before;
    const QDate today = QDate::currentDate();
    const bool ok = attempt([&] {
        before = SignalStore(m_store.database()).dismissedOn(employeeId, signal);
        setSignalDismissed(employeeId, signal, today);
    });
    if (ok)
        m_undoStack->push(
            new SignalDismissCommand(this, employeeId, signal, before, today,
                                     tr("Dismiss signal about %1").arg(person->name)));
    return ok;
}

void EmployeeDirectory::setSignalDismissed(Id employeeId, const QString &signal,
                                           const std::optional<QDate> &on)
{
    SignalStore(m_store.database()).setDismissed(employeeId, signal, on);
    emit rowChanged(overviewOf(employeeId));
    emit employeeChanged(employeeId);
}

std::vector<TeamMember> EmployeeDirectory::team()
{
    std::vector<TeamMember> members;
    attempt([&] {
        members =
            signalrows::team(m_store, QDate::currentDate(), tr("Energy"), tr("Work happiness"));
    });
    return members;
}

void EmployeeDirectory::write(Employee &employee)
{
    m_store.employees().save(employee);
    emit employeeWritten(employee);
}

void EmployeeDirectory::restore(Employee &employee)
{
    m_store.employees().insert(employee, Repository<Employee>::WithId::Yes);
    emit employeeWritten(employee);
}

void EmployeeDirectory::erase(Id id)
{
    // Undoing "add" must never take conversations with it.
    if (!m_store.conversations().forEmployee(id).empty())
        throw StoreError(
            StoreError::Kind::Constraint,
            tr("This employee already has conversations, so adding them cannot be undone. "
               "Archive them instead."));
    m_store.employees().remove(id);
    emit employeeRemoved(id);
}

} // namespace dialoog
