#include "gui/employees/employeelistmodel.h"

#include "gui/rhythm/rhythmtexts.h"
#include "gui/wellbeing/signalmark.h"
#include "services/employeedirectory.h"

#include <QApplication>
#include <QFont>
#include <QFontMetrics>
#include <QLocale>
#include <QPalette>
#include <QScreen>
#include <QStyle>
#include <algorithm>
#include <numeric>

namespace dialoog {

EmployeeListModel::EmployeeListModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
}

EmployeeListModel::EmployeeListModel(EmployeeDirectory &directory, QObject *parent)
    : EmployeeListModel(parent)
{
    connect(&directory, &EmployeeDirectory::listReset, this, &EmployeeListModel::setRows);
    connect(&directory, &EmployeeDirectory::rowChanged, this, &EmployeeListModel::upsert);
    connect(&directory, &EmployeeDirectory::employeeWritten, this,
            &EmployeeListModel::upsertEmployee);
    connect(&directory, &EmployeeDirectory::employeeRemoved, this, &EmployeeListModel::remove);
    if (directory.wholeListDeferred())
        startWithRowsInView(directory);
    else
        directory.reload();
}

int EmployeeListModel::firstRowsWanted()
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    const int height = screen ? screen->availableGeometry().height() : 2160;
    return height / std::max(1, QFontMetrics(QApplication::font()).height()) + 20;
}

// Everyone, in the order of the name column, and the conversations of the first
// firstRowsWanted() people the list shows (archived people only when shown, so all of
// them up to there): whichever filter is on, the rows in view are read.
void EmployeeListModel::startWithRowsInView(EmployeeDirectory &directory)
{
    std::vector<EmployeeOverview> rows;
    for (Employee &person : directory.people()) {
        rows.emplace_back();
        rows.back().employee = std::move(person);
    }
    beginResetModel();
    m_rows = std::move(rows);
    m_loaded.assign(m_rows.size(), false);
    m_pending = int(m_rows.size());
    m_keys.clear();
    for (const EmployeeOverview &row : m_rows)
        m_keys.push_back(keyOf(row));
    std::vector<std::size_t> order(m_rows.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(), [this](std::size_t a, std::size_t b) {
        return m_keys[a].compare(m_keys[b]) < 0;
    });
    std::vector<std::size_t> first;
    std::vector<Employee> people;
    const int wanted = firstRowsWanted();
    for (int active = 0; first.size() < order.size() && active < wanted;) {
        const std::size_t at = order[first.size()];
        active += m_rows[at].employee.archived ? 0 : 1;
        first.push_back(at);
        people.push_back(m_rows[at].employee);
    }
    std::vector<EmployeeOverview> read = directory.rowsOf(std::move(people));
    for (std::size_t i = 0; i < read.size() && i < first.size(); ++i)
        setRow(first[i], std::move(read[i]));
    endResetModel();
}

QCollatorSortKey EmployeeListModel::keyOf(const EmployeeOverview &row) const
{
    return m_collator.sortKey(display(row, NameColumn).toString());
}

// Puts a read row in place (loaded), its sort key anew when its name changed.
void EmployeeListModel::setRow(std::size_t at, EmployeeOverview row)
{
    const bool renamed = row.employee.name != m_rows[at].employee.name ||
                         row.employee.archived != m_rows[at].employee.archived;
    m_rows[at] = std::move(row);
    if (renamed)
        m_keys[at] = keyOf(m_rows[at]);
    if (!m_loaded[at]) {
        m_loaded[at] = true;
        --m_pending;
    }
}

QModelIndex EmployeeListModel::index(int row, int column, const QModelIndex &parent) const
{
    const bool inside = !parent.isValid() && row >= 0 && std::size_t(row) < m_rows.size() &&
                        column >= 0 && column < ColumnCount;
    return inside ? createIndex(row, column) : QModelIndex();
}

int EmployeeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EmployeeListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EmployeeListModel::nameText(const EmployeeOverview &row)
{
    return row.employee.archived ? tr("%1 (archived)").arg(row.employee.name) : row.employee.name;
}

