#pragma once

#include "core/domainenums.h"

#include <QMainWindow>
#include <QMap>
#include <QPointer>

class QAction;
class QDockWidget;
class QLabel;
class QSplitter;
class QStackedWidget;

namespace dialoog {

class EmployeePage;
class WorkspaceWindow;
class AppServices;
class EmployeeDirectory;
class EmployeeListModel;
class EmployeeListPanel;
class EmptyState;
class SearchPanel;
class Settings;
struct SearchHit;
class SummaryActions;
class CalendarActions;
class MenuIcons;
class RhythmPanel;

// The main window only wires the parts together: menus and actions, the
// employee list, the details pane and the empty state.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(AppServices &services, Settings &settings, QWidget *parent = nullptr);

    // The employees as the list and the rhythm view show them.
    EmployeeListModel *employeeModel() const { return m_model; }
    EmployeeListPanel *listPanel() const { return m_list; }
    EmployeePage *employeePage() const { return m_page; }
    bool isShowingEmptyState() const;
    // The banner shown while the database is read-only (null when it is not).
    QLabel *readOnlyBanner() const { return m_readOnlyBanner; }

    // Actions, named for tests and for the shortcut overview.
    QAction *newEmployeeAction() const { return m_newEmployee; }
    QAction *editEmployeeAction() const { return m_editEmployee; }
    QAction *archiveEmployeeAction() const { return m_archiveEmployee; }
    QAction *showArchivedAction() const { return m_showArchived; }
    QAction *newConversationAction() const { return m_newConversation; }
    QAction *openConversationAction() const { return m_openConversation; }
    QAction *searchAction() const { return m_search; }
    QAction *noteForNextTimeAction() const { return m_noteForNextTime; }
    QAction *addFeedbackAction() const { return m_addFeedback; }
    SearchPanel *searchPanel() const { return m_searchPanel; }
    // Shows the search pane with the box focused.
    void showSearch();
    // Goes to where a search hit belongs: its conversation at its phase, or the employee.
    void openSearchHit(const SearchHit &hit);
    QAction *rhythmAction() const { return m_rhythmAction; }
    RhythmPanel *rhythmPanel() const { return m_rhythm; }
    QDockWidget *rhythmDock() const { return m_rhythmDock; }
    CalendarActions *calendarActions() const { return m_calendar; }
    // "3 conversations are overdue" in the status bar, a link that opens the rhythm view.
    QLabel *overdueLabel() const { return m_overdue; }
    void showRhythm();
    // The workspace of a conversation, opened (or raised) in its own window.
    WorkspaceWindow *openConversation(Id conversationId);
    void newConversation();

    void addEmployee();
    void editEmployee();
    void toggleArchived();
    void eraseEmployee();
    void exportEmployeeData();
    // Between conversations, for the selected employee (or the given one).
    void captureNoteForNextTime(Id employeeId = 0, QWidget *parent = nullptr);
    void addFeedback();
    // Handover to another manager, and taking over from one.
    void handOverEmployee();
    void takeOverEmployee();
    void restoreFromBackup();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void updateState();
    void showFailure(const QString &message);
    // Closes (and so saves) the open conversations; of one employee, or all when 0.
    bool closeWorkspaces(Id employeeId = 0);
    bool readOnly() const;

    AppServices &m_services;
    EmployeeDirectory &m_directory;
    Settings &m_settings;
    EmployeeListModel *m_model;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QSplitter *m_splitter;
    EmployeeListPanel *m_list;
    EmployeePage *m_page;
    QMap<Id, QPointer<WorkspaceWindow>> m_workspaces;
    bool m_pageStale = false; // a conversation was saved while another window was in use
    SummaryActions *m_summary = nullptr;
    SearchPanel *m_searchPanel;
    QDockWidget *m_searchDock;
    CalendarActions *m_calendar = nullptr;
    RhythmPanel *m_rhythm = nullptr;
    QDockWidget *m_rhythmDock = nullptr;
    QLabel *m_overdue = nullptr;
    QAction *m_rhythmAction = nullptr;
    QLabel *m_readOnlyBanner = nullptr;
    // Actions that change the database, all disabled while it is read-only.
    QList<QAction *> m_changing;

    QAction *m_newEmployee = nullptr;
    QAction *m_editEmployee = nullptr;
    QAction *m_archiveEmployee = nullptr;
    QAction *m_showArchived = nullptr;
    QAction *m_findEmployee = nullptr;
    QAction *m_search = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_quit = nullptr;
    MenuIcons *m_menuIcons = nullptr;
    QAction *m_newConversation = nullptr;
    QAction *m_openConversation = nullptr;
    QAction *m_noteForNextTime = nullptr;
    QAction *m_addFeedback = nullptr;
};

} // namespace dialoog
