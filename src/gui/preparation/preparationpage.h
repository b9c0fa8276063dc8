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

class EarlierActionsSection;
class InboxSection;
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
    // Without a conversation yet (a window made ready in idle time): bind() gives it one.
    explicit PreparationPage(QWidget *parent);

    // Employees and colleagues have no account: their preparation comes by mail or on paper.
    void askForReflection();
    void askForFeedback();
    void pasteAnswers(bool feedback);

protected:
    void refreshContent() override;
    void bindContent() override;

private:
    QWidget *createScores();
    QWidget *createReflection();
    QWidget *createFeedback();
    QWidget *createGoalReview();
    QWidget *requestButtons(bool feedback, QWidget *parent);
    void reviewSelectedGoal();
    void showFeedback(const std::vector<FeedbackItem> &feedback);
    void showGoals(const ConversationRecord &r);

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
    EarlierActionsSection *m_earlier = nullptr;
    InboxSection *m_inbox = nullptr;
    Shown<std::vector<FeedbackItem>> m_shownFeedback;
    Shown<std::vector<Goal>, std::vector<GoalUpdate>> m_shownGoals;
};

} // namespace dialoog
