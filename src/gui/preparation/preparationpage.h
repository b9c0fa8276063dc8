#pragma once

#include "core/conversationhistory.h"
#include "core/conversationrecord.h"
#include "gui/workspace/phasepage.h"
#include "gui/workspace/shown.h"

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace dialoog {

class TextListEditor;

// Phase 1: energy and work happiness, achievements, the employee's reflection,
// feedback from colleagues, running goals with a progress update each, points of
// attention, and the open items from earlier conversations.
class PreparationPage final : public PhasePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreparationPage)

public:
    explicit PreparationPage(ConversationDocument &document, QWidget *parent = nullptr);

    // Employees and colleagues have no account: their preparation comes by mail or on paper.
    void askForReflection();
    void askForFeedback();
    void pasteAnswers(bool feedback);

protected:
    void refreshContent() override;

private:
    QWidget *createScores();
    QWidget *createReflection();
    QWidget *createFeedback();
    QWidget *createGoalReview();
    QWidget *createEarlierActions();
    QWidget *requestButtons(bool feedback, QWidget *parent);
    QWidget *createInbox();
    void settleInboxNote(bool keep);
    void reviewSelectedGoal();
    void setEarlierStatus(int status);
    static QString historyText(const ItemHistory &history);
    void showFeedback(const std::vector<FeedbackItem> &feedback);
    void showGoals(const ConversationRecord &r);
    void showEarlierActions(const ConversationRecord &r);
    void showInbox(const std::vector<InboxNote> &inbox);

    QSpinBox *m_energy = nullptr;
    QSpinBox *m_happiness = nullptr;
    QLineEdit *m_wellbeingNote = nullptr;
    TextListEditor *m_achievements = nullptr;
    QPlainTextEdit *m_wentWell = nullptr;
    QPlainTextEdit *m_growth = nullptr;
    QPlainTextEdit *m_ambitions = nullptr;
    QListWidget *m_feedbackList = nullptr;
    QLineEdit *m_feedbackFrom = nullptr;
    QComboBox *m_feedbackRelation = nullptr;
    QLineEdit *m_feedbackText = nullptr;
    QTreeWidget *m_goals = nullptr;
    QSpinBox *m_goalProgress = nullptr;
    QComboBox *m_goalStatus = nullptr;
    QLineEdit *m_goalNote = nullptr;
    QPlainTextEdit *m_attention = nullptr;
    QTreeWidget *m_earlier = nullptr;
    QTreeWidget *m_inbox = nullptr;
    QWidget *m_inboxSection = nullptr;
    Shown<std::vector<FeedbackItem>> m_shownFeedback;
    Shown<std::vector<Goal>, std::vector<GoalUpdate>> m_shownGoals;
    Shown<std::vector<ActionItem>, std::vector<Conversation>> m_shownEarlier;
    Shown<std::vector<InboxNote>> m_shownInbox;
};

} // namespace dialoog
