#include "gui/workspace/goalspage.h"

#include "gui/employees/itemtables.h"
#include "gui/widgets/optionaldateedit.h"
#include "gui/widgets/textlisteditor.h"
#include "services/conversationdocument.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTreeWidget>

namespace dialoog {

GoalsPage::GoalsPage(ConversationDocument &document, QWidget *parent)
    : PhasePage(&document, Phase::Goals,
                tr("Make goals concrete and personal: what does the employee really want to learn, "
                   "why does it "
                   "matter for their work and ambitions, and which tasks, projects and training "
                   "will get them there?"),
                parent)
{
    auto *listBox = new QWidget(widget());
    auto *layout = new QVBoxLayout(listBox);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list = compactTable(listBox, {tr("Goal"), tr("Status"), tr("Progress"), tr("Target date")},
                          tr("Goals"));
    m_newGoal = new QLineEdit(listBox);
    m_newGoal->setObjectName(QStringLiteral("newGoal"));
    m_newGoal->setAccessibleName(tr("New goal"));
    m_newGoal->setPlaceholderText(tr("A new goal: what do they want to learn? Press Enter to add"));
    layout->addWidget(m_list);
    layout->addWidget(m_newGoal);
    addSection(tr("Goals"), listBox);
    addSection(tr("The selected goal"), createEditor());

    connect(m_newGoal, &QLineEdit::returnPressed, this, [this] {
        Goal goal;
        goal.what = m_newGoal->text().trimmed();
        goal.status = GoalStatus::Active;
        if (this->document().addGoal(goal)) {
            m_newGoal->clear();
            m_goalPicked = true;
            m_list->setCurrentItem(m_list->topLevelItem(m_list->topLevelItemCount() - 1));
            m_why->setFocus();
        }
    });
    // The list's own refresh blocks its signals: a change seen here is the manager's choice.
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        m_goalPicked = true;
        refreshContent();
    });
    refresh();
}

QWidget *GoalsPage::entryField() const
{
    return m_goalPicked && m_what->isEnabled() && currentGoal() >= 0 ? m_what : m_newGoal;
}

QWidget *GoalsPage::createEditor()
{
    m_editor = new QWidget(widget());
    auto *form = new QFormLayout(m_editor);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_what = new QLineEdit(m_editor);
    m_why = new QPlainTextEdit(m_editor);
    m_why->setTabChangesFocus(true);
    m_why->setPlaceholderText(tr("Why it matters for their work and ambitions"));
    m_why->setFixedHeight(m_why->fontMetrics().lineSpacing() * 3 + 14);
    m_steps = new QListWidget(m_editor);
    m_steps->setMaximumHeight(m_steps->fontMetrics().lineSpacing() * 6);
    m_steps->installEventFilter(this);
    m_stepKind = new QComboBox(m_editor);
    for (StepKind kind : {StepKind::Task, StepKind::Project, StepKind::Training})
        m_stepKind->addItem(displayName(kind), int(kind));
    m_stepText = new QLineEdit(m_editor);
    m_stepText->setPlaceholderText(tr("A task, project or training — press Enter to add"));
    auto *stepRow = new QHBoxLayout;
    stepRow->addWidget(m_stepKind);
    stepRow->addWidget(m_stepText, 1);
    auto *how = new QVBoxLayout;
    how->addWidget(m_steps);
    how->addLayout(stepRow);
    m_target = new OptionalDateEdit(tr("none"), m_editor);
    m_status = new QComboBox(m_editor);
    for (GoalStatus st :
         {GoalStatus::Proposed, GoalStatus::Active, GoalStatus::Achieved, GoalStatus::Dropped})
        m_status->addItem(displayName(st), int(st));
    m_progress = new QSpinBox(m_editor);
    m_progress->setRange(0, 100);
    m_progress->setSuffix(QStringLiteral(" %"));
    m_what->setObjectName(QStringLiteral("goalWhat"));
    m_why->setObjectName(QStringLiteral("goalWhy"));
    m_stepText->setObjectName(QStringLiteral("stepInput"));
    m_stepText->setAccessibleName(tr("New step"));
    m_stepKind->setAccessibleName(tr("Kind of the new step"));
    m_steps->setAccessibleName(tr("Steps of the selected goal"));
    m_stepKind->setObjectName(QStringLiteral("stepKind"));
    m_progress->setObjectName(QStringLiteral("goalProgress"));
    form->addRow(tr("&What:"), m_what);
    form->addRow(tr("Wh&y:"), m_why);
    form->addRow(tr("H&ow:"), how);
    form->addRow(tr("&Target date:"), m_target);
    form->addRow(tr("Stat&us:"), m_status);
    form->addRow(tr("Pro&gress:"), m_progress);

    connectEditor();
    return m_editor;
}

