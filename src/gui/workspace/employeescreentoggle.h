#pragma once

#include "core/domainenums.h"

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace dialoog {

class ConversationDocument;
class EmployeeScreen;
class EmployeeScreenFeed;

// View → Show to Employee (F5) for one conversation window: opens and closes the
// employee's read-along screen, and keeps it fed while the window lives.
class EmployeeScreenToggle final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmployeeScreenToggle)

public:
    EmployeeScreenToggle(ConversationDocument &document, const QString &language,
                         QWidget *managerWindow);
    ~EmployeeScreenToggle() override;

    QAction *action() const { return m_action; }
    // The open screen, or null.
    EmployeeScreen *screen() const;
    // The manager is answering the question with this id (0: none).
    void setCurrentQuestion(Id questionId);

private:
    void setShown(bool shown);

    QWidget *m_managerWindow;
    EmployeeScreenFeed *m_feed;
    QAction *m_action;
    QPointer<EmployeeScreen> m_screen;
};

} // namespace dialoog