QVariant EmployeeListModel::display(const EmployeeOverview &row, int column) const
{
    const Employee &e = row.employee;
    const QLocale locale;
    switch (column) {
    case NameColumn:
        return nameText(row);
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
    case CheckInColumn: {
        // A date, not the marker's words: a second column of those left the list too wide
        // for its pane beside the rhythm view in Dutch. The mark and the bold type say
        // overdue or due soon; the tooltip says it in words.
        const RhythmState state = checkInState(row);
        const QDate when =
            row.nextCheckIn.isValid() || e.archived ? row.nextCheckIn : state.dueDate;
        return when.isValid() ? locale.toString(when, QLocale::ShortFormat) : QString();
    }
    case OpenActionsColumn:
        return row.openActions == 0 ? QVariant() : QVariant(row.openActions);
    }
    return {};
}

RhythmState EmployeeListModel::checkInState(const EmployeeOverview &row) const
{
    return CheckInRhythm::stateOf(row, m_checkInWeeks, m_today);
}

QString EmployeeListModel::neverText()
{
    return tr("never");
}

QString EmployeeListModel::loadingText()
{
    return tr("…");
}

// A row not read yet, in the columns about conversations: nothing rather than something
// wrong (it is out of view, and read a moment after the first paint).
QVariant EmployeeListModel::pendingData(int column, int role) const
{
    if (role == Qt::DisplayRole && (column == LastColumn || column == NextColumn))
        return loadingText();
    if (role == Qt::ToolTipRole)
        return tr("Still being read; shown in a moment.");
    return {};
}

