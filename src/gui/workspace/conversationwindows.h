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
class ConversationWindows final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationWindows)

public:
    // `create` makes the window of a conversation, or null when it cannot be opened.
    ConversationWindows(EmployeeDirectory &directory, EmployeeListPanel *list, EmployeePage *page,
                        std::function<bool()> readOnly, std::function<WorkspaceWindow *(Id)> create,
                        QObject *parent);

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

private:
    EmployeeDirectory &m_directory;
    EmployeeListPanel *m_list;
    EmployeePage *m_page;
    std::function<bool()> m_readOnly;
    std::function<WorkspaceWindow *(Id)> m_create;
    ActionRegistry *m_registry = nullptr;
    QMap<Id, QPointer<WorkspaceWindow>> m_windows;
};

} // namespace dialoog
