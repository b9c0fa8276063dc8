#pragma once

#include "core/employeeoverview.h"
#include "gui/rhythm/rhythmtexts.h"
#include "services/settings.h"

#include <QAbstractTableModel>
#include <QCollator>
#include <QDate>
#include <vector>

namespace dialoog {

class EmployeeDirectory;

// The employees as a table: who, their team, the last and next conversation (with the
// rhythm's marker: overdue, due soon, never held; see Rhythm), the next check-in (planned,
// else due; with the check-in rhythm's mark, see CheckInRhythm) and their open action items;
// a person with early signals of falling energy has the signal mark by their name.
// Archived people stay in the model (EmployeeFilterModel hides them).
// At start-up (EmployeeDirectory::deferWholeList) it reads everyone but the conversations
// of only the first rows by name, more than fit on the screen; the other rows say nothing
// about their conversations ("…") until the whole list arrives (wholeListLoaded).
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
        CheckInColumn,
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
    // What the date columns say of a row whose conversations are not read yet.
    static QString loadingText();
    // How many people the list reads first: more rows than fit on the screen, one line of
    // text each, with a margin for a first scroll.
    static int firstRowsWanted();

    // Without QAbstractTableModel's two virtual calls per index: sorting 5,000 names makes
    // two indexes per comparison, before the first paint.
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setToday(const QDate &today);
    QDate today() const { return m_today; }
    // The check-in rhythm of those whose own is "default" (Preferences).
    void setDefaultCheckInWeeks(int weeks);
    int defaultCheckInWeeks() const { return m_checkInWeeks; }
    // Every row, those not read yet (isLoaded) holding the person alone.
    const std::vector<EmployeeOverview> &rows() const { return m_rows; }
    void setRows(std::vector<EmployeeOverview> rows);
    // Whether every row says where the person's conversations stand (the counts, the
    // rhythm view and the overdue link need everyone).
    bool isComplete() const { return m_pending == 0; }
    bool isLoaded(int row) const { return m_loaded[std::size_t(row)]; }
    // What the name column shows of a row, as data() does.
    static QString nameText(const EmployeeOverview &row);
    // The name column's order (locale-aware, ignoring case), computed once per person.
    const QCollatorSortKey &nameKey(int row) const { return m_keys[std::size_t(row)]; }
    const Employee *employee(Id id) const;
    // Null for someone unknown, or whose row is not read yet.
    const EmployeeOverview *overview(Id id) const;
    QModelIndex indexOf(Id id) const;
    QStringList teams() const;
    int activeCount() const;
    int overdueCount() const;

    // Keeps the model in step with the store after a change.
    void upsert(const EmployeeOverview &row);
    void upsertEmployee(const Employee &employee);
    void remove(Id id);

signals:
    // The rows not read at first have arrived: the list is complete.
    void wholeListLoaded();

private:
    void startWithRowsInView(EmployeeDirectory &directory);
    QCollatorSortKey keyOf(const EmployeeOverview &row) const;
    void setRow(std::size_t at, EmployeeOverview row);
    QVariant pendingData(int column, int role) const;
    int rowOf(Id id) const;
    QVariant display(const EmployeeOverview &row, int column) const;
    RhythmState checkInState(const EmployeeOverview &row) const;
    QVariant sortValue(const EmployeeOverview &row, int column, const RhythmState &state,
                       const RhythmState &checkIn) const;
    void allRowsChanged();
    QVariant signalData(const EmployeeOverview &row, int role) const;

    std::vector<EmployeeOverview> m_rows;
    std::vector<bool> m_loaded;           // per row: its conversations are read
    std::vector<QCollatorSortKey> m_keys; // per row: the name column's sort key
    int m_pending = 0;                    // rows not read yet
    QCollator m_collator;
    QDate m_today = QDate::currentDate();
    int m_checkInWeeks = Settings::defaultCheckIn;
    RhythmIcons m_icons;
};

} // namespace dialoog
