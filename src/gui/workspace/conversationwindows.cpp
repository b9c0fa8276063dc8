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
#include <QTimer>

namespace dialoog {

ConversationWindows::ConversationWindows(EmployeeDirectory &directory, EmployeeListPanel *list,
                                         EmployeePage *page, std::function<bool()> readOnly,
                                         Windows windows, QObject *parent)
    : QObject(parent), m_directory(directory), m_list(list), m_page(page),
      m_readOnly(std::move(readOnly)), m_make(std::move(windows))
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
    WorkspaceWindow *window = takeWindow();
    if (!m_make.bind(window, conversationId)) {
        if (!window->isBound() && !m_spare && m_make.keepSpare())
            m_spare = window; // still without a conversation: ready for the next
        else
            delete window;
        return nullptr;
    }
    m_windows.insert(conversationId, window);
    // The next spare once this window is whole (or gone before that).
    connect(window, &WorkspaceWindow::shownWhole, this, &ConversationWindows::prepareSpareWhenIdle);
    connect(window, &QObject::destroyed, this, &ConversationWindows::prepareSpareWhenIdle);
    window->show();
    return window;
}

// The spare when there is one (and the setting still wants it), else a new window.
WorkspaceWindow *ConversationWindows::takeWindow()
{
    WorkspaceWindow *spare = m_spare;
    m_spare = nullptr;
    if (spare && m_make.keepSpare())
        return spare;
    delete spare;
    return m_make.build();
}

void ConversationWindows::prepareSpareWhenIdle()
{
    if (m_spare || m_spareAsked || !m_make.keepSpare())
        return;
    m_spareAsked = true;
    // Queued: after the events waiting now, such as keys typed, are handled.
    QTimer::singleShot(0, this, &ConversationWindows::prepareSpare);
}

void ConversationWindows::prepareSpare()
{
    m_spareAsked = false;
    if (m_spare || !m_make.keepSpare())
        return;
    m_spare = m_make.build();
    m_spare->prepare();
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
