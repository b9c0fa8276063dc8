#include "gui/employees/employeepage.h"

#include "core/rhythm.h"
#include "gui/employees/historyview.h"
#include "gui/employees/itemtables.h"
#include "gui/wellbeing/signalpanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dialoog {
namespace {

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QLabel *body(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    return label;
}

} // namespace

EmployeePage::EmployeePage(QWidget *parent)
    : QWidget(parent), m_name(new QLabel(this)), m_facts(body(this)),
      m_signals(new SignalPanel(this)),
      m_goals(compactTable(this, {tr("Goal"), tr("Progress")}, tr("Running goals"))),
      m_noGoals(new QLabel(tr("None yet."), this)),
      m_actions(compactTable(this, {tr("Action item"), tr("Due")}, tr("Open action items"))),
      m_noActions(new QLabel(tr("Nothing open."), this)), m_inbox(body(this)),
      m_noConversations(body(this)), m_conversations(new QTreeWidget(this)),
      m_new(new QPushButton(tr("&New conversation"), this)),
      m_open(new QPushButton(tr("&Open"), this)), m_edit(new QPushButton(tr("&Edit…"), this)),
      m_archive(new QPushButton(this)), m_tabs(new QTabWidget(this)),
      m_history(new HistoryView(this))
{
    QFont headline = m_name->font();
    headline.setPointSizeF(headline.pointSizeF() * 1.6);
    headline.setBold(true);
    m_name->setFont(headline);
    m_name->setWordWrap(true);
    m_new->setToolTip(tr("Prepare the next conversation (Ctrl+N)"));
    m_conversations->setHeaderLabels({tr("Date"), tr("Phase"), tr("Summary")});
    m_conversations->setRootIsDecorated(false);
    m_conversations->setAllColumnsShowFocus(true);
    m_conversations->header()->setStretchLastSection(true);
    m_conversations->setAccessibleName(tr("Conversations"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_open);
    buttons->addStretch();
    buttons->addWidget(m_edit);
    buttons->addWidget(m_archive);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_name);
    layout->addWidget(m_facts);
    layout->addWidget(m_signals);
    m_inbox->setObjectName(QStringLiteral("inboxCount"));
    layout->addWidget(m_inbox);
    layout->addLayout(buttons);
    layout->addSpacing(6);
    layout->addWidget(m_tabs, 1);

    QWidget *overview = createOverview();
    m_tabs->addTab(overview, tr("Overvie&w"));
    m_tabs->addTab(m_history, tr("Histor&y"));
    connect(m_history, &HistoryView::openConversationRequested, this,
            &EmployeePage::openConversationRequested);

    connect(m_new, &QPushButton::clicked, this, &EmployeePage::newConversationRequested);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const Id id = selectedConversation())
            emit openConversationRequested(id);
    });
    connect(m_conversations, &QTreeWidget::itemActivated, this, [this] {
        if (const Id id = selectedConversation())
            emit openConversationRequested(id);
    });
    connect(m_signals, &SignalPanel::dismissRequested, this,
            [this](const QString &signal) { emit dismissSignalRequested(m_employeeId, signal); });
    connect(m_edit, &QPushButton::clicked, this, &EmployeePage::editRequested);
    connect(m_archive, &QPushButton::clicked, this, [this] { emit archiveRequested(!m_archived); });
    // The tables were made before the buttons above them: Tab goes as the eye does.
    QWidget *previous = m_new;
    for (QWidget *next : std::initializer_list<QWidget *>{
             m_open, m_edit, m_archive, m_tabs->tabBar(), m_conversations, m_goals, m_actions}) {
        setTabOrder(previous, next);
        previous = next;
    }
    show(std::nullopt, {});
}

// The Overview tab: the conversations, running goals and open action items.
QWidget *EmployeePage::createOverview()
{
    auto *overview = new QWidget(m_tabs);
    auto *overviewLayout = new QVBoxLayout(overview);
    overviewLayout->addWidget(heading(tr("Conversations"), overview));
    overviewLayout->addWidget(m_noConversations);
    overviewLayout->addWidget(m_conversations, 2);
    overviewLayout->addWidget(heading(tr("Running goals"), overview));
    overviewLayout->addWidget(m_goals, 1);
    overviewLayout->addWidget(m_noGoals);
    overviewLayout->addWidget(heading(tr("Open action items"), overview));
    overviewLayout->addWidget(m_actions, 1);
    overviewLayout->addWidget(m_noActions);
    overviewLayout->addStretch(0); // takes the room only when both tables are hidden
    for (QTreeWidget *table : {m_goals, m_actions})
        table->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    return overview;
}

QString EmployeePage::headline() const
{
    return m_name->text();
}

Id EmployeePage::selectedConversation() const
{
    const QTreeWidgetItem *item = m_conversations->currentItem();
    return item ? item->data(0, Qt::UserRole).value<Id>() : 0;
}

void EmployeePage::show(const std::optional<EmployeeOverview> &overview,
                        const EmployeeHistory &history)
{
    const bool any = overview.has_value();
    for (QWidget *w : std::initializer_list<QWidget *>{m_new, m_edit, m_archive})
        w->setEnabled(any && !m_readOnly);
    m_conversations->clear();
    m_history->show(history.timeline);
    m_tabs->setTabEnabled(1, any);
    if (!any) {
        m_name->setText(tr("No one selected"));
        m_facts->setText(
            tr("Choose someone in the list to see their conversations, goals and action items."));
        showGoals({});
        showActions({});
        m_inbox->clear();
        m_inbox->hide();
        m_noConversations->clear();
        m_open->setEnabled(false);
        m_archive->setText(tr("&Archive"));
        m_employeeId = 0;
        m_signals->setSignals({}, m_readOnly);
        return;
    }
    const Employee &e = overview->employee;
    m_employeeId = e.id;
    showSignals(*overview);
    m_archived = e.archived;
    m_name->setText(e.name);
    m_facts->setText(factsOf(*overview));
    m_archive->setText(e.archived ? tr("&Restore") : tr("&Archive"));

    showConversations(history.conversations);
    showGoals(history.goals);
    showActions(history.openActions);
    m_inbox->setText(
        tr("Notes for next time: %n (they wait in the next conversation's preparation)", nullptr,
           history.inboxCount));
    m_inbox->setVisible(history.inboxCount > 0);
}

