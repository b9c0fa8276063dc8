#pragma once

#include "core/rhythm.h"
#include "gui/rhythm/rhythmtexts.h"

#include <QAbstractItemModel>

namespace dialoog {

class EmployeeListModel;

// The rhythm view as a two-level tree: the groups (overdue, due within 14 days, never
// held, planned, reports awaiting the employee's answer; then the check-ins: overdue, due
// within 3 days, planned) and the people in each, from the employee list's rows, its day and
// its default check-in rhythm. Follows the list model: every change there rebuilds the groups.
class RhythmModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RhythmModel)

public:
    enum Group
    {
        OverdueGroup,
        DueSoonGroup,
        NeverHeldGroup,
        PlannedGroup,
        AwaitingAnswerGroup, // reports sent more than 14 days ago, no answer
        CheckInOverdueGroup,
        CheckInDueSoonGroup,
        CheckInPlannedGroup,
        GroupCount
    };
    enum Column
    {
        NameColumn,
        WhenColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1
    };

    explicit RhythmModel(EmployeeListModel *source, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const std::vector<EmployeeOverview> &members(Group group) const;
    QModelIndex groupIndex(Group group) const { return index(int(group), 0); }

private:
    void rebuild();
    QString groupTitle(Group group) const;
    QVariant personData(Group group, const EmployeeOverview &row, int column, int role) const;
    QVariant awaitingData(const EmployeeOverview &row, int column, int role) const;
    QString whenText(Group group, const EmployeeOverview &row, const RhythmState &state) const;

    EmployeeListModel *m_source;
    RhythmGroups m_groups;
    CheckInGroups m_checkIns;
    RhythmIcons m_icons;
};

} // namespace dialoog