namespace {

// A rhythm's explanation, with the planned date when there is one.
QString withPlanned(const QString &rhythm, const QDate &planned)
{
    return planned.isValid() ? EmployeeListModel::tr("%1 Planned: %2.")
                                   .arg(rhythm, QLocale().toString(planned, QLocale::LongFormat))
                             : rhythm;
}

// The rhythm explained on the next-conversation and check-in columns, the count on its own,
// else the person.
QString toolTip(const EmployeeOverview &row, const RhythmState &state, const RhythmState &checkIn,
                int checkInWeeks, int column)
{
    const Employee &e = row.employee;
    const QString rhythm = RhythmTexts::explanation(state, e.rhythmWeeks);
    if (column == EmployeeListModel::NextColumn && !rhythm.isEmpty())
        return withPlanned(rhythm, row.nextPlanned);
    const QString checkInRhythm = RhythmTexts::checkInExplanation(checkIn, checkInWeeks);
    if (column == EmployeeListModel::CheckInColumn && !checkInRhythm.isEmpty())
        return withPlanned(checkInRhythm, row.nextCheckIn);
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
        return toolTip(row, Rhythm::stateOf(row, m_today), checkInState(row), m_checkInWeeks,
                       NameColumn) +
               QLatin1Char('\n') + SignalMark::toolTip(row.energySignals);
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
    const bool pending = !isLoaded(index.row());
    if (pending && index.column() > TeamColumn &&
        (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == SortRole))
        return pendingData(index.column(), role);
    // Not read yet: on track, so that no marker, icon or bold type says anything.
    const RhythmState state = pending ? RhythmState{} : Rhythm::stateOf(row, m_today);
    const RhythmState checkIn = pending ? RhythmState{} : checkInState(row);
    const bool overdue = state.status == RhythmState::Status::Overdue;
    const bool checkInOverdue = checkIn.status == RhythmState::Status::Overdue;
    const bool marked = index.column() == NameColumn && !e.archived && !row.energySignals.empty();
    if (QVariant mark = marked ? signalData(row, role) : QVariant(); mark.isValid())
        return mark;
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        return toolTip(row, state, checkIn, CheckInRhythm::weeksFor(e, m_checkInWeeks),
                       index.column());
    case SignalCountRole:
        return e.archived ? 0 : int(row.energySignals.size());
    case Qt::DecorationRole:
        if (index.column() == NextColumn || index.column() == CheckInColumn) {
            const QIcon icon = m_icons(index.column() == NextColumn ? state : checkIn);
            if (!icon.isNull())
                return icon;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == OpenActionsColumn)
            return QVariant::fromValue(Qt::AlignCenter);
        break;
    case Qt::FontRole:
        if (e.archived || (overdue && index.column() == NextColumn) ||
            (checkInOverdue && index.column() == CheckInColumn)) {
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
        return sortValue(row, index.column(), state, checkIn);
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

// Dates sort as dates: an overdue one by when it was due, else by when it is planned.
QVariant EmployeeListModel::sortValue(const EmployeeOverview &row, int column,
                                      const RhythmState &state, const RhythmState &checkIn) const
{
    switch (column) {
    case LastColumn:
        return row.lastHeld;
    case NextColumn:
        return state.status == RhythmState::Status::Overdue ? state.dueDate : row.nextPlanned;
    case CheckInColumn:
        return checkIn.status == RhythmState::Status::Overdue ? checkIn.dueDate : row.nextCheckIn;
    case OpenActionsColumn:
        return row.openActions;
    default:
        return display(row, column);
    }
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
    case CheckInColumn:
        return tr("Check-in");
    case OpenActionsColumn:
        return tr("Open");
    }
    return {};
}

void EmployeeListModel::setToday(const QDate &today)
{
    m_today = today;
    allRowsChanged();
}

void EmployeeListModel::setDefaultCheckInWeeks(int weeks)
{
    if (weeks == m_checkInWeeks)
        return;
    m_checkInWeeks = weeks;
    allRowsChanged();
}

void EmployeeListModel::allRowsChanged()
{
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void EmployeeListModel::setRows(std::vector<EmployeeOverview> rows)
{
    const bool wasComplete = isComplete();
    // The list read again after another computer's change, or the whole list after the
    // rows in view, with the same people in the same order: the selection and the scroll
    // position stay where the user left them.
    const bool samePeople = std::equal(rows.begin(), rows.end(), m_rows.begin(), m_rows.end(),
                                       [](const EmployeeOverview &a, const EmployeeOverview &b) {
                                           return a.employee.id == b.employee.id;
                                       });
    if (samePeople && !m_rows.empty()) {
        for (std::size_t i = 0; i < rows.size(); ++i)
            setRow(i, std::move(rows[i]));
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_rows = std::move(rows);
        m_loaded.assign(m_rows.size(), true);
        m_pending = 0;
        m_keys.clear();
        for (const EmployeeOverview &row : m_rows)
            m_keys.push_back(keyOf(row));
        endResetModel();
    }
    if (!wasComplete)
        emit wholeListLoaded();
}

int EmployeeListModel::rowOf(Id id) const
{
    const auto it = std::find_if(m_rows.begin(), m_rows.end(),
                                 [id](const EmployeeOverview &r) { return r.employee.id == id; });
    return it == m_rows.end() ? -1 : int(it - m_rows.begin());
}

const Employee *EmployeeListModel::employee(Id id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_rows[std::size_t(row)].employee;
}

const EmployeeOverview *EmployeeListModel::overview(Id id) const
{
    const int row = rowOf(id);
    return row < 0 || !isLoaded(row) ? nullptr : &m_rows[std::size_t(row)];
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
        if (isLoaded(row) && m_rows[std::size_t(row)] == overview)
            return;
        const bool wasComplete = isComplete();
        setRow(std::size_t(row), overview);
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        if (!wasComplete && isComplete())
            emit wholeListLoaded();
        return;
    }
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_rows.push_back(overview);
    m_loaded.push_back(true);
    m_keys.push_back(keyOf(overview));
    endInsertRows();
}

void EmployeeListModel::upsertEmployee(const Employee &employee)
{
    const int row = rowOf(employee.id);
    if (row >= 0 && !isLoaded(row)) {
        // Edited before the row was read: the person changes, their conversations wait.
        m_rows[std::size_t(row)].employee = employee;
        m_keys[std::size_t(row)] = keyOf(m_rows[std::size_t(row)]);
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    EmployeeOverview updated = row >= 0 ? m_rows[std::size_t(row)] : EmployeeOverview{};
    updated.employee = employee;
    upsert(updated);
}

void EmployeeListModel::remove(Id id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    const bool wasComplete = isComplete();
    beginRemoveRows({}, row, row);
    m_pending -= isLoaded(row) ? 0 : 1;
    m_rows.erase(m_rows.begin() + row);
    m_loaded.erase(m_loaded.begin() + row);
    m_keys.erase(m_keys.begin() + row);
    endRemoveRows();
    if (!wasComplete && isComplete())
        emit wholeListLoaded();
}

} // namespace dialoog
