#include "gui/preparation/preparationpage.h"

#include "gui/employees/itemtables.h"
#include "gui/preparation/carriedover.h"
#include "gui/preparation/pasteanswersdialog.h"
#include "gui/preparation/preparationrequestdialog.h"
#include "gui/widgets/textlisteditor.h"
#include "services/conversationdocument.h"
#include "services/settings.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>

namespace dialoog {
namespace {

QPlainTextEdit *textArea(QWidget *parent, const QString &placeholder, int lines = 3)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 14);
    return edit;
}

} // namespace

PreparationPage::PreparationPage(ConversationDocument &document, QWidget *parent)
    : PreparationPage(parent)
{
    bind(document);
    refresh();
}

PreparationPage::PreparationPage(QWidget *parent)
    : PhasePage(
          nullptr, Phase::Preparation,
          tr("Gather what the conversation builds on: what went well, what others noticed, how the "
             "goals are going, and what the employee wrote beforehand. Ask how they score their "
             "energy "
             "and work happiness."),
          parent)
{
    m_inbox = new InboxSection(nullptr, widget());
    addSection(tr("Notes since last time"), m_inbox);
    addSection(tr("Energy and work happiness"), createScores());
    m_achievements =
        new TextListEditor(tr("Add an achievement or a reached goal and press Enter"), widget());
    connect(m_achievements, &TextListEditor::addRequested, this,
            [this](const QString &text) { this->document().addAchievement(text); });
    connect(m_achievements, &TextListEditor::removeRequested, this,
            [this](int index) { this->document().removeAchievement(index); });
    addSection(tr("Achievements and reached goals"), m_achievements);
    addSection(tr("The employee's reflection"), createReflection());
    addSection(tr("Feedback from colleagues"), createFeedback());
    addSection(tr("Running goals"), createGoalReview());
    m_attention =
        textArea(widget(), tr("What do you want to raise? Points of attention, worries, praise…"));
    connect(m_attention, &QPlainTextEdit::textChanged, this, [this] {
        this->document().setText(TextField::AttentionPoints, m_attention->toPlainText());
    });
    m_attention->setObjectName(QStringLiteral("attention"));
    m_achievements->input()->setObjectName(QStringLiteral("achievementInput"));
    addSection(tr("Points of attention"), m_attention);
    m_earlier = new EarlierActionsSection(nullptr, widget());
    addSection(tr("Open items from earlier conversations"), m_earlier);
}

void PreparationPage::bindContent()
{
    m_inbox->bind(document());
    m_earlier->bind(document());
}

QWidget *PreparationPage::createScores()
{
    auto *box = new QWidget(widget());
    auto *form = new QFormLayout(box);
    m_energy = scoreBox(box);
    m_happiness = scoreBox(box);
    m_wellbeingNote = new QLineEdit(box);
    m_wellbeingNote->setPlaceholderText(
        tr("In the employee's words: what gives energy, what takes it"));
    m_energy->setObjectName(QStringLiteral("energy"));
    m_happiness->setObjectName(QStringLiteral("workHappiness"));
    m_wellbeingNote->setObjectName(QStringLiteral("wellbeingNote"));
    form->addRow(tr("Energ&y:"), m_energy);
    form->addRow(tr("&Work happiness:"), m_happiness);
    form->addRow(tr("No&te:"), m_wellbeingNote);
    const auto scores = [this] {
        const int energy = m_energy->value(), happiness = m_happiness->value();
        document().setScores(energy, happiness);
    };
    connect(m_energy, &QSpinBox::valueChanged, this, scores);
    connect(m_happiness, &QSpinBox::valueChanged, this, scores);
    connect(m_wellbeingNote, &QLineEdit::textEdited, this,
            [this](const QString &text) { document().setText(TextField::WellbeingNote, text); });
    return box;
}

QWidget *PreparationPage::createReflection()
{
    auto *box = new QWidget(widget());
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_wentWell = textArea(box, tr("What went well, in the employee's own words"));
    m_growth = textArea(box, tr("Where they see room to grow"));
    m_ambitions = textArea(box, tr("What they aspire to"));
    m_wentWell->setObjectName(QStringLiteral("wentWell"));
    m_growth->setObjectName(QStringLiteral("growth"));
    m_ambitions->setObjectName(QStringLiteral("ambitions"));
    form->addRow(tr("Went we&ll:"), m_wentWell);
    form->addRow(tr("&Room to grow:"), m_growth);
    form->addRow(tr("&Ambitions:"), m_ambitions);
    form->addRow(requestButtons(false, box));
    const auto bind = [this](QPlainTextEdit *edit, TextField field) {
        connect(edit, &QPlainTextEdit::textChanged, this,
                [this, edit, field] { document().setText(field, edit->toPlainText()); });
    };
    bind(m_wentWell, TextField::WentWell);
    bind(m_growth, TextField::Growth);
    bind(m_ambitions, TextField::Ambitions);
    return box;
}

