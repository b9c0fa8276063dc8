#include "gui/rhythm/rhythmmodel.h"

#include "core/signoff.h"
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
    // most saves (a note typed) change nobody's rhythm. Until the whole list is read the
    // groups stay empty: they need everyone (the view says so, RhythmPanel).
    RhythmGroups groups;
    CheckInGroups checkIns;
    if (m_source->isComplete()) {
        groups = Rhythm::group(m_source->rows(), m_source->today());
        checkIns = CheckInRhythm::group(m_source->rows(), m_source->defaultCheckInWeeks(),
                                        m_source->today());
    }
    if (groups == m_groups && checkIns == m_checkIns)
        return;
    beginResetModel();
    m_groups = std::move(groups);
    m_checkIns = std::move(checkIns);
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
    case AwaitingAnswerGroup:
        return m_groups.awaitingAnswer;
    case PlannedGroup:
        return m_groups.planned;
    case CheckInOverdueGroup:
        return m_checkIns.overdue;
    case CheckInDueSoonGroup:
        return m_checkIns.dueSoon;
    default:
        return m_checkIns.planned;
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
    case AwaitingAnswerGroup:
        return tr("Report sent over %1 days ago, no answer (%2)")
            .arg(SignOffRules::answerExpectedDays)
            .arg(count);
    case PlannedGroup:
        return tr("Planned (%1)").arg(count);
    case CheckInOverdueGroup:
        return tr("Check-in overdue (%1)").arg(count);
    case CheckInDueSoonGroup:
        return tr("Check-in due within %1 days (%2)").arg(CheckInRhythm::dueSoonDays).arg(count);
    default:
        return tr("Check-ins planned (%1)").arg(count);
    }
}

namespace {
bool isCheckIn(RhythmModel::Group group)
{
    return group >= RhythmModel::CheckInOverdueGroup;
}
} // namespace

// What the second column says: the planned date in a planned group, else the marker (and
// the planned date when there is one).
QString RhythmModel::whenText(Group group, const EmployeeOverview &row,
                              const RhythmState &state) const
{
    const QLocale locale;
    const QString planned = locale.toString(state.plannedDate, QLocale::ShortFormat);
    if (group == PlannedGroup || group == CheckInPlannedGroup)
        return planned;
    if (group == NeverHeldGroup)
        return row.nextPlanned.isValid() ? tr("planned %1").arg(planned) : tr("not planned");
    return state.plannedDate.isValid()
               ? tr("%1 · planned %2").arg(RhythmTexts::marker(state), planned)
               : RhythmTexts::marker(state);
}

QVariant RhythmModel::personData(Group group, const EmployeeOverview &row, int column,
                                 int role) const
{
    const int checkInWeeks = m_source->defaultCheckInWeeks();
    const RhythmState state = isCheckIn(group)
                                  ? CheckInRhythm::stateOf(row, checkInWeeks, m_source->today())
                                  : Rhythm::stateOf(row, m_source->today());
    const bool planned = group == PlannedGroup || group == CheckInPlannedGroup;
    if (role == IdRole)
        return row.employee.id;
    if (group == AwaitingAnswerGroup)
        return awaitingData(row, column, role);
    if (role == Qt::DisplayRole)
        return column == NameColumn ? row.employee.name : whenText(group, row, state);
    if (role == Qt::ToolTipRole && column == WhenColumn) {
        if (planned)
            return QLocale().toString(state.plannedDate, QLocale::LongFormat);
        return isCheckIn(group) ? RhythmTexts::checkInExplanation(
                                      state, CheckInRhythm::weeksFor(row.employee, checkInWeeks))
                                : RhythmTexts::explanation(state, row.employee.rhythmWeeks);
    }
    if (column == NameColumn && !row.employee.archived && !row.energySignals.empty()) {
        if (role == Qt::DecorationRole)
            return SignalMark::icon();
        if (role == Qt::ToolTipRole)
            return SignalMark::toolTip(row.energySignals);
        if (role == Qt::AccessibleTextRole)
            return SignalMark::accessibleName(row.employee.name, row.energySignals);
    }
    if (role == Qt::DecorationRole && column == WhenColumn && !planned)
        return m_icons(state);
    return {};
}

QVariant RhythmModel::awaitingData(const EmployeeOverview &row, int column, int role) const
{
    const QLocale locale;
    if (role == Qt::DisplayRole)
        return column == NameColumn
                   ? row.employee.name
                   : tr("sent %1").arg(locale.toString(row.reportSentOn, QLocale::ShortFormat));
    if (role == Qt::ToolTipRole && column == WhenColumn)
        return tr("The report went to %1 on %2, and no answer has come back. Ask whether they "
                  "have read it.")
            .arg(row.employee.name, locale.toString(row.reportSentOn, QLocale::LongFormat));
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
