#pragma once

#include "core/employeeoverview.h"
#include "gui/rhythm/rhythmtexts.h"

#include <QAbstractTableModel>
#include <QDate>
#include <vector>

namespace dialoog {

class EmployeeDirectory;

// The employees as a table: who, their team, the last and next conversation (with the
// rhythm's marker: overdue, due soon, never held; see Rhythm) and their open action items;
// a person with early signals of falling energy has the signal mark by their name.
// Archived people stay in the model (EmployeeFilterModel hides them).
class EmployeeListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmployeeListModel)

public:
    enum Column
    {
        NameColumn,
        RoleColumn,
        TeamColumn,
        LastColumn,
        NextColumn,
        OpenActionsColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        ArchivedRole,
        OverdueRole,
        SortRole,
        RhythmStatusRole,
        SignalCountRole // early signals not put aside (EnergySignals)
    };

    explicit EmployeeListModel(QObject *parent = nullptr);
    // Follows the directory's changes, starting with everyone in it now.
    explicit EmployeeListModel(EmployeeDirectory &directory, QObject *parent = nullptr);
    // What the last-conversation column says of someone never seen.
    static QString neverText();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setToday(const QDate &today);
    QDate today() const { return m_today; }
    const std::vector<EmployeeOverview> &rows() const { return m_rows; }
    void setRows(std::vector<EmployeeOverview> rows);
    const Employee *employee(Id id) const;
    const EmployeeOverview *overview(Id id) const;
    QModelIndex indexOf(Id id) const;
    QStringList teams() const;
    int activeCount() const;
    int overdueCount() const;

    // Keeps the model in step with the store after a change.
    void upsert(const EmployeeOverview &row);
    void upsertEmployee(const Employee &employee);
    void remove(Id id);

private:
    int rowOf(Id id) const;
    QVariant display(const EmployeeOverview &row, int column) const;
    QVariant signalData(const EmployeeOverview &row, int role) const;

    std::vector<EmployeeOverview> m_rows;
    QDate m_today = QDate::currentDate();
    RhythmIcons m_icons;
};

} // namespace dialoog
