#pragma once

#include "core/employee.h"

#include <QAbstractTableModel>

#include <vector>

namespace dialoog {

// The employees as a table: name, role, team. Archived people stay in the model
// (EmployeeFilterModel hides them) so that un-archiving is instant.
class EmployeeListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmployeeListModel)

public:
    enum Column { NameColumn, RoleColumn, TeamColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, ArchivedRole };

    explicit EmployeeListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setEmployees(std::vector<Employee> employees);
    const Employee *employee(Id id) const;
    QModelIndex indexOf(Id id) const;
    QStringList teams() const;
    int activeCount() const;

    // Keeps the model in step with the store after a change.
    void upsert(const Employee &employee);
    void remove(Id id);

private:
    int rowOf(Id id) const;

    std::vector<Employee> m_employees;
};

} // namespace dialoog
