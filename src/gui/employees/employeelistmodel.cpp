#include "gui/employees/employeelistmodel.h"

#include "gui/rhythm/rhythmtexts.h"
#include "gui/wellbeing/signalmark.h"
#include "services/employeedirectory.h"

#include <QApplication>
#include <QFont>
#include <QLocale>
#include <QPalette>
#include <QStyle>
#include <algorithm>

namespace dialoog {

EmployeeListModel::EmployeeListModel(QObject *parent) : QAbstractTableModel(parent) {}

EmployeeListModel::EmployeeListModel(EmployeeDirectory &directory, QObject *parent)
    : QAbstractTableModel(parent)
{
    connect(&directory, &EmployeeDirectory::listReset, this, &EmployeeListModel::setRows);
    connect(&directory, &EmployeeDirectory::rowChanged, this, &EmployeeListModel::upsert);
    connect(&directory, &EmployeeDirectory::employeeWritten, this,
            &EmployeeListModel::upsertEmployee);
    connect(&directory, &EmployeeDirectory::employeeRemoved, this, &EmployeeListModel::remove);
    directory.reload();
}

int EmployeeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EmployeeListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EmployeeListModel::display(const EmployeeOverview &row, int column) const
{
    const Employee &e = row.employee;
    const QLocale locale;
    switch (column) {
    case NameColumn:
        return e.archived ? tr("%1 (archived)").arg(e.name) : e.name;
    case RoleColumn:
        return e.role;
    case TeamColumn:
        return e.team;
    case LastColumn:
        return row.lastHeld.isValid() ? locale.toString(row.lastHeld, QLocale::ShortFormat)
                                      : neverText();
    case NextColumn: {
        // The rhythm's marker when it has one (the planned date is then in the tooltip).
        const QString marker = RhythmTexts::marker(Rhythm::stateOf(row, m_today));
        if (!marker.isEmpty() && !(row.nextPlanned.isValid() && !row.lastHeld.isValid()))
            return marker;
        return row.nextPlanned.isValid() ? locale.toString(row.nextPlanned, QLocale::ShortFormat)
                                         : QString();
    }
    case OpenActionsColumn:
        return row.openActions == 0 ? QVariant() : QVariant(row.openActions);
    }
    return {};
}

QString EmployeeListModel::neverText()
{
    return tr("never");
}

namespace {

// The rhythm explained on the next-conversation column, the count on its own, else the person.
QString toolTip(const EmployeeOverview &row, const RhythmState &state, int column)
{
    const Employee &e = row.employee;
    const QString rhythm = RhythmTexts::explanation(state, e.rhythmWeeks);
    if (column == EmployeeListModel::NextColumn && !rhythm.isEmpty())
        return row.nextPlanned.isValid()
                   ? EmployeeListModel::tr("%1 Planned: %2.")
                         .arg(rhythm, QLocale().toString(row.nextPlanned, QLocale::LongFormat))
                   : rhythm;
    if (column == EmployeeListModel::OpenActionsColumn)
        return EmployeeListModel::tr("Open action items: %1").arg(row.openActions);
    // The whole team, for when a narrow pane elides it.
    if (column == EmployeeListModel::TeamColumn && !e.team.isEmpty())
        return EmployeeListModel::tr("Team: %1").arg(e.team);
    return e.email.isEmpty() ? e.name : EmployeeListModel::tr("%1 <%2>").arg(e.name, e.email);
}

} // namespace

// The signal mark by the name, and its words for the tooltip and a screen reader.
QVariant EmployeeListModel::signalData(const EmployeeOverview &row, int role) const
{
    switch (role) {
    case Qt::DecorationRole:
        return SignalMark::icon();
    case Qt::ToolTipRole:
        return toolTip(row, Rhythm::stateOf(row, m_today), NameColumn) + QLatin1Char('\n') +
               SignalMark::toolTip(row.energySignals);
    case Qt::AccessibleTextRole:
        return SignalMark::accessibleName(display(row, NameColumn).toString(), row.energySignals);
    }
    return {};
}

QVariant EmployeeListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EmployeeOverview &row = m_rows[std::size_t(index.row())];
    const Employee &e = row.employee;
    const RhythmState state = Rhythm::stateOf(row, m_today);
    const bool overdue = state.status == RhythmState::Status::Overdue;
    if (index.column() == NameColumn && !e.archived && !row.energySignals.empty()) {
        if (QVariant mark = signalData(row, role); mark.isValid())
            return mark;
    }
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        return toolTip(row, state, index.column());
    case SignalCountRole:
        return e.archived ? 0 : int(row.energySignals.size());
    case Qt::DecorationRole:
        if (index.column() == NextColumn) {
            if (const QIcon icon = m_icons(state); !icon.isNull())
                return icon;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == OpenActionsColumn)
            return QVariant::fromValue(Qt::AlignCenter);
        break;
    case Qt::FontRole:
        if (e.archived || (overdue && index.column() == NextColumn)) {
            QFont font;
            font.setItalic(e.archived);
            font.setBold(!e.archived);
            return font;
        }
        break;
    case Qt::ForegroundRole:
        if (e.archived)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        break;
    case SortRole:
        switch (index.column()) {
        case LastColumn:
            return row.lastHeld;
        case NextColumn:
            return overdue ? state.dueDate : row.nextPlanned;
        case OpenActionsColumn:
            return row.openActions;
        default:
            return display(row, index.column());
        }
    case IdRole:
        return e.id;
    case ArchivedRole:
        return e.archived;
    case OverdueRole:
        return overdue;
    case RhythmStatusRole:
        return int(state.status);
    }
    return {};
}

