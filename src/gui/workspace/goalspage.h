#pragma once

#include "gui/workspace/phasepage.h"
#include "services/conversationdocument.h"

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QTreeWidget;
class QWidget;

namespace dialoog {

class OptionalDateEdit;

struct Goal;

// Phase 2: concrete development goals. What the person wants to learn, why it matters,
// and how: tasks, projects and training, each its own step. Earlier goals can be
// updated, achieved or dropped here too.
class GoalsPage final : public PhasePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GoalsPage)

public:
    explicit GoalsPage(ConversationDocument &document, QWidget *parent = nullptr);

    QLineEdit *newGoalInput() const { return m_newGoal; }
    // The new-goal line, or the What of a goal the manager picked in the list.
    QWidget *entryField() const override;

protected:
    void refreshContent() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createEditor();
    void connectEditor();
    int currentGoal() const;
    using GoalChange = ConversationDocument::GoalChange;
    void changeGoal(GoalChange what, const std::function<void(Goal &)> &change);

    QTreeWidget *m_list = nullptr;
    QLineEdit *m_newGoal = nullptr;
    QWidget *m_editor = nullptr;
    QLineEdit *m_what = nullptr;
    QPlainTextEdit *m_why = nullptr;
    QListWidget *m_steps = nullptr;
    QComboBox *m_stepKind = nullptr;
    QLineEdit *m_stepText = nullptr;
    OptionalDateEdit *m_target = nullptr;
    QComboBox *m_status = nullptr;
    QSpinBox *m_progress = nullptr;
    // The manager chose a goal in the list (or just added one): its editor is where typing goes.
    bool m_goalPicked = false;
};

} // namespace dialoog
