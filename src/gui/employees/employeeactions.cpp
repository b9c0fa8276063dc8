#include "gui/employees/employeeactions.h"

#include "core/failure.h"
#include "gui/dialogs/restorebackupdialog.h"
#include "gui/employees/archivedialog.h"
#include "gui/employees/employeedialog.h"
#include "gui/employees/employeelistmodel.h"
#include "gui/employees/employeelistpanel.h"
#include "gui/employees/feedbackdialog.h"
#include "gui/employees/quicknotedialog.h"
#include "gui/mainwindow/actionids.h"
#include "gui/platform/actionregistry.h"
#include "gui/platform/filedialogs.h"
#include "gui/platform/messagebox.h"
#include "services/appservices.h"
#include "services/backuppolicy.h"
#include "services/employeedirectory.h"
#include "services/settings.h"

#include <QAction>
#include <QApplication>
#include <QDate>
#include <QKeySequence>
#include <QLocale>
#include <QProgressDialog>

namespace dialoog {

EmployeeActions::EmployeeActions(AppServices &services, EmployeeListModel *model,
                                 Settings &settings, EmployeeListPanel *list,
                                 std::function<bool()> readOnly,
                                 std::function<bool(Id)> closeWorkspaces, QWidget *parent)
    : QObject(parent), m_services(services), m_directory(services.employees()), m_model(model),
      m_settings(settings), m_list(list), m_readOnly(std::move(readOnly)),
      m_closeWorkspaces(std::move(closeWorkspaces)), m_parent(parent)
{
}

void EmployeeActions::createActions(ActionRegistry &registry)
{
    using namespace ActionId;
    m_registry = &registry;
    const auto make = [this, &registry](const QString &id, const QString &text,
                                        const QKeySequence &keys,
                                        const std::function<void()> &run) {
        QAction *action = registry.create(id, text, {keys});
        connect(action, &QAction::triggered, this, run);
        return action;
    };
    make(NewEmployee, tr("New &Employee…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), [this] {
        add();
    })->setStatusTip(tr("Add someone you hold conversations with"));
    make(EditEmployee, tr("&Edit Employee…"), QKeySequence(Qt::Key_F2), [this] { edit(); });
    make(ArchiveEmployee, tr("&Archive Employee"), QKeySequence(Qt::CTRL | Qt::Key_Delete), [this] {
        toggleArchived();
    })->setStatusTip(tr("Hide someone who left; their history is kept"));
    make(EraseEmployee, tr("Erase Employee &Permanently…"), {}, [this] { erase(); });
    make(ExportEmployee, tr("E&xport Employee Data…"), {}, [this] { exportData(); });
    make(HandOverEmployee, tr("&Hand Over Employee…"), {}, [this] { handOver(); });
    make(TakeOverEmployee, tr("&Take Over Employee…"), {}, [this] { takeOver(); });
    make(NoteForNextTime, tr("Note for Next &Time…"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), [this] { captureNoteForNextTime(); })
        ->setStatusTip(
            tr("Jot down something for the next conversation with the selected employee"));
    make(RestoreBackup, tr("&Restore from Backup…"), {}, [this] { restoreBackup(); });
    make(AddFeedback, tr("Add &Feedback…"), {}, [this] {
        addFeedback();
    })->setStatusTip(tr("Record feedback from a colleague; the next preparation shows it"));
    for (const QString &id : {NewEmployee, EraseEmployee, RestoreBackup})
        registry.action(id)->setEnabled(!m_readOnly());
}

void EmployeeActions::updateActions(const std::optional<Employee> &selected)
{
    using namespace ActionId;
    const bool changeable = selected.has_value() && !m_readOnly();
    for (const QString &id : {EditEmployee, ArchiveEmployee, NoteForNextTime, AddFeedback})
        m_registry->action(id)->setEnabled(changeable);
    m_registry->action(ArchiveEmployee)
        ->setText(selected && selected->archived ? tr("&Restore Employee")
                                                 : tr("&Archive Employee"));
}

void EmployeeActions::add()
{
    if (m_readOnly())
        return;
    Employee fresh;
    fresh.rhythmWeeks = m_settings.defaultRhythmWeeks();
    EmployeeDialog dialog(fresh, m_model->teams(), m_parent);
    if (dialog.exec() == QDialog::Accepted)
        m_directory.add(dialog.employee());
}

void EmployeeActions::edit()
{
    if (m_readOnly())
        return;
    const std::optional<Employee> employee = m_directory.employee(m_list->currentId());
    if (!employee)
        return;
    EmployeeDialog dialog(*employee, m_model->teams(), m_parent);
    if (dialog.exec() == QDialog::Accepted)
        m_directory.edit(dialog.employee());
}

void EmployeeActions::toggleArchived()
{
    if (m_readOnly())
        return;
    const std::optional<Employee> employee = m_directory.employee(m_list->currentId());
    if (!employee)
        return;
    const QString undo = QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText);
    if (employee->archived) {
        if (m_directory.setArchived(employee->id, false))
            emit message(tr("%1 restored.").arg(employee->name));
        return;
    }
    ArchiveDialog dialog(employee->name, QDate::currentDate(), m_settings.leaverRetentionYears(),
                         m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QDate leftOn = dialog.leftOn();
    if (!m_directory.setArchived(employee->id, true, leftOn))
        return;
    emit message(leftOn.isValid() ? tr("%1 archived as having left on %2. Undo with %3.")
                                        .arg(employee->name,
                                             QLocale().toString(leftOn, QLocale::LongFormat), undo)
                                  : tr("%1 archived. Undo with %2.").arg(employee->name, undo));
}

void EmployeeActions::erase()
{
    if (m_readOnly())
        return;
    const std::optional<Employee> employee = m_directory.employee(m_list->currentId());
    if (!employee)
        return;
    if (!MessageBox::question(
            m_parent, tr("Erase Employee"),
            tr("Erase %1 and everything about them: conversations, notes, goals, feedback? "
               "This cannot be undone. (To keep the history, archive instead.)")
                .arg(employee->name)))
        return;
    if (!m_closeWorkspaces(employee->id) || !m_directory.eraseForever(employee->id))
        return;
    const std::size_t count = m_services.backups().list().size();
    if (count > 0 && MessageBox::question(m_parent, tr("Erase Employee"),
                                          tr("%1 is erased. Older backups may still hold data "
                                             "about them. Delete those %2 backups "
                                             "(a fresh one is made now)?")
                                              .arg(employee->name)
                                              .arg(count))) {
        try {
            m_services.backups().replaceAllWithFresh();
        } catch (const Failure &e) {
            emit failed(e.message());
        }
    }
    emit message(tr("%1 is erased.").arg(employee->name));
}

void EmployeeActions::exportData()
{
    const std::optional<Employee> employee = m_directory.employee(m_list->currentId());
    if (!employee)
        return;
    const QString path = FileDialogs::saveFileName(m_parent, tr("Export Employee Data"),
                                                   QStringLiteral("%1.json").arg(employee->name),
                                                   tr("JSON (*.json)"));
    if (!path.isEmpty() && m_directory.exportEmployee(employee->id, path))
        emit message(tr("Everything held about %1 is in %2.").arg(employee->name, path));
}

void EmployeeActions::captureNoteForNextTime(Id employeeId, QWidget *parent)
{
    const std::optional<Employee> employee =
        m_directory.employee(employeeId != 0 ? employeeId : m_list->currentId());
    if (!employee)
        return;
    QuickNoteDialog dialog(employee->name, parent ? parent : m_parent);
    if (dialog.exec() == QDialog::Accepted &&
        m_directory.addNoteForNextTime(employee->id, dialog.text()))
        emit message(tr("Noted for the next conversation with %1.").arg(employee->name));
}

void EmployeeActions::offerNoteIn(QWidget *window, Id employeeId)
{
    const QAction *here = m_registry->action(ActionId::NoteForNextTime);
    auto *note = new QAction(here->text(), window);
    note->setShortcut(here->shortcut());
    window->addAction(note);
    connect(note, &QAction::triggered, this,
            [this, window, employeeId] { captureNoteForNextTime(employeeId, window); });
}

void EmployeeActions::addFeedback()
{
    const std::optional<Employee> employee = m_directory.employee(m_list->currentId());
    if (!employee)
        return;
    FeedbackDialog dialog(employee->name, QDate::currentDate(), m_parent);
    if (dialog.exec() == QDialog::Accepted &&
        m_directory.addFeedback(employee->id, dialog.feedback()))
        emit message(tr("Feedback about %1 added for the next conversation.").arg(employee->name));
}

void EmployeeActions::handOver()
{
    const std::optional<Employee> employee = m_directory.employee(m_list->currentId());
    // Open conversations are saved first, so the file holds every word.
    if (!employee || !m_closeWorkspaces(employee->id))
        return;
    const bool includePrivate = MessageBox::question(
        m_parent, tr("Hand Over Employee"),
        tr("Include your private notes about %1 in the handover file? They are left out "
           "unless you choose Yes.")
            .arg(employee->name));
    const QString path = FileDialogs::saveFileName(m_parent, tr("Hand Over Employee"),
                                                   tr("%1 handover.json").arg(employee->name),
                                                   tr("Dialoog handover (*.json)"));
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool written =
        m_directory.handOver(employee->id, path, includePrivate, m_settings.managerName());
    QApplication::restoreOverrideCursor();
    if (written)
        emit message(tr("The history of %1 is in %2, ready for the next manager.")
                         .arg(employee->name, path));
}

void EmployeeActions::takeOver()
{
    const QString path = FileDialogs::openFileName(m_parent, tr("Take Over Employee"),
                                                   tr("Dialoog handover or export (*.json)"));
    if (path.isEmpty())
        return;
    QString text;
    EmployeeDirectory::TakeOver result = m_directory.takeOver(path, false, &text);
    if (result == EmployeeDirectory::TakeOver::Conflict) {
        // Never merged: the user decides whether this is someone else.
        if (!MessageBox::question(
                m_parent, tr("Take Over Employee"),
                tr("This file holds someone who seems to be here already:\n%1\n\nNothing was "
                   "imported. Import them anyway, as a separate person?")
                    .arg(text)))
            return;
        result = m_directory.takeOver(path, true, &text);
    }
    if (result == EmployeeDirectory::TakeOver::Done)
        emit message(text);
}

void EmployeeActions::restoreBackup()
{
    if (m_readOnly())
        return;
    RestoreBackupDialog dialog(m_services.backups().list(true), m_parent);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenPath().isEmpty())
        return;
    if (!m_closeWorkspaces(0))
        return;
    QProgressDialog progress(tr("Restoring the backup…"), tr("Cancel"), 0, 100, m_parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    const bool restored =
        m_directory.restoreBackup(dialog.chosenPath(), [&progress](int done, int total) {
            progress.setMaximum(total);
            progress.setValue(done);
            return !progress.wasCanceled();
        });
    progress.reset();
    emit message(restored ? tr("Restored. What was there before is kept as a backup.")
                          : tr("Nothing was restored."));
}

} // namespace dialoog
