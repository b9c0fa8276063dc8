#include "gui/workspace/conversationwindows.h"

#include "gui/employees/employeelistpanel.h"
#include "gui/employees/employeepage.h"
#include "gui/mainwindow/actionids.h"
#include "gui/platform/actionregistry.h"
#include "gui/workspace/workspacewindow.h"
#include "services/employeedirectory.h"

#include <QAction>
#include <QCoreApplication>
#include <QEvent>

namespace dialoog {

ConversationWindows::ConversationWindows(EmployeeDirectory &directory, EmployeeListPanel *list,
                                         EmployeePage *page, std::function<bool()> readOnly,
                                         std::function<WorkspaceWindow *(Id)> create,
                                         QObject *parent)
    : QObject(parent), m_directory(directory), m_list(list), m_page(page),
      m_readOnly(std::move(readOnly)), m_create(std::move(create))
{
}

void ConversationWindows::createActions(ActionRegistry &registry)
{
    m_registry = &registry;
    QAction *fresh =
        registry.create(ActionId::NewConversation, tr("&New Conversation"), {QKeySequence::New});
    fresh->setStatusTip(tr("Prepare the next conversation with the selected employee"));
    connect(fresh, &QAction::triggered, this, &ConversationWindows::startNew);
    // Ctrl+Shift+N is the note for next time; Ctrl+Alt+N is free on every platform's list.
    QAction *checkIn = registry.create(ActionId::NewCheckIn, tr("New Check-&in"),
                                       {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N)});
    checkIn->setStatusTip(tr("A short check-in with the selected employee, on one screen"));
    connect(checkIn, &QAction::triggered, this, &ConversationWindows::startCheckIn);
    QAction *open =
        registry.create(ActionId::OpenConversation, tr("&Open Conversation"), {QKeySequence::Open});
    connect(open, &QAction::triggered, this, [this] {
        if (const Id id = m_page->selectedConversation())
            this->open(id);
    });
}

void ConversationWindows::updateActions(bool employeeSelected)
{
    m_registry->action(ActionId::NewConversation)->setEnabled(employeeSelected && !m_readOnly());
    m_registry->action(ActionId::NewCheckIn)->setEnabled(employeeSelected && !m_readOnly());
    m_registry->action(ActionId::OpenConversation)->setEnabled(m_page->selectedConversation() != 0);
}

WorkspaceWindow *ConversationWindows::open(Id conversationId)
{
    if (QPointer<WorkspaceWindow> open = m_windows.value(conversationId)) {
        open->raise();
        open->activateWindow();
        return open;
    }
    WorkspaceWindow *window = m_create(conversationId);
    if (!window)
        return nullptr;
    m_windows.insert(conversationId, window);
    window->show();
    return window;
}

void ConversationWindows::startNew()
{
    const Id employee = m_list->currentId();
    if (employee == 0 || m_readOnly())
        return;
    if (const Id conversation = m_directory.startConversation(employee))
        open(conversation);
}

void ConversationWindows::startCheckIn()
{
    const Id employee = m_list->currentId();
    if (employee == 0 || m_readOnly())
        return;
    if (const Id conversation = m_directory.startCheckIn(employee))
        open(conversation);
}

void ConversationWindows::openSelectedOrNew()
{
    if (const Id id = m_page->selectedConversation())
        open(id);
    else
        startNew();
}

bool ConversationWindows::close(Id employeeId)
{
    for (const QPointer<WorkspaceWindow> &window : std::as_const(m_windows)) {
        if (window && (employeeId == 0 || window->employeeId() == employeeId) && !window->close())
            return false;
    }
    // Gone for good, so nothing of them is left to save over what comes next.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return true;
}

} // namespace dialoog
