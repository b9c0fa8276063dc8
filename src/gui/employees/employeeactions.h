#pragma once

#include "core/domainenums.h"
#include "core/employee.h"

#include <QObject>
#include <functional>
#include <optional>

class QWidget;

namespace dialoog {

class ActionRegistry;
class AppServices;
class EmployeeDirectory;
class EmployeeListModel;
class EmployeeListPanel;
class Settings;

// What the menus do with the selected employee: add, edit, archive, erase, export,
// hand over and take over, a note or feedback for next time; and restoring a backup. It makes these
// actions (ActionId) itself; each asks what it needs and reports what was done through message().
class EmployeeActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmployeeActions)

public:
    // `readOnly` tells whether the database can change; `closeWorkspaces` saves and
    // closes the open conversations of an employee (false: one of them stayed open).
    EmployeeActions(AppServices &services, EmployeeListModel *model, Settings &settings,
                    EmployeeListPanel *list, std::function<bool()> readOnly,
                    std::function<bool(Id)> closeWorkspaces, QWidget *parent);

    // Makes the actions and registers them under their ids.
    void createActions(ActionRegistry &registry);
    // Enables (and names) the actions for the selected employee, or none.
    void updateActions(const std::optional<Employee> &selected);

    // Each entry point that changes data checks read-only too: double-clicks and
    // buttons reach these without an action.
    void add();
    void edit();
    void toggleArchived();
    // For good, after asking; the backups that may still hold them too, on request.
    void erase();
    void exportData();
    // Between conversations, for the selected employee (or the given one).
    void captureNoteForNextTime(Id employeeId = 0, QWidget *parent = nullptr);
    // Note for Next Time in a conversation's window too, for its employee.
    void offerNoteIn(QWidget *window, Id employeeId);
    void addFeedback();
    // Handover to another manager, and taking over from one.
    void handOver();
    void takeOver();
    // Help → Restore from Backup: the whole database, after the open conversations are saved.
    void restoreBackup();

signals:
    // What was done, for the status bar.
    void message(const QString &text);
    void failed(const QString &text);

private:
    AppServices &m_services;
    EmployeeDirectory &m_directory;
    EmployeeListModel *m_model;
    Settings &m_settings;
    EmployeeListPanel *m_list;
    std::function<bool()> m_readOnly;
    std::function<bool(Id)> m_closeWorkspaces;
    QWidget *m_parent;
    ActionRegistry *m_registry = nullptr;
};

} // namespace dialoog
