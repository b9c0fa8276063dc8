#include "rhythmpanel.h"

#include "rhythmmodel.h"

#include <QHeaderView>
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
    m_view->header()->setStretchLastSection(true);
    m_view->expandAll();
    // The groups are rebuilt on every change in the list; keep them open.
    connect(m_model, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (const Id id = index.siblingAtColumn(0).data(RhythmModel::IdRole).toLongLong())
            emit employeeActivated(id);
        else
            m_view->setExpanded(index.siblingAtColumn(0), !m_view->isExpanded(index.siblingAtColumn(0)));
    });
}

} // namespace dialoog
