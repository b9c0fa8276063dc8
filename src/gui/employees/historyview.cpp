#include "gui/employees/historyview.h"

#include "core/signoff.h"
#include "gui/employees/linechart.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dialoog {
namespace {

QLabel *heading(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setBuddy(buddy);
    return label;
}

// A check-in's own marker on the timeline: a small diamond before the date and the row
// in italics, so the short talks stand apart from the development conversations.
void markCheckIn(QTreeWidgetItem *item)
{
    item->setText(0, QStringLiteral("◆ %1").arg(item->text(0)));
    QFont font = item->font(0);
    font.setItalic(true);
    for (int column = 0; column < item->columnCount(); ++column)
        item->setFont(column, font);
    item->setData(0, Qt::AccessibleDescriptionRole,
                  QCoreApplication::translate("dialoog::HistoryView", "Check-in"));
}

} // namespace

HistoryView::HistoryView(QWidget *parent)
    : QWidget(parent), m_timeline(new QTreeWidget(this)), m_scores(new LineChart(this)),
      m_goals(new LineChart(this))
{
    m_timeline->setHeaderLabels({tr("Date"), tr("Phase reached"), tr("Key agreements")});
    m_timeline->setRootIsDecorated(false);
    m_timeline->setAllColumnsShowFocus(true);
    m_timeline->setUniformRowHeights(true);
    m_timeline->header()->setStretchLastSection(true);
    m_timeline->setAccessibleName(tr("Timeline of conversations"));
    m_timeline->setToolTip(tr("Press Enter or double-click to open a conversation"));
    m_scores->setAxis(1, 5, 1, QStringLiteral("%1"));
    m_scores->setAccessibleName(tr("Energy and work happiness over the conversations"));
    m_goals->setAxis(0, 100, 25, tr("%1 %"));
    m_goals->setAccessibleName(tr("Goal progress over the conversations"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading(tr("&Timeline"), m_timeline, this));
    layout->addWidget(m_timeline, 3);
    layout->addWidget(heading(tr("Energy and work happiness (1–5)"), m_scores, this));
    layout->addWidget(m_scores, 2);
    layout->addWidget(heading(tr("Goal progress"), m_goals, this));
    layout->addWidget(m_goals, 2);

    connect(m_timeline, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (const Id id = item ? item->data(0, Qt::UserRole).value<Id>() : 0)
            emit openConversationRequested(id);
    });
}

void HistoryView::show(const EmployeeTimeline &timeline)
{
    m_pending = timeline;
    if (isVisible())
        catchUp();
}

void HistoryView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    catchUp();
}

void HistoryView::catchUp()
{
    if (!m_pending)
        return;
    const EmployeeTimeline timeline = std::move(*m_pending);
    m_pending.reset();
    render(timeline);
}

void HistoryView::render(const EmployeeTimeline &timeline)
{
    const QLocale locale;
    m_timeline->clear();
    for (auto it = timeline.entries.rbegin(); it != timeline.entries.rend(); ++it) {
        const Conversation &c = it->conversation;
        const QDate date = it->date();
        const bool checkIn = c.kind == ConversationKind::CheckIn;
        QString phase =
            checkIn
                ? (c.phase == Phase::Finished ? tr("Check-in, held") : tr("Check-in, not held yet"))
            : c.phase == Phase::Finished    ? tr("Held, finished")
            : c.heldDate.isValid()          ? tr("Held, stopped at %1").arg(displayName(c.phase))
            : c.phase != Phase::Preparation ? tr("Under way: %1").arg(displayName(c.phase))
                                            : tr("Planned");
        if (c.correctedOn.isValid())
            phase = tr("%1 · corrected on %2")
                        .arg(phase, locale.toString(c.correctedOn, QLocale::ShortFormat));
        if (const QString report = SignOffRules::shortText(c, locale); !report.isEmpty())
            phase = tr("%1 · %2").arg(phase, report);
        QStringList firstAgreements = it->agreements.mid(0, 2);
        QString agreements = firstAgreements.join(tr("; "));
        if (it->agreements.size() > 2)
            agreements =
                tr("%1 (and %n more)", nullptr, int(it->agreements.size() - 2)).arg(agreements);
        auto *item = new QTreeWidgetItem(
            m_timeline,
            {date.isValid() ? locale.toString(date, QLocale::ShortFormat) : tr("no date"), phase,
             agreements});
        item->setData(0, Qt::UserRole, c.id);
        item->setToolTip(2, it->agreements.join(QLatin1Char('\n')));
        if (checkIn)
            markCheckIn(item);
    }
    m_timeline->resizeColumnToContents(0);
    m_timeline->resizeColumnToContents(1);
    if (m_timeline->topLevelItemCount() > 0)
        m_timeline->setCurrentItem(m_timeline->topLevelItem(0));

    m_scores->setData(dialoog::scoreChart(timeline, tr("Energy"), tr("Work happiness")),
                      tr("No held conversations yet: the scores appear here after the first one."));
    ChartData goals = goalProgressChart(timeline);
    if (goals.series.empty())
        goals = {};
    m_goals->setData(goals, tr("No goals reviewed yet."));
}

} // namespace dialoog
