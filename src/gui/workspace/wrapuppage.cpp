#include "gui/workspace/wrapuppage.h"

#include "core/rhythm.h"
#include "gui/employees/itemtables.h"
#include "gui/widgets/optionaldateedit.h"
#include "gui/widgets/readonlyview.h"
#include "gui/widgets/textlisteditor.h"
#include "gui/workspace/actionitemseditor.h"
#include "gui/workspace/nextcheckinrow.h"
#include "gui/workspace/signoffpanel.h"
#include "services/conversationdocument.h"
#include "services/settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>

namespace dialoog {

WrapUpPage::WrapUpPage(ConversationDocument &document, QWidget *parent) : WrapUpPage(parent)
{
    bind(document);
    refresh();
}

WrapUpPage::WrapUpPage(QWidget *parent)
    : PhasePage(nullptr, Phase::WrapUp,
                tr("Close with what you take away together: summarise the key points, agree who "
                   "does what by "
                   "when, and plan the next conversation now, so the dialogue keeps its rhythm."),
                parent)
{
    m_summary = addSummarySection(tr("Summary"), tr("The key points of this conversation"), 5);
    m_agreements = addAgreementsSection();
    m_actions = new ActionItemsEditor(nullptr, widget());
    addSection(tr("Action items"), m_actions);
    addSection(tr("Next conversation"), createFollowUp());
    m_signOff = new SignOffPanel(nullptr, widget());
    m_signOff->setObjectName(QStringLiteral("signOffPanel"));
    connect(m_signOff, &SignOffPanel::sendRequested, this, &WrapUpPage::sendToEmployeeRequested);
    connect(m_signOff, &SignOffPanel::pasteResponseRequested, this,
            &WrapUpPage::pasteResponseRequested);
    addSection(tr("Report to the employee"), m_signOff);

    auto *finishBox = new QWidget(widget());
    auto *finishLayout = new QVBoxLayout(finishBox);
    finishLayout->setContentsMargins(0, 0, 0, 0);
    m_finish = new QPushButton(tr("&Finish conversation"), finishBox);
    m_problem = new QLabel(finishBox);
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    auto *preview = new QPushButton(tr("&Print preview…"), finishBox);
    auto *exportButton = new QPushButton(tr("E&xport…"), finishBox);
    auto *finishRow = new QHBoxLayout;
    finishRow->addWidget(m_finish);
    finishRow->addStretch();
    finishRow->addWidget(preview);
    finishRow->addWidget(exportButton);
    finishLayout->addLayout(finishRow);
    preview->setProperty(ReadOnlyView::keepProperty, true); // printing changes nothing
    exportButton->setProperty(ReadOnlyView::keepProperty, true);
    connect(preview, &QPushButton::clicked, this, &WrapUpPage::previewRequested);
    connect(exportButton, &QPushButton::clicked, this, &WrapUpPage::exportRequested);
    finishLayout->addWidget(m_problem);
    column()->addWidget(finishBox);
    connect(m_finish, &QPushButton::clicked, this, &WrapUpPage::finishRequested);
}

void WrapUpPage::bindContent()
{
    m_actions->bind(document());
    m_signOff->bind(document());
    showRhythm();
}

// The quick dates of the employee's own rhythms: the next conversation and check-in.
void WrapUpPage::showRhythm()
{
    const Employee &employee = document().record().employee;
    m_rhythmDays = employee.rhythmWeeks * 7;
    m_rhythm->setText(tr("Rhythm (%1 weeks)").arg(employee.rhythmWeeks));
    m_rhythm->setObjectName(QStringLiteral("followUp%1").arg(m_rhythmDays));
    const int checkIn = CheckInRhythm::weeksFor(employee, Settings().defaultCheckInWeeks());
    m_nextCheckIn->setQuickDate(2, {tr("Check-in rhythm (%1 weeks)").arg(checkIn), checkIn * 7});
}

QLineEdit *WrapUpPage::actionInput() const
{
    return m_actions->input();
}

QWidget *WrapUpPage::entryField() const
{
    return m_summary;
}

QHBoxLayout *WrapUpPage::labelledRow(const QString &label, QWidget *field, QWidget *box)
{
    auto *row = new QHBoxLayout;
    auto *buddy = new QLabel(label, box);
    buddy->setBuddy(field);
    row->addWidget(buddy);
    row->addWidget(field);
    return row;
}

QWidget *WrapUpPage::createFollowUp()
{
    auto *box = new QWidget(widget());
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_followUp = new OptionalDateEdit(tr("not planned"), box);
    auto *row = labelledRow(tr("&Date:"), m_followUp, box);
    addQuickDates(row, box);
    row->addStretch();
    // The calendar button goes on a second row: on one row with the quick dates, the page
    // was wider than its place between both docks at the window's default size.
    m_noFollowUp = new QCheckBox(tr("No follow-&up conversation"), box);
    m_noFollowUp->setObjectName(QStringLiteral("noFollowUp"));
    m_calendar = new QPushButton(tr("Add to Ca&lendar…"), box);
    m_calendar->setObjectName(QStringLiteral("addToCalendar"));
    m_calendar->setToolTip(tr("Put the next conversation in your calendar application"));
    connect(m_calendar, &QPushButton::clicked, this, &WrapUpPage::calendarRequested);
    auto *second = new QHBoxLayout;
    second->addWidget(m_noFollowUp);
    second->addStretch();
    second->addWidget(m_calendar);
    layout->addLayout(row);
    layout->addLayout(second);
    layout->addWidget(createNextCheckIn(box));
    connect(m_followUp, &OptionalDateEdit::optionalDateChanged, this, &WrapUpPage::setFollowUp);
    connect(m_noFollowUp, &QCheckBox::toggled, this,
            [this](bool none) { document().setNoFollowUp(none); });
    return box;
}

QDateEdit *WrapUpPage::followUpEdit() const
{
    return m_followUp;
}

QDateEdit *WrapUpPage::nextCheckInEdit() const
{
    return m_nextCheckIn->edit();
}

// The next check-in, beside the follow-up: a short talk before the next big one.
NextCheckInRow *WrapUpPage::createNextCheckIn(QWidget *box)
{
    // The third, the employee's own check-in rhythm, is filled in by showRhythm().
    m_nextCheckIn = new NextCheckInRow(
        tr("Next check-&in:"), {{tr("+1 week"), 7}, {tr("+2 weeks"), 14}, {QString(), 0}},
        [this] { return conversationDay(); }, box);
    connect(m_nextCheckIn, &NextCheckInRow::chosen, this, &WrapUpPage::setNextCheckIn);
    return m_nextCheckIn;
}

void WrapUpPage::setNextCheckIn(const QDate &date)
{
    if (!document().setNextCheckIn(date)) {
        m_problem->setText(tr("The next check-in must come after this conversation."));
        m_problem->setVisible(true);
    }
    refreshContent();
}

// The day the quick dates count from: held, else planned, else today.
QDate WrapUpPage::conversationDay() const
{
    const Conversation &c = document().record().conversation;
    return c.heldDate.isValid()      ? c.heldDate
           : c.plannedDate.isValid() ? c.plannedDate
                                     : QDate::currentDate();
}

// The buttons that set the follow-up a usual distance after this conversation.
void WrapUpPage::addQuickDates(QHBoxLayout *row, QWidget *box)
{
    const std::array<std::pair<QString, int>, 3> quick = {
        {{tr("+2 weeks"), 14}, {tr("+6 weeks"), 42}, {tr("+3 months"), -3}}};
    for (const auto &[text, days] : quick) {
        auto *button = new QPushButton(text, box);
        button->setObjectName(QStringLiteral("followUp%1").arg(days));
        connect(button, &QPushButton::clicked, this, [this, days = days] {
            const QDate from = conversationDay();
            setFollowUp(days < 0 ? from.addMonths(-days) : from.addDays(days));
        });
        row->addWidget(button);
    }
    // The employee's own rhythm: its text and days come with the conversation (showRhythm).
    m_rhythm = new QPushButton(box);
    connect(m_rhythm, &QPushButton::clicked, this,
            [this] { setFollowUp(conversationDay().addDays(m_rhythmDays)); });
    row->addWidget(m_rhythm);
}

void WrapUpPage::setFollowUp(const QDate &date)
{
    if (!document().setFollowUp(date)) {
        m_problem->setText(tr("The follow-up must come after this conversation."));
        m_problem->setVisible(true);
    }
    refreshContent();
}

void WrapUpPage::refreshContent()
{
    if (!m_finish)
        return;
    const ConversationRecord &r = document().record();
    setTextIfDifferent(m_summary, r.conversation.summary);
    showAgreements(m_agreements);

    m_actions->refresh();

    {
        const QSignalBlocker b(m_noFollowUp);
        m_nextCheckIn->showDate(r.conversation.nextCheckIn);
        m_followUp->showDate(r.conversation.nextFollowUp);
        m_noFollowUp->setChecked(r.conversation.noFollowUp);
    }
    m_calendar->setEnabled(r.conversation.nextFollowUp.isValid());
    const bool finished = document().session().isFinished();
    m_finish->setText(finished ? tr("Finished — &reopen to change") : tr("&Finish conversation"));
    if (document().session().canFinish() || finished)
        m_problem->setVisible(false);
    m_signOff->refresh();
}

} // namespace dialoog
