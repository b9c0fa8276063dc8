#include "gui/workspace/checkinpage.h"

#include "gui/employees/itemtables.h"
#include "gui/preparation/carriedover.h"
#include "gui/widgets/optionaldateedit.h"
#include "gui/widgets/readonlyview.h"
#include "gui/widgets/textlisteditor.h"
#include "gui/workspace/actionitemseditor.h"
#include "gui/workspace/nextcheckinrow.h"
#include "services/conversationdocument.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <algorithm>

namespace dialoog {

CheckInPage::CheckInPage(ConversationDocument &document, QWidget *parent)
    : PhasePage(&document, Phase::Preparation,
                tr("A short talk in between, 15 to 20 minutes: how it is going, one topic, a "
                   "line on each running goal, and what you agree. Notes go in the note line."),
                QStringLiteral("checkin"), parent)
{
    addSection(tr("Energy and topic"), createScoresAndTopic());
    addSection(tr("Running goals"), createGoals());
    m_inbox = new InboxSection(&document, widget());
    addSection(tr("Notes since last time"), m_inbox);
    m_earlier = new EarlierActionsSection(&document, widget());
    addSection(tr("Open items from earlier conversations"), m_earlier);
    // A few rows each: the check-in is meant to fit on about one screen.
    for (QTreeWidget *table : {m_inbox->table(), m_earlier->table()})
        table->setMaximumHeight(table->fontMetrics().lineSpacing() * 5);
    m_agreements = addAgreementsSection();
    m_actions = new ActionItemsEditor(&document, widget());
    addSection(tr("Action items"), m_actions);
    m_summary = addSummarySection(tr("Key points"),
                                  tr("The key points, if you want them on the check-in note"), 3);
    addSection(tr("Next check-in"), createNext());
    column()->addWidget(createFinish());
    refresh();
}

QWidget *CheckInPage::createScoresAndTopic()
{
    auto *box = new QWidget(widget());
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_energy = scoreBox(box);
    m_happiness = scoreBox(box);
    m_energy->setObjectName(QStringLiteral("energy"));
    m_happiness->setObjectName(QStringLiteral("workHappiness"));
    auto *scores = new QHBoxLayout;
    auto *happinessLabel = new QLabel(tr("&Work happiness:"), box);
    happinessLabel->setBuddy(m_happiness);
    scores->addWidget(m_energy);
    scores->addSpacing(12);
    scores->addWidget(happinessLabel);
    scores->addWidget(m_happiness);
    scores->addStretch();
    // Labels of a row that is a layout get no buddy from the form: made here, with one.
    auto *energyLabel = new QLabel(tr("Energ&y:"), box);
    energyLabel->setBuddy(m_energy);
    form->addRow(energyLabel, scores);
    const auto setScores = [this] {
        document().setScores(m_energy->value(), m_happiness->value());
    };
    connect(m_energy, &QSpinBox::valueChanged, this, setScores);
    connect(m_happiness, &QSpinBox::valueChanged, this, setScores);

    m_topic = new QComboBox(box);
    m_topic->setObjectName(QStringLiteral("topic"));
    for (CheckInTopic topic :
         {CheckInTopic::None, CheckInTopic::Project, CheckInTopic::Learning, CheckInTopic::Goal})
        m_topic->addItem(displayName(topic), int(topic));
    m_topicText = new QLineEdit(box);
    m_topicText->setObjectName(QStringLiteral("topicText"));
    m_topicText->setPlaceholderText(tr("Which project, experience or goal"));
    m_topicText->setAccessibleName(tr("What the topic is"));
    auto *topic = new QHBoxLayout;
    topic->addWidget(m_topic);
    topic->addWidget(m_topicText, 1);
    auto *topicLabel = new QLabel(tr("&Topic:"), box);
    topicLabel->setBuddy(m_topic);
    form->addRow(topicLabel, topic);
    connect(m_topic, &QComboBox::activated, this, [this] {
        document().setTopic(static_cast<CheckInTopic>(m_topic->currentData().toInt()));
    });
    connect(m_topicText, &QLineEdit::textEdited, this,
            [this](const QString &text) { document().setText(TextField::TopicText, text); });
    return box;
}

QWidget *CheckInPage::createGoals()
{
    m_goalBox = new QWidget(widget());
    auto *layout = new QVBoxLayout(m_goalBox);
    layout->setContentsMargins(0, 0, 0, 0);
    m_noGoals = new QLabel(tr("No running goals."), m_goalBox);
    m_goalGrid = new QGridLayout;
    m_goalGrid->setColumnStretch(2, 1);
    layout->addWidget(m_noGoals);
    layout->addLayout(m_goalGrid);
    return m_goalBox;
}

// One row per running goal (or one reviewed here): what, progress, and a line on how it
// goes. Rebuilt only when other goals are to be shown, so typing keeps its place (and a
// line is never deleted while Enter on it is being handled).
void CheckInPage::showGoals()
{
    const ConversationRecord &r = document().record();
    std::vector<Id> ids;
    for (const Goal &g : r.goals) {
        if (g.isRunning() || r.reviewed(g))
            ids.push_back(g.id);
    }
    if (m_shownGoals.changed(ids))
        buildGoalRows(ids);
    for (std::size_t row = 0; row < m_goalIds.size(); ++row) {
        const auto goal = std::find_if(r.goals.begin(), r.goals.end(),
                                       [&](const Goal &g) { return g.id == m_goalIds[row]; });
        // Only a changed goal (a review, its undo) resets what was chosen but not recorded.
        if (goal->progress != m_shownProgress[row]) {
            m_goalProgress[row]->setValue(goal->progress);
            m_shownProgress[row] = goal->progress;
        }
        const auto update =
            std::find_if(r.goalUpdates.begin(), r.goalUpdates.end(),
                         [&](const GoalUpdate &u) { return u.goalId == m_goalIds[row]; });
        if (update != r.goalUpdates.end())
            setTextIfDifferent(m_goalLines[row], update->note);
    }
}

void CheckInPage::buildGoalRows(const std::vector<Id> &ids)
{
    while (QLayoutItem *item = m_goalGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_goalIds = ids;
    m_goalLines.clear();
    m_goalProgress.clear();
    m_shownProgress.assign(ids.size(), -1);
    const ConversationRecord &r = document().record();
    QWidget *before = m_topicText; // rows made later still come next in Tab order
    for (std::size_t row = 0; row < ids.size(); ++row) {
        const Goal &g = *std::find_if(r.goals.begin(), r.goals.end(),
                                      [&](const Goal &goal) { return goal.id == ids[row]; });
        auto *what = new QLabel(g.what, m_goalBox);
        what->setWordWrap(true);
        auto *progress = new QSpinBox(m_goalBox);
        progress->setRange(0, 100);
        progress->setSuffix(QStringLiteral(" %"));
        progress->setAccessibleName(tr("Progress of %1").arg(g.what));
        auto *line = new QLineEdit(m_goalBox);
        line->setObjectName(QStringLiteral("goalLine"));
        line->setPlaceholderText(tr("How is it going? Enter records it"));
        line->setAccessibleName(tr("How %1 is going").arg(g.what));
        m_goalGrid->addWidget(what, int(row), 0);
        m_goalGrid->addWidget(progress, int(row), 1);
        m_goalGrid->addWidget(line, int(row), 2);
        connect(line, &QLineEdit::returnPressed, this, [this, row] { recordGoal(row); });
        setTabOrder(before, progress);
        setTabOrder(progress, line);
        before = line;
        m_goalLines.push_back(line);
        m_goalProgress.push_back(progress);
    }
    m_noGoals->setVisible(ids.empty());
}

// A line on a goal counts as its progress noted in this conversation, as at preparation.
void CheckInPage::recordGoal(std::size_t row)
{
    const ConversationRecord &r = document().record();
    const auto goal = std::find_if(r.goals.begin(), r.goals.end(),
                                   [&](const Goal &g) { return g.id == m_goalIds[row]; });
    if (goal == r.goals.end())
        return;
    GoalUpdate update;
    update.goalId = goal->id;
    update.status = goal->status;
    update.progress = m_goalProgress[row]->value();
    update.note = m_goalLines[row]->text().trimmed();
    if (document().reviewGoal(update) && row + 1 < m_goalLines.size())
        m_goalLines[row + 1]->setFocus(Qt::TabFocusReason);
}

QDateEdit *CheckInPage::nextCheckInEdit() const
{
    return m_next->edit();
}

QWidget *CheckInPage::createNext()
{
    // Whole texts, not "%n week(s)": English has no plural forms without a translation.
    const std::vector<NextCheckInRow::QuickDate> quick = {
        {tr("+&1 week"), 7}, {tr("+&2 weeks"), 14}, {tr("+&4 weeks"), 28}};
    m_next = new NextCheckInRow(tr("D&ate:"), quick, [this] {
        const QDate from = document().record().conversation.date();
        return from.isValid() ? from : QDate::currentDate();
    });
    connect(m_next, &NextCheckInRow::chosen, this, &CheckInPage::setNext);
    return m_next;
}

void CheckInPage::setNext(const QDate &date)
{
    if (!document().setNextCheckIn(date)) {
        m_problem->setText(tr("The next check-in must come after this one."));
        m_problem->setVisible(true);
    }
    refreshContent();
}

QWidget *CheckInPage::createFinish()
{
    auto *box = new QWidget(widget());
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_finish = new QPushButton(box);
    m_finish->setObjectName(QStringLiteral("finishCheckIn"));
    m_problem = new QLabel(box);
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    // No letter of its own: P marks an earlier item still open here (Ctrl+Alt+P previews).
    auto *preview = new QPushButton(tr("Print preview…"), box);
    auto *exportButton = new QPushButton(tr("E&xport…"), box);
    preview->setProperty(ReadOnlyView::keepProperty, true); // printing changes nothing
    exportButton->setProperty(ReadOnlyView::keepProperty, true);
    auto *row = new QHBoxLayout;
    row->addWidget(m_finish);
    row->addStretch();
    row->addWidget(preview);
    row->addWidget(exportButton);
    layout->addLayout(row);
    layout->addWidget(m_problem);
    connect(m_finish, &QPushButton::clicked, this, &CheckInPage::finishRequested);
    connect(preview, &QPushButton::clicked, this, &CheckInPage::previewRequested);
    connect(exportButton, &QPushButton::clicked, this, &CheckInPage::exportRequested);
    return box;
}

QWidget *CheckInPage::entryField() const
{
    // A score still "not asked" is where a check-in starts; then the topic.
    if (m_energy && m_energy->value() == 0 && !document().session().isFinished())
        return m_energy;
    return PhasePage::entryField();
}

void CheckInPage::refreshContent()
{
    if (!m_finish)
        return;
    const ConversationRecord &r = document().record();
    const Conversation &c = r.conversation;
    {
        const QSignalBlocker a(m_energy), b(m_happiness), t(m_topic);
        m_energy->setValue(c.energy);
        m_happiness->setValue(c.workHappiness);
        m_topic->setCurrentIndex(m_topic->findData(int(c.topic)));
        m_next->showDate(c.nextCheckIn);
    }
    setTextIfDifferent(m_topicText, c.topicText);
    setTextIfDifferent(m_summary, c.summary);
    showGoals();
    m_inbox->refresh();
    m_earlier->refresh();
    showAgreements(m_agreements);
    m_actions->refresh();
    const bool held = document().session().isFinished();
    m_finish->setText(held ? tr("Held — &reopen to change") : tr("&Finish: the check-in is held"));
    if (held)
        m_problem->setVisible(false);
}

} // namespace dialoog