// Role and team, mail, start, rhythm, what is due, archived: one line each.
QString EmployeePage::factsOf(const EmployeeOverview &overview) const
{
    const Employee &e = overview.employee;
    const QLocale locale;
    QStringList facts;
    if (!e.role.isEmpty() || !e.team.isEmpty())
        facts << (e.team.isEmpty()   ? e.role
                  : e.role.isEmpty() ? e.team
                                     : tr("%1 · %2").arg(e.role, e.team))
                     .toHtmlEscaped();
    if (!e.email.isEmpty())
        facts << e.email.toHtmlEscaped();
    if (e.startDate.isValid())
        facts << tr("Started on %1").arg(locale.toString(e.startDate, QLocale::LongFormat));
    facts << tr("Conversation rhythm: every %1 weeks").arg(e.rhythmWeeks);
    const QDate today = QDate::currentDate();
    if (const RhythmState rhythm = Rhythm::stateOf(overview, today);
        rhythm.status == RhythmState::Status::Overdue)
        facts << tr("<b>A conversation is overdue</b>: it was due on %1.")
                     .arg(locale.toString(rhythm.dueDate, QLocale::LongFormat));
    else if (overview.nextPlanned.isValid())
        facts << tr("Next conversation: %1")
                     .arg(locale.toString(overview.nextPlanned, QLocale::LongFormat));
    if (e.archived)
        facts << tr("Archived: kept for the record, hidden from the list.");
    return facts.join(QStringLiteral("<br>"));
}

// The signals' Dismiss buttons come in Tab order where they are seen: before the buttons.
void EmployeePage::showSignals(const EmployeeOverview &overview)
{
    const bool hadFocus = m_signals->setSignals(
        overview.employee.archived ? std::vector<EnergySignal>{} : overview.energySignals,
        m_readOnly);
    // Qt orders only widgets that take focus: start from the one Tab reaches before New.
    QWidget *previous = m_new->previousInFocusChain();
    while (previous != m_new && (!(previous->focusPolicy() & Qt::TabFocus) ||
                                 !previous->isVisibleTo(previous->window())))
        previous = previous->previousInFocusChain();
    for (QPushButton *button : m_signals->dismissButtons()) {
        setTabOrder(previous, button);
        previous = button;
    }
    // The button just used went with its signal: the next one, or New conversation, has it.
    if (hadFocus) {
        const auto &buttons = m_signals->dismissButtons();
        (buttons.empty() ? static_cast<QWidget *>(m_new) : buttons.front())->setFocus();
    }
}

void EmployeePage::showConversations(const std::vector<Conversation> &conversations)
{
    const QLocale locale;
    for (const Conversation &c : conversations) {
        const QDate date = c.date();
        QString summary = c.summary.section(QLatin1Char('\n'), 0, 0);
        if (c.phase != Phase::Finished && summary.isEmpty())
            summary = c.heldDate.isValid() ? tr("under way") : tr("planned");
        auto *item = new QTreeWidgetItem(
            m_conversations,
            {date.isValid() ? locale.toString(date, QLocale::ShortFormat) : tr("no date"),
             displayName(c.phase), summary});
        item->setData(0, Qt::UserRole, c.id);
    }
    m_conversations->resizeColumnToContents(0);
    m_conversations->resizeColumnToContents(1);
    if (m_conversations->topLevelItemCount() > 0)
        m_conversations->setCurrentItem(m_conversations->topLevelItem(0));
    m_conversations->setVisible(!conversations.empty());
    m_open->setEnabled(!conversations.empty());
    m_noConversations->setText(conversations.empty()
                                   ? tr("No conversations yet. Press <b>New conversation</b> "
                                        "(Ctrl+N) to prepare the first one.")
                                   : QString());
    m_noConversations->setVisible(conversations.empty());
}

void EmployeePage::showGoals(const std::vector<Goal> &goals)
{
    m_goals->clear();
    for (const Goal &g : goals) {
        if (!g.isRunning())
            continue;
        auto *item = new QTreeWidgetItem(m_goals, {g.what, tr("%1 %").arg(g.progress)});
        item->setToolTip(0, g.what);
    }
    m_goals->setVisible(m_goals->topLevelItemCount() > 0);
    m_noGoals->setVisible(m_goals->topLevelItemCount() == 0);
}

void EmployeePage::showActions(const std::vector<ActionItem> &actions)
{
    m_actions->clear();
    const QLocale locale;
    for (const ActionItem &a : actions) {
        auto *item = new QTreeWidgetItem(
            m_actions,
            {a.text,
             a.dueDate.isValid() ? locale.toString(a.dueDate, QLocale::ShortFormat) : QString()});
        item->setToolTip(0, a.text);
    }
    m_actions->setVisible(!actions.empty());
    m_noActions->setVisible(actions.empty());
}

QString EmployeePage::inboxText() const
{
    return m_inbox->isVisible() ? m_inbox->text() : QString();
}

} // namespace dialoog
