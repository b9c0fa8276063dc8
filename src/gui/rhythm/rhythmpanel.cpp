#include "gui/rhythm/rhythmpanel.h"

#include "gui/rhythm/rhythmmodel.h"

#include <QHeaderView>
#include <QLocale>
#include <QTreeView>
#include <QVBoxLayout>

namespace dialoog {

RhythmPanel::RhythmPanel(EmployeeListModel *employees, QWidget *parent)
    : QWidget(parent), m_model(new RhythmModel(employees, this)), m_view(new QTreeView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    m_view->setObjectName(QStringLiteral("rhythmView"));
    m_view->setAccessibleName(tr("Conversation rhythm"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setExpandsOnDoubleClick(false);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Measuring every row of a long list made the start-up slow; the first rows and the
    // visible ones tell the width well enough.
    m_view->header()->setResizeContentsPrecision(64);
    m_view->header()->setStretchLastSection(true);
    showGroups();
    connect(m_model, &QAbstractItemModel::modelReset, this, &RhythmPanel::showGroups);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (const Id id = index.siblingAtColumn(0).data(RhythmModel::IdRole).toLongLong())
            emit employeeActivated(id);
        else
            m_view->setExpanded(index.siblingAtColumn(0),
                                !m_view->isExpanded(index.siblingAtColumn(0)));
    });
}

// The groups are rebuilt on every change in the list; keep them open, their titles
// across the row (so a long title does not widen the name column). While the pane is
// hidden (as at start) that waits until it is shown: opening the groups of 5,000 people
// was a twentieth of the start-up.
void RhythmPanel::showGroups()
{
    m_groupsPending = !isVisible();
    if (!m_groupsPending)
        openGroups();
}

void RhythmPanel::openGroups()
{
    m_groupsPending = false;
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_view->setFirstColumnSpanned(row, {}, true);
    m_view->expandAll();
}

void RhythmPanel::showEvent(QShowEvent *event)
{
    if (m_groupsPending)
        openGroups();
    QWidget::showEvent(event);
}

QSize RhythmPanel::sizeHint() const
{
    // Room for a name and "overdue 15 days · planned 12/11/2026", with the indentation and icon.
    const QString when = QStringLiteral("overdue 15 days · planned %1")
                             .arg(QLocale().toString(QDate(2026, 12, 28), QLocale::ShortFormat));
    return QSize(fontMetrics().horizontalAdvance(QStringLiteral("Fatima el Amrani-Jansen")) +
                     fontMetrics().horizontalAdvance(when) + m_view->indentation() +
                     3 * fontMetrics().height() + 24,
                 400);
}

} // namespace dialoog
