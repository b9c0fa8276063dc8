#pragma once

#include "core/employeeoverview.h"
#include "services/employeehistory.h"

#include <QWidget>
#include <optional>
#include <vector>

class QLabel;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace dialoog {

class HistoryView;
class SignalPanel;

// The right pane: the selected employee, their running goals, open action items and
// conversations, with the way into a conversation.
class EmployeePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmployeePage)

public:
    explicit EmployeePage(QWidget *parent = nullptr);

    void show(const std::optional<EmployeeOverview> &employee, const EmployeeHistory &history);
    Id selectedConversation() const;
    QTreeWidget *conversationList() const { return m_conversations; }
    QTreeWidget *goalList() const { return m_goals; }
    QTreeWidget *actionList() const { return m_actions; }
    HistoryView *history() const { return m_history; }
    // The early signals about the person, with their Dismiss buttons.
    SignalPanel *signalPanel() const { return m_signals; }
    QTabWidget *tabs() const { return m_tabs; }
    QString headline() const;
    // A read-only database: the buttons that change something stay disabled.
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    QString inboxText() const;

signals:
    void newConversationRequested();
    void openConversationRequested(dialoog::Id conversationId);
    void editRequested();
    void archiveRequested(bool archive);
    void dismissSignalRequested(dialoog::Id employeeId, const QString &signal);

private:
    QWidget *createOverview();
    QString factsOf(const EmployeeOverview &overview) const;
    void showConversations(const std::vector<Conversation> &conversations);
    void showGoals(const std::vector<Goal> &goals);
    void showActions(const std::vector<ActionItem> &actions);
    void showSignals(const EmployeeOverview &overview);

    QLabel *m_name;
    QLabel *m_facts;
    SignalPanel *m_signals;
    // Tables, not rich text: laying out a long list of goals as text took a quarter of the
    // start-up, and crowded out the conversations.
    QTreeWidget *m_goals;
    QLabel *m_noGoals;
    QTreeWidget *m_actions;
    QLabel *m_noActions;
    QLabel *m_inbox;
    QLabel *m_noConversations;
    QTreeWidget *m_conversations;
    QPushButton *m_new;
    QPushButton *m_open;
    QPushButton *m_edit;
    QPushButton *m_archive;
    QTabWidget *m_tabs;
    HistoryView *m_history;
    Id m_employeeId = 0;
    bool m_archived = false;
    bool m_readOnly = false;
};

} // namespace dialoog