QVariant EmployeeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == OpenActionsColumn)
        return tr("Open action items");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case TeamColumn:
        return tr("Team");
    case LastColumn:
        return tr("Last");
    case NextColumn:
        return tr("Next");
    case OpenActionsColumn:
        return tr("Open");
    }
    return {};
}

void EmployeeListModel::setToday(const QDate &today)
{
    m_today = today;
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void EmployeeListModel::setRows(std::vector<EmployeeOverview> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int EmployeeListModel::rowOf(Id id) const
{
    const auto it = std::find_if(m_rows.begin(), m_rows.end(),
                                 [id](const EmployeeOverview &r) { return r.employee.id == id; });
    return it == m_rows.end() ? -1 : int(it - m_rows.begin());
}

const Employee *EmployeeListModel::employee(Id id) const
{
    const EmployeeOverview *row = overview(id);
    return row ? &row->employee : nullptr;
}

const EmployeeOverview *EmployeeListModel::overview(Id id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_rows[std::size_t(row)];
}

QModelIndex EmployeeListModel::indexOf(Id id) const
{
    const int row = rowOf(id);
    return row < 0 ? QModelIndex() : index(row, NameColumn);
}

QStringList EmployeeListModel::teams() const
{
    QStringList teams;
    for (const EmployeeOverview &r : m_rows) {
        if (!r.employee.team.isEmpty() && !teams.contains(r.employee.team))
            teams << r.employee.team;
    }
    teams.sort(Qt::CaseInsensitive);
    return teams;
}

int EmployeeListModel::activeCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(),
                             [](const EmployeeOverview &r) { return !r.employee.archived; }));
}

int EmployeeListModel::overdueCount() const
{
    return Rhythm::overdueCount(m_rows, m_today);
}

void EmployeeListModel::upsert(const EmployeeOverview &overview)
{
    if (const int row = rowOf(overview.employee.id); row >= 0) {
        // Every autosave refreshes its person's row; what listens needs to hear only of a change.
        if (m_rows[std::size_t(row)] == overview)
            return;
        m_rows[std::size_t(row)] = overview;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_rows.push_back(overview);
    endInsertRows();
}

void EmployeeListModel::upsertEmployee(const Employee &employee)
{
    EmployeeOverview row = overview(employee.id) ? *overview(employee.id) : EmployeeOverview{};
    row.employee = employee;
    upsert(row);
}

void EmployeeListModel::remove(Id id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.erase(m_rows.begin() + row);
    endRemoveRows();
}

} // namespace dialoog
