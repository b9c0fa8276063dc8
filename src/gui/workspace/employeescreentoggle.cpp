#include "gui/workspace/employeescreentoggle.h"

#include "gui/workspace/employeescreen.h"
#include "services/employeescreenfeed.h"

#include <QAction>
#include <QWidget>

namespace dialoog {

EmployeeScreenToggle::EmployeeScreenToggle(ConversationDocument &document, const QString &language,
                                           QWidget *managerWindow)
    : QObject(managerWindow), m_managerWindow(managerWindow),
      m_feed(new EmployeeScreenFeed(document, language, this)),
      m_action(new QAction(tr("Show to &Employee"), managerWindow))
{
    m_action->setCheckable(true);
    m_action->setShortcut(QKeySequence(Qt::Key_F5));
    m_action->setStatusTip(
        tr("A second window the employee reads along in: goals and agreements, no private notes"));
    connect(m_action, &QAction::toggled, this, &EmployeeScreenToggle::setShown);
}

// The screen is a window of its own, so it goes with the conversation's window here.
EmployeeScreenToggle::~EmployeeScreenToggle()
{
    delete m_screen;
}

EmployeeScreen *EmployeeScreenToggle::screen() const
{
    return m_screen;
}

void EmployeeScreenToggle::setCurrentQuestion(Id questionId)
{
    m_feed->setCurrentQuestion(questionId);
}

void EmployeeScreenToggle::setShown(bool shown)
{
    if (!shown) {
        if (m_screen)
            m_screen->close();
        return;
    }
    if (!m_screen) {
        m_screen = new EmployeeScreen(*m_feed);
        m_screen->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_screen, &EmployeeScreen::closed, m_action,
                [this] { m_action->setChecked(false); });
    }
    m_screen->showBeside(m_managerWindow->screen());
    // The manager types on where they were.
    m_managerWindow->activateWindow();
}

} // namespace dialoog
