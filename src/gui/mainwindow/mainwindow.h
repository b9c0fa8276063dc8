#pragma once

#include "core/domainenums.h"
#include "gui/rhythm/overduelink.h"
#include "gui/rhythm/rhythmdock.h"

#include <QMainWindow>
#include <QPointer>
#include <functional>

class QAction;
class QDockWidget;
class QKeySequence;
class QMenu;
class QLabel;
class QSplitter;
class QStackedWidget;

namespace dialoog {

class ActionRegistry;
class ConversationWindows;
class EmployeeActions;
class EmployeePage;
class WorkspaceWindow;
class AppServices;
class EmployeeDirectory;
class EmployeeListModel;
class EmployeeListPanel;
class EmptyState;
class SearchDock;
class SearchPanel;
class Settings;
struct SearchHit;
class SummaryActions;
class CalendarActions;
class MenuIcons;
class RhythmPanel;
class TeamWindow;

// The main window only wires the parts together: the actions (by id, in its
// ActionRegistry) and menus, the employee list, the details pane, the empty state and
// the open conversations. What the actions do lives in EmployeeActions, the dialogs
// and the panels.
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

    // Every action of the window, by id (ActionId): menus, the shortcut overview and tests use it.
    ActionRegistry &actionRegistry() const { return *m_actions; }
    // Adding, editing, archiving, exporting and handing over employees.
    EmployeeActions *employeeActions() const { return m_employees; }
    SearchPanel *searchPanel() const { return m_searchPanel; }
    // Shows the search pane with the box focused.
    void showSearch();
    // Goes to where a search hit belongs: its conversation at its phase, or the employee.
    void openSearchHit(const SearchHit &hit);
    RhythmPanel *rhythmPanel() const { return m_rhythmDock->panel(); }
    QDockWidget *rhythmDock() const { return m_rhythmDock; }
    // "3 conversations are overdue" in the status bar, a link that opens the rhythm view.
    QLabel *overdueLabel() const { return m_overdue; }
    void showRhythm();
    // View → Team: everyone's energy and work happiness, signals first (opened or raised).
    TeamWindow *showTeam();
    // The workspace of a conversation, opened (or raised) in its own window.
    WorkspaceWindow *openConversation(Id conversationId);
    // New Conversation, Open Conversation and their windows.
    ConversationWindows *conversations() const { return m_conversations; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createDocks();
    void connectParts();
    // A registered action that runs `run` when triggered.
    QAction *makeAction(const QString &id, const QString &text, const QList<QKeySequence> &keys,
                        const std::function<void()> &run);
    void createActions();
    void createApplicationActions();
    QMenu *fill(QMenu *menu, const QStringList &ids);
    void createMenus();
    void openPreferences();
    void openTeamDatabase();
    void updateState();
    EmptyState *emptyState();
    void updateOverdue();
    void showFailure(const QString &message);
    WorkspaceWindow *buildWorkspace();
    bool bindWorkspace(WorkspaceWindow *workspace, Id conversationId);
    void conversationSaved(Id employeeId, bool overviewChanged);
    bool readOnly() const;

    AppServices &m_services;
    EmployeeDirectory &m_directory;
    Settings &m_settings;
    EmployeeListModel *m_model;
    QStackedWidget *m_stack;
    EmptyState *m_empty = nullptr;
    QSplitter *m_splitter;
    EmployeeListPanel *m_list;
    EmployeePage *m_page;
    bool m_pageStale = false; // a conversation was saved while another window was in use
    SummaryActions *m_summary = nullptr;
    SearchPanel *m_searchPanel;
    SearchDock *m_searchDock;
    CalendarActions *m_calendar = nullptr;
    RhythmDock *m_rhythmDock = nullptr;
    OverdueLink *m_overdue = nullptr;
    QLabel *m_readOnlyBanner = nullptr;
    QPointer<TeamWindow> m_team;

    ActionRegistry *m_actions;
    MenuIcons *m_menuIcons;
    EmployeeActions *m_employees;
    ConversationWindows *m_conversations;
};

} // namespace dialoog
