#pragma once

#include "core/domainenums.h"
#include "gui/workspace/phasepage.h"
#include "gui/workspace/shown.h"

#include <vector>

class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace dialoog {

class NextCheckInRow;

class ActionItemsEditor;
class EarlierActionsSection;
class InboxSection;
class TextListEditor;

// A check-in on one screen, top to bottom as the talk goes: energy and work happiness,
// the topic, a line on each running goal (Enter records it as the goal's progress),
// what waits from last time, agreements and action items, the key points, the next
// check-in, and "held". Notes go in the note line beside it, as in a conversation.
class CheckInPage final : public PhasePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckInPage)

public:
    explicit CheckInPage(ConversationDocument &document, QWidget *parent = nullptr);

    QSpinBox *energyBox() const { return m_energy; }
    QSpinBox *happinessBox() const { return m_happiness; }
    QComboBox *topicBox() const { return m_topic; }
    QLineEdit *topicField() const { return m_topicText; }
    // The progress line of each running goal, in the order shown.
    const std::vector<QLineEdit *> &goalLines() const { return m_goalLines; }
    TextListEditor *agreements() const { return m_agreements; }
    ActionItemsEditor *actionItems() const { return m_actions; }
    QDateEdit *nextCheckInEdit() const;
    QPushButton *finishButton() const { return m_finish; }
    QLabel *problem() const { return m_problem; }
    QWidget *entryField() const override;

signals:
    void finishRequested();
    void previewRequested();
    void exportRequested();

protected:
    void refreshContent() override;

private:
    QWidget *createScoresAndTopic();
    QWidget *createGoals();
    QWidget *createNext();
    QWidget *createFinish();
    void showGoals();
    void buildGoalRows(const std::vector<Id> &ids);
    void recordGoal(std::size_t row);
    void setNext(const QDate &date);

    QSpinBox *m_energy = nullptr;
    QSpinBox *m_happiness = nullptr;
    QComboBox *m_topic = nullptr;
    QLineEdit *m_topicText = nullptr;
    QWidget *m_goalBox = nullptr;
    QGridLayout *m_goalGrid = nullptr;
    QLabel *m_noGoals = nullptr;
    std::vector<Id> m_goalIds;
    std::vector<QLineEdit *> m_goalLines;
    std::vector<QSpinBox *> m_goalProgress;
    std::vector<int> m_shownProgress;
    InboxSection *m_inbox = nullptr;
    EarlierActionsSection *m_earlier = nullptr;
    TextListEditor *m_agreements = nullptr;
    ActionItemsEditor *m_actions = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    NextCheckInRow *m_next = nullptr;
    QPushButton *m_finish = nullptr;
    QLabel *m_problem = nullptr;
    Shown<std::vector<Id>> m_shownGoals;
};

} // namespace dialoog
