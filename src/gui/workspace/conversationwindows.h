#pragma once

#include "core/domainenums.h"

#include <QMap>
#include <QObject>
#include <QPointer>
#include <functional>

namespace dialoog {

class ActionRegistry;
class EmployeeDirectory;
class EmployeeListPanel;
class EmployeePage;
class WorkspaceWindow;

// The conversations of the main window, each open in a window of its own: New
// Conversation and New Check-in (with the selected employee) and Open Conversation (the one
// selected on their page). One window per conversation, raised when it is open already, and closed
// (so saved) before whatever needs them closed.
//
// Where a window comes from is decided here: one window without a conversation is kept
// ready (a spare, hidden), built in idle time, once the whole employee list is shown and
// again after each opening that used it; an opening binds its conversation to the spare,
// or builds a window when there is none. A spare is bound once and never reused.
class ConversationWindows final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationWindows)

public:
    struct Windows
    {
        // A window without a conversation yet.
        std::function<WorkspaceWindow *()> build;
        // Gives `window` the conversation; false (and said to the user) when it cannot
        // be read, the window then still without one.
        std::function<bool(WorkspaceWindow *window, Id conversationId)> bind;
        // Whether a spare is kept (Settings::spareWorkspace).
        std::function<bool()> keepSpare;
    };
    ConversationWindows(EmployeeDirectory &directory, EmployeeListPanel *list, EmployeePage *page,
                        std::function<bool()> readOnly, Windows windows, QObject *parent);

    // Makes ActionId::NewConversation, NewCheckIn and OpenConversation and registers them.
    void createActions(ActionRegistry &registry);
    void updateActions(bool employeeSelected);

    // The conversation's window, raised when open, else made and shown; null on failure.
    WorkspaceWindow *open(Id conversationId);
    // A new conversation with the selected employee, opened.
    void startNew();
    // The selected employee's check-in not yet held, or a new one, opened.
    void startCheckIn();
    // The conversation selected on the employee's page, or else a new one.
    void openSelectedOrNew();
    // Closes (and so saves) the open conversations of one employee, or all when 0;
    // false when one of them stays open.
    bool close(Id employeeId = 0);
    // Builds the spare once the events waiting now are handled (none when kept already).
    void prepareSpareWhenIdle();
    // The window kept ready, hidden and without a conversation; null when there is none.
    WorkspaceWindow *spare() const { return m_spare; }

private:
    void prepareSpare();
    WorkspaceWindow *takeWindow();

    EmployeeDirectory &m_directory;
    EmployeeListPanel *m_list;
    EmployeePage *m_page;
    std::function<bool()> m_readOnly;
    Windows m_make;
    ActionRegistry *m_registry = nullptr;
    QMap<Id, QPointer<WorkspaceWindow>> m_windows;
    QPointer<WorkspaceWindow> m_spare;
    bool m_spareAsked = false;
};

} // namespace dialoog
