#include "employeelistmodel.h"

#include <QFont>
#include <QPalette>
#include <QGuiApplication>

#include <algorithm>

namespace dialoog {

EmployeeListModel::EmployeeListModel(QObject *parent) : QAbstractTableModel(parent) {}

int EmployeeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_employees.size());
}

int EmployeeListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EmployeeListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Employee &e = m_employees[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case NameColumn: return e.archived ? tr("%1 (archived)").arg(e.name) : e.name;
        case RoleColumn: return e.role;
        case TeamColumn: return e.team;
        }
        break;
    case Qt::ToolTipRole:
        return e.email.isEmpty() ? e.name : tr("%1 <%2>").arg(e.name, e.email);
    case Qt::FontRole:
        if (e.archived) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    case Qt::ForegroundRole:
        if (e.archived)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        break;
    case IdRole: return e.id;
    case ArchivedRole: return e.archived;
    }
    return {};
}

QVariant EmployeeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case RoleColumn: return tr("Role");
    case TeamColumn: return tr("Team");
    }
    return {};
}

void EmployeeListModel::setEmployees(std::vector<Employee> employees)
{
    beginResetModel();
    m_employees = std::move(employees);
    endResetModel();
}

int EmployeeListModel::rowOf(Id id) const
{
    const auto it = std::find_if(m_employees.begin(), m_employees.end(),
                                 [id](const Employee &e) { return e.id == id; });
    return it == m_employees.end() ? -1 : int(it - m_employees.begin());
}

const Employee *EmployeeListModel::employee(Id id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_employees[std::size_t(row)];
}

QModelIndex EmployeeListModel::indexOf(Id id) const
{
    const int row = rowOf(id);
    return row < 0 ? QModelIndex() : index(row, NameColumn);
}

QStringList EmployeeListModel::teams() const
{
    QStringList teams;
    for (const Employee &e : m_employees) {
        if (!e.team.isEmpty() && !teams.contains(e.team))
            teams << e.team;
    }
    teams.sort(Qt::CaseInsensitive);
    return teams;
}

int EmployeeListModel::activeCount() const
{
    return int(std::count_if(m_employees.begin(), m_employees.end(),
                             [](const Employee &e) { return !e.archived; }));
}

void EmployeeListModel::upsert(const Employee &employee)
{
    if (const int row = rowOf(employee.id); row >= 0) {
        m_employees[std::size_t(row)] = employee;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_employees.push_back(employee);
    endInsertRows();
}

void EmployeeListModel::remove(Id id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_employees.erase(m_employees.begin() + row);
    endRemoveRows();
}

} // namespace dialoog