QWidget *PreparationPage::createFeedback()
{
    auto *box = new QWidget(widget());
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_feedbackList = new QListWidget(box);
    m_feedbackList->setWordWrap(true);
    m_feedbackList->setMaximumHeight(m_feedbackList->fontMetrics().lineSpacing() * 7);
    m_feedbackFrom = new QLineEdit(box);
    m_feedbackFrom->setPlaceholderText(tr("From whom"));
    m_feedbackRelation = new QComboBox(box);
    for (Relation r : {Relation::Colleague, Relation::Peer, Relation::Customer, Relation::Other})
        m_feedbackRelation->addItem(displayName(r), int(r));
    m_feedbackText = new QLineEdit(box);
    m_feedbackFrom->setObjectName(QStringLiteral("feedbackFrom"));
    m_feedbackFrom->setAccessibleName(tr("Feedback from whom"));
    m_feedbackRelation->setAccessibleName(tr("Relation"));
    m_feedbackText->setAccessibleName(tr("What they said"));
    m_feedbackList->setAccessibleName(tr("Feedback received"));
    m_feedbackText->setObjectName(QStringLiteral("feedbackText"));
    m_feedbackText->setPlaceholderText(tr("What they said — press Enter to add"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_feedbackFrom, 1);
    row->addWidget(m_feedbackRelation);
    layout->addWidget(m_feedbackList);
    layout->addLayout(row);
    layout->addWidget(m_feedbackText);
    layout->addWidget(requestButtons(true, box));
    connect(m_feedbackText, &QLineEdit::returnPressed, this, [this] {
        const QString text = m_feedbackText->text().trimmed();
        if (text.isEmpty())
            return;
        FeedbackItem item;
        item.fromWhom = m_feedbackFrom->text().trimmed();
        item.relation = static_cast<Relation>(m_feedbackRelation->currentData().toInt());
        item.date = QDate::currentDate();
        item.text = text;
        document().addFeedback(item);
        m_feedbackText->clear();
        m_feedbackFrom->clear();
        m_feedbackFrom->setFocus();
    });
    return box;
}

QWidget *PreparationPage::requestButtons(bool feedback, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *ask =
        new QPushButton(feedback ? tr("Ask for Feed&back…") : tr("Ask for Self-Re&flection…"), row);
    auto *paste = new QPushButton(tr("Paste Answers…"), row);
    ask->setObjectName(feedback ? QStringLiteral("askFeedback") : QStringLiteral("askReflection"));
    paste->setObjectName(feedback ? QStringLiteral("pasteFeedback")
                                  : QStringLiteral("pasteReflection"));
    ask->setToolTip(
        feedback
            ? tr("Draft a mail or print a form asking colleagues for feedback")
            : tr("Draft a mail or print a form with the reflection questions for the employee"));
    paste->setToolTip(tr("Put the answers from a mail reply in their place"));
    paste->setAccessibleName(feedback ? tr("Paste feedback answers")
                                      : tr("Paste reflection answers"));
    connect(ask, &QPushButton::clicked, this,
            [this, feedback] { feedback ? askForFeedback() : askForReflection(); });
    connect(paste, &QPushButton::clicked, this, [this, feedback] { pasteAnswers(feedback); });
    layout->addWidget(ask);
    layout->addWidget(paste);
    layout->addStretch();
    return row;
}

namespace {
template <typename Dialog> void openDialog(Dialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}
QString managerSignature()
{
    const Settings settings;
    return PreparationRequest::signature(settings.managerName(), settings.managerRole());
}
} // namespace

void PreparationPage::askForReflection()
{
    openDialog(new PreparationRequestDialog(PreparationRequest::Kind::SelfReflection,
                                            document().record(), managerSignature(), this));
}

void PreparationPage::askForFeedback()
{
    openDialog(new PreparationRequestDialog(PreparationRequest::Kind::Feedback, document().record(),
                                            managerSignature(), this));
}

void PreparationPage::pasteAnswers(bool feedback)
{
    openDialog(new PasteAnswersDialog(document(),
                                      feedback ? PreparationRequest::Kind::Feedback
                                               : PreparationRequest::Kind::SelfReflection,
                                      managerSignature(), this));
}

QWidget *PreparationPage::createGoalReview()
{
    auto *box = new QWidget(widget());
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_goals = compactTable(box, {tr("Goal"), tr("Progress"), tr("Status"), tr("Reviewed")},
                           tr("Running goals"));
    m_goalProgress = new QSpinBox(box);
    m_goalProgress->setRange(0, 100);
    m_goalProgress->setSuffix(QStringLiteral(" %"));
    m_goalStatus = new QComboBox(box);
    for (GoalStatus st :
         {GoalStatus::Proposed, GoalStatus::Active, GoalStatus::Achieved, GoalStatus::Dropped})
        m_goalStatus->addItem(displayName(st), int(st));
    m_goalNote = new QLineEdit(box);
    m_goalNote->setPlaceholderText(tr("How is it going?"));
    auto *record = new QPushButton(tr("Record pro&gress"), box);
    m_goalProgress->setObjectName(QStringLiteral("reviewProgress"));
    m_goalNote->setObjectName(QStringLiteral("reviewNote"));
    m_goalProgress->setAccessibleName(tr("Progress of the selected goal"));
    m_goalStatus->setAccessibleName(tr("Status of the selected goal"));
    m_goalNote->setAccessibleName(tr("How the selected goal is going"));
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Progress:"), box));
    row->addWidget(m_goalProgress);
    row->addWidget(m_goalStatus);
    row->addWidget(m_goalNote, 1);
    row->addWidget(record);
    layout->addWidget(m_goals);
    layout->addLayout(row);
    connect(record, &QPushButton::clicked, this, &PreparationPage::reviewSelectedGoal);
    connect(m_goalNote, &QLineEdit::returnPressed, this, &PreparationPage::reviewSelectedGoal);
    connect(m_goals, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item)
            return;
        for (const Goal &g : document().record().goals) {
            if (g.id == item->data(0, Qt::UserRole).value<Id>()) {
                m_goalProgress->setValue(g.progress);
                m_goalStatus->setCurrentIndex(m_goalStatus->findData(int(g.status)));
            }
        }
    });
    return box;
}

