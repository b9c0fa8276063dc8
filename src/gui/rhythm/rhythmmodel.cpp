#include "gui/rhythm/rhythmmodel.h"

#include "gui/employees/employeelistmodel.h"
#include "gui/rhythm/rhythmtexts.h"
#include "gui/wellbeing/signalmark.h"

#include <QFont>
#include <QLocale>

namespace dialoog {
namespace {
// Internal ids: groups carry 0, people carry their group + 1.
constexpr quintptr groupId = 0;
} // namespace

RhythmModel::RhythmModel(EmployeeListModel *source, QObject *parent)
    : QAbstractItemModel(parent), m_source(source)
{
    connect(source, &QAbstractItemModel::modelReset, this, &RhythmModel::rebuild);
    connect(source, &QAbstractItemModel::layoutChanged, this, &RhythmModel::rebuild);
    connect(source, &QAbstractItemModel::dataChanged, this, &RhythmModel::rebuild);
    connect(source, &QAbstractItemModel::rowsInserted, this, &RhythmModel::rebuild);
    connect(source, &QAbstractItemModel::rowsRemoved, this, &RhythmModel::rebuild);
    rebuild();
}

void RhythmModel::rebuild()
{
    // A reset redraws and re-expands the whole view and loses the place scrolled to;
    // most saves (a note typed) change nobody's rhythm.
    RhythmGroups groups = Rhythm::group(m_source->rows(), m_source->today());
    if (groups == m_groups)
        return;
    beginResetModel();
    m_groups = std::move(groups);
    endResetModel();
}

const std::vector<EmployeeOverview> &RhythmModel::members(Group group) const
{
    switch (group) {
    case OverdueGroup:
        return m_groups.overdue;
    case DueSoonGroup:
        return m_groups.dueSoon;
    case NeverHeldGroup:
        return m_groups.neverHeld;
    default:
        return m_groups.planned;
    }
}

QModelIndex RhythmModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, groupId);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex RhythmModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == groupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, groupId);
}

int RhythmModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return GroupCount;
    if (parent.internalId() != groupId || parent.column() != 0)
        return 0;
    return int(members(Group(parent.row())).size());
}

int RhythmModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString RhythmModel::groupTitle(Group group) const
{
    const int count = int(members(group).size());
    switch (group) {
    case OverdueGroup:
        return tr("Overdue (%1)").arg(count);
    case DueSoonGroup:
        return tr("Due within %1 days (%2)").arg(Rhythm::dueSoonDays).arg(count);
    case NeverHeldGroup:
        return tr("Never had a conversation (%1)").arg(count);
    default:
        return tr("Planned (%1)").arg(count);
    }
}

QVariant RhythmModel::personData(Group group, const EmployeeOverview &row, int column,
                                 int role) const
{
    const RhythmState state = Rhythm::stateOf(row, m_source->today());
    const QLocale locale;
    if (role == IdRole)
        return row.employee.id;
    if (role == Qt::DisplayRole) {
        switch (column) {
        case NameColumn:
            return row.employee.name;
        case WhenColumn:
            if (group == PlannedGroup)
                return locale.toString(row.nextPlanned, QLocale::ShortFormat);
            if (group == NeverHeldGroup)
                return row.nextPlanned.isValid()
                           ? tr("planned %1")
                                 .arg(locale.toString(row.nextPlanned, QLocale::ShortFormat))
                           : tr("not planned");
            return row.nextPlanned.isValid()
                       ? tr("%1 · planned %2")
                             .arg(RhythmTexts::marker(state),
                                  locale.toString(row.nextPlanned, QLocale::ShortFormat))
                       : RhythmTexts::marker(state);
        }
    }
    if (column == NameColumn && !row.employee.archived && !row.energySignals.empty()) {
        if (role == Qt::DecorationRole)
            return SignalMark::icon();
        if (role == Qt::ToolTipRole)
            return SignalMark::toolTip(row.energySignals);
        if (role == Qt::AccessibleTextRole)
            return SignalMark::accessibleName(row.employee.name, row.energySignals);
    }
    if (role == Qt::ToolTipRole && column == WhenColumn)
        return group == PlannedGroup ? locale.toString(row.nextPlanned, QLocale::LongFormat)
                                     : RhythmTexts::explanation(state, row.employee.rhythmWeeks);
    if (role == Qt::DecorationRole && column == WhenColumn && group != PlannedGroup)
        return m_icons(state);
    return {};
}

QVariant RhythmModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == groupId) {
        if (index.column() != NameColumn)
            return {};
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return groupTitle(Group(index.row()));
        if (role == Qt::FontRole) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    }
    const Group group = Group(index.internalId() - 1);
    const std::vector<EmployeeOverview> &rows = members(group);
    if (index.row() >= int(rows.size()))
        return {};
    return personData(group, rows[std::size_t(index.row())], index.column(), role);
}

QVariant RhythmModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Employee");
    case WhenColumn:
        return tr("When");
    }
    return {};
}

} // namespace dialoog