// Each field of the editor is one kind of goal change (typing merges per field).
void GoalsPage::connectEditor()
{
    connect(m_what, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (!text.trimmed().isEmpty())
            changeGoal(GoalChange::What, [&text](Goal &g) { g.what = text; });
    });
    connect(m_why, &QPlainTextEdit::textChanged, this, [this] {
        const QString text = m_why->toPlainText();
        changeGoal(GoalChange::Why, [&text](Goal &g) { g.why = text; });
    });
    connect(m_target, &OptionalDateEdit::optionalDateChanged, this, [this](const QDate &date) {
        changeGoal(GoalChange::TargetDate, [&date](Goal &g) { g.targetDate = date; });
    });
    connect(m_status, &QComboBox::activated, this, [this] {
        const auto status = static_cast<GoalStatus>(m_status->currentData().toInt());
        changeGoal(GoalChange::Status, [status](Goal &g) {
            g.status = status;
            if (status == GoalStatus::Achieved)
                g.progress = 100;
        });
    });
    connect(m_progress, &QSpinBox::valueChanged, this, [this](int value) {
        changeGoal(GoalChange::Progress, [value](Goal &g) { g.progress = value; });
    });
    connect(m_stepText, &QLineEdit::returnPressed, this, [this] {
        const int index = currentGoal();
        const QString text = m_stepText->text();
        const auto kind = static_cast<StepKind>(m_stepKind->currentData().toInt());
        if (document().addGoalStep(index, kind, text))
            m_stepText->clear();
    });
}

bool GoalsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_steps && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        const int goal = currentGoal(), step = m_steps->currentRow();
        if ((key == Qt::Key_Delete || key == Qt::Key_Backspace) && step >= 0) {
            document().removeGoalStep(goal, step);
            return true;
        }
    }
    return PhasePage::eventFilter(watched, event);
}

int GoalsPage::currentGoal() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toInt() : -1;
}

void GoalsPage::changeGoal(GoalChange what, const std::function<void(Goal &)> &change)
{
    const int index = currentGoal();
    if (index < 0)
        return;
    Goal goal = document().record().goals[std::size_t(index)];
    change(goal);
    document().updateGoal(index, goal, what);
}

void GoalsPage::refreshContent()
{
    if (!m_list)
        return;
    const ConversationRecord &r = document().record();
    const int selected = currentGoal();
    const QLocale locale;
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (std::size_t i = 0; i < r.goals.size(); ++i) {
            const Goal &g = r.goals[i];
            auto *item = new QTreeWidgetItem(
                m_list,
                {g.what, displayName(g.status), tr("%1 %").arg(g.progress),
                 g.targetDate.isValid() ? locale.toString(g.targetDate, QLocale::ShortFormat)
                                        : QString()});
            item->setData(0, Qt::UserRole, int(i));
            if (!g.isRunning()) {
                item->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
            }
            if (int(i) == selected)
                m_list->setCurrentItem(item);
        }
        if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
            m_list->setCurrentItem(m_list->topLevelItem(0));
    }
    const int index = currentGoal();
    m_editor->setEnabled(index >= 0);
    if (index < 0)
        return;
    const Goal &g = r.goals[std::size_t(index)];
    setTextIfDifferent(m_what, g.what);
    setTextIfDifferent(m_why, g.why);
    QStringList steps;
    for (const GoalStep &step : g.steps)
        steps << tr("%1: %2").arg(displayName(step.kind), step.text);
    QStringList shown;
    for (int i = 0; i < m_steps->count(); ++i)
        shown << m_steps->item(i)->text();
    if (shown != steps) {
        m_steps->clear();
        m_steps->addItems(steps);
    }
    const QSignalBlocker a(m_target), b(m_status), c(m_progress);
    m_target->showDate(g.targetDate);
    m_status->setCurrentIndex(m_status->findData(int(g.status)));
    m_progress->setValue(g.progress);
}

} // namespace dialoog