void PreparationPage::reviewSelectedGoal()
{
    QTreeWidgetItem *item = m_goals->currentItem();
    if (!item)
        return;
    GoalUpdate update;
    update.goalId = item->data(0, Qt::UserRole).value<Id>();
    update.progress = m_goalProgress->value();
    update.status = static_cast<GoalStatus>(m_goalStatus->currentData().toInt());
    update.note = m_goalNote->text().trimmed();
    if (document().reviewGoal(update))
        m_goalNote->clear();
}

void PreparationPage::refreshContent()
{
    const ConversationRecord &r = document().record();
    {
        const QSignalBlocker a(m_energy), b(m_happiness);
        m_energy->setValue(r.conversation.energy);
        m_happiness->setValue(r.conversation.workHappiness);
    }
    setTextIfDifferent(m_wellbeingNote, r.conversation.wellbeingNote);
    QStringList achievements;
    for (const Achievement &a : r.achievements)
        achievements << a.text;
    m_achievements->setItems(achievements);
    setTextIfDifferent(m_wentWell, r.reflection.wentWell);
    setTextIfDifferent(m_growth, r.reflection.growth);
    setTextIfDifferent(m_ambitions, r.reflection.ambitions);
    setTextIfDifferent(m_attention, r.conversation.attentionPoints);

    if (m_shownFeedback.changed(r.feedback))
        showFeedback(r.feedback);
    if (m_shownGoals.changed(r.goals, r.goalUpdates))
        showGoals(r);
    m_earlier->refresh();
    m_inbox->refresh();
}

void PreparationPage::showFeedback(const std::vector<FeedbackItem> &feedback)
{
    m_feedbackList->clear();
    for (const FeedbackItem &f : feedback) {
        const QString from = f.fromWhom.isEmpty()
                                 ? displayName(f.relation)
                                 : tr("%1 (%2)").arg(f.fromWhom, displayName(f.relation).toLower());
        m_feedbackList->addItem(tr("%1: %2").arg(from, f.text));
    }
    m_feedbackList->setVisible(!feedback.empty());
}

void PreparationPage::showGoals(const ConversationRecord &r)
{
    const Id goalSelected =
        m_goals->currentItem() ? m_goals->currentItem()->data(0, Qt::UserRole).value<Id>() : 0;
    m_goals->clear();
    for (const Goal &g : r.goals) {
        const bool reviewed = r.reviewed(g);
        if (!g.isRunning() && !reviewed)
            continue;
        auto *item =
            new QTreeWidgetItem(m_goals, {g.what, tr("%1 %").arg(g.progress), displayName(g.status),
                                          reviewed ? tr("yes") : tr("not yet")});
        item->setData(0, Qt::UserRole, g.id);
        if (g.id == goalSelected)
            m_goals->setCurrentItem(item);
    }
    if (!m_goals->currentItem() && m_goals->topLevelItemCount() > 0)
        m_goals->setCurrentItem(m_goals->topLevelItem(0));
}

} // namespace dialoog
