#include "gui/employees/employeefiltermodel.h"

#include "gui/employees/employeelistmodel.h"

namespace dialoog {

EmployeeFilterModel::EmployeeFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setSortRole(EmployeeListModel::SortRole);
}

void EmployeeFilterModel::setSourceModel(QAbstractItemModel *model)
{
    m_list = qobject_cast<const EmployeeListModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

bool EmployeeFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_list && left.column() == EmployeeListModel::NameColumn &&
        sortRole() == EmployeeListModel::SortRole)
        return m_list->nameKey(left.row()).compare(m_list->nameKey(right.row())) < 0;
    return QSortFilterProxyModel::lessThan(left, right);
}

void EmployeeFilterModel::setShowArchived(bool show)
{
    m_showArchived = show;
    invalidateFilter();
}

void EmployeeFilterModel::setSearchText(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

bool EmployeeFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex first = model->index(sourceRow, 0, sourceParent);
    if (!m_showArchived && model->data(first, EmployeeListModel::ArchivedRole).toBool())
        return false;
    if (m_search.isEmpty())
        return true;
    for (int column = 0; column < EmployeeListModel::ColumnCount; ++column) {
        if (model->data(model->index(sourceRow, column, sourceParent))
                .toString()
                .contains(m_search, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace dialoog
