#include "gui/employees/employeedirectory.h"

#include "gui/employees/employeecommands.h"
#include "gui/employees/employeelistmodel.h"

#include "report/handover.h"

#include "store/backups.h"
#include "store/demodata.h"
#include "store/jsonexport.h"
#include "store/jsonimport.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <QFile>
#include <QSaveFile>
#include <QUndoStack>

namespace dialoog {

EmployeeDirectory::EmployeeDirectory(Store &store, QObject *parent)
    : QObject(parent), m_store(store), m_model(new EmployeeListModel(this)), m_undoStack(new QUndoStack(this))
{
}

template <typename Action> bool EmployeeDirectory::attempt(Action &&action)
{
    try {
        action();
        return true;
    } catch (const StoreError &e) {
        emit failed(e.message());
        return false;
    }
}

bool EmployeeDirectory::reload()
{
    return attempt([this] { m_model->setRows(m_store.overview()); });
}

std::optional<Employee> EmployeeDirectory::employee(Id id) const
{
    if (const Employee *e = m_model->employee(id))
        return *e;
    return std::nullopt;
}

EmployeeHistory EmployeeDirectory::history(Id id)
{
    EmployeeHistory history;
    try {
        history.conversations = m_store.conversations().forEmployee(id);
        std::stable_sort(history.conversations.begin(), history.conversations.end(),
                         [](const Conversation &a, const Conversation &b) {
                             const QDate da = a.heldDate.isValid() ? a.heldDate : a.plannedDate;
                             const QDate db = b.heldDate.isValid() ? b.heldDate : b.plannedDate;
                             return da > db;
                         });
        history.goals = m_store.repository<Goal>().where("employee_id", id);
        history.openActions = m_store.openActionsOf(id);
        history.timeline = m_store.conversations().timeline(id);
        history.inboxCount = m_store.openInboxCount(id);
    } catch (const StoreError &e) {
        emit failed(e.message());
    }
    return history;
}

void EmployeeDirectory::refresh(Id id)
{
    attempt([this, id] { m_model->upsert(m_store.overviewOf(id)); });
}

Id EmployeeDirectory::startConversation(Id employeeId)
{
    Id id = 0;
    attempt([&] {
        const EmployeeOverview row = m_store.overviewOf(employeeId);
        id = row.openConversation != 0 ? row.openConversation
                                       : m_store.conversations().create(employeeId, QDate::currentDate()).id;
        m_model->upsert(m_store.overviewOf(employeeId));
    });
    return id;
}

bool EmployeeDirectory::add(Employee employee)
{
    employee.id = 0;
    // Written before the command is pushed, so a refused write leaves no undo step.
    const bool ok = attempt([&] { write(employee); });
    if (ok) {
        m_undoStack->push(new EmployeeCommand(this, std::nullopt, employee, tr("Add %1").arg(employee.name)));
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

bool EmployeeDirectory::setArchived(Id id, bool archived)
{
    std::optional<Employee> after = employee(id);
    if (!after)
        return false;
    after->archived = archived;
    const std::optional<Employee> before = employee(id);
    const bool ok = attempt([&] { write(*after); });
    if (ok) {
        const QString text = archived ? tr("Archive %1").arg(after->name) : tr("Restore %1").arg(after->name);
        m_undoStack->push(new EmployeeCommand(this, before, *after, text));
    }
    return ok;
}

bool EmployeeDirectory::addSampleData()
{
    const bool ok = attempt([this] {
        fillDemoData(m_store, QDate::currentDate());
        m_model->setRows(m_store.overview());
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
        m_model->remove(id);
    });
    if (ok)
        m_undoStack->clear(); // no step may bring the person back
    return ok;
}

bool EmployeeDirectory::exportEmployee(Id id, const QString &path)
{
    return attempt([&] {
        const std::string json = exportJson(m_store, ExportOptions{id, false});
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            throw StoreError(StoreError::Kind::Other, tr("Cannot write %1: %2").arg(path, file.errorString()));
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        file.write(json.data(), qint64(json.size()));
        if (!file.commit())
            throw StoreError(StoreError::Kind::Other, tr("Cannot write %1: %2").arg(path, file.errorString()));
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
        m_undoStack->push(new RowAddedCommand<InboxNote>(this, note, tr("Note for next time for %1").arg(person->name)));
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
        m_undoStack->push(new RowAddedCommand<FeedbackItem>(this, feedback, tr("Feedback about %1").arg(person->name)));
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

bool EmployeeDirectory::handOver(Id id, const QString &path, bool includePrivateNotes, const QString &managerName)
{
    return attempt([&] {
        HandoverOptions options;
        options.employeeId = id;
        options.includePrivateNotes = includePrivateNotes;
        options.managerName = managerName;
        options.locale = QLocale();
        QString error;
        if (!writeHandover(m_store, options, path, &error))
            throw StoreError(StoreError::Kind::Other, error);
    });
}

EmployeeDirectory::TakeOver EmployeeDirectory::takeOver(const QString &path, bool asNewPerson, QString *message)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        emit failed(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return TakeOver::Failed;
    }
    const QByteArray document = file.readAll();
    TakeOver result = TakeOver::Failed;
    attempt([&] {
        try {
            // A backup first, as before any import: the new history comes in as a whole.
            Backups(m_store.path()).write(m_store.database(), QStringLiteral("before-import"));
            const ImportSummary summary = importJson(m_store, std::string_view(document.constData(), std::size_t(document.size())),
                                                     ImportOptions{asNewPerson});
            m_model->setRows(m_store.overview());
            if (message)
                *message = tr("Took over %n conversation(s).", nullptr, summary.conversations);
            result = TakeOver::Done;
        } catch (const ImportConflict &e) {
            if (message)
                *message = e.conflicts().join(QLatin1Char('\n'));
            result = TakeOver::Conflict;
        } catch (const ImportError &e) {
            emit failed(tr("%1 cannot be taken over: %2. Nothing was imported.").arg(path, e.message()));
        }
    });
    return result;
}

bool EmployeeDirectory::restoreBackup(const QString &backupPath, const std::function<bool(int, int)> &progress)
{
    bool restored = false;
    const bool ok = attempt([&] {
        restored = Backups(m_store.path()).restoreInto(m_store.database(), backupPath, progress);
        m_model->setRows(m_store.overview());
    });
    if (ok && restored)
        m_undoStack->clear();
    return ok && restored;
}

void EmployeeDirectory::write(Employee &employee)
{
    m_store.employees().save(employee);
    m_model->upsertEmployee(employee);
}

void EmployeeDirectory::erase(Id id)
{
    // Undoing "add" must never take conversations with it.
    if (!m_store.conversations().forEmployee(id).empty())
        throw StoreError(StoreError::Kind::Constraint,
                         tr("This employee already has conversations, so adding them cannot be undone. "
                            "Archive them instead."));
    m_store.employees().remove(id);
    m_model->remove(id);
}

} // namespace dialoog
