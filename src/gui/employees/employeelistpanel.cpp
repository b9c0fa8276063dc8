#include "gui/employees/employeelistpanel.h"

#include "gui/employees/employeefiltermodel.h"
#include "gui/employees/employeelistmodel.h"
#include "gui/rhythm/rhythmtexts.h"
#include "gui/widgets/clearbutton.h"
#include "gui/widgets/textwidths.h"

#include <QDate>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QScrollBar>
#include <QSet>
#include <QStyle>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>
#include <algorithm>

namespace dialoog {

EmployeeListPanel::EmployeeListPanel(EmployeeListModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_proxy(new EmployeeFilterModel(this)),
      m_filter(new QLineEdit(this)), m_view(new QTreeView(this))
{
    m_proxy->setSourceModel(model);
    m_proxy->sort(EmployeeListModel::NameColumn);

    m_filter->setPlaceholderText(tr("Filter by name, role or team"));
    addClearButtonWhenTyped(m_filter);
    m_filter->setAccessibleName(tr("Filter employees"));

    // No kerning or ligatures (cosmetic in Latin; scripts that need shaping keep it): shaping
    // was a quarter of the start-up. Set before the model, so the rows are laid out once.
    QFont font = m_view->font();
    font.setStyleStrategy(QFont::PreferNoShaping);
    m_view->setFont(font);
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    // The indicator first: enabling sorting sorts by it, and a header's default (the first
    // column, descending) cost a second sort of the whole list, an eighth of the start-up
    // with 5,000 people. The proxy, sorted so already, then has nothing to do.
    m_view->header()->setSortIndicator(EmployeeListModel::NameColumn, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAllColumnsShowFocus(true);
    fitDateColumns();
    fitNameColumn();
    // When the pane is narrow the team gives way, never the name.
    m_view->header()->setSectionResizeMode(EmployeeListModel::TeamColumn, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    m_view->setAccessibleName(tr("Employees"));
    // The role is on the employee's page; the list keeps to what tells whom to see next.
    m_view->setColumnHidden(EmployeeListModel::RoleColumn, true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);
    setFocusProxy(m_view);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &EmployeeFilterModel::setSearchText);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { emit currentChanged(currentId()); });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        emit activated(index.data(EmployeeListModel::IdRole).value<Id>());
    });
    // Keep a selection after the list changes, so the details pane is never stale.
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this,
            [this] { emit currentChanged(currentId()); });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] { selectFirstIfNone(); });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] { selectFirstIfNone(); });
    connect(m_proxy, &QAbstractItemModel::dataChanged, this,
            [this] { emit currentChanged(currentId()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { fitNameColumn(); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { fitNameColumn(first, last); });
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                if (topLeft.column() <= EmployeeListModel::NameColumn)
                    fitNameColumn(topLeft.row(), bottomRight.row());
                else
                    emit neededWidthChanged(neededWidth());
            });
}

Id EmployeeListPanel::currentId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(EmployeeListModel::IdRole).value<Id>() : 0;
}

void EmployeeListPanel::select(Id id)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOf(id));
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void EmployeeListPanel::setShowArchived(bool show)
{
    const Id current = currentId();
    m_proxy->setShowArchived(show);
    select(current);
}

// Room a cell needs around its text, and a header around its title and sort arrow.
int EmployeeListPanel::cellMargins() const
{
    return 2 * (m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1) +
           6;
}

int EmployeeListPanel::titleWidth(int column) const
{
    const QHeaderView *header = m_view->header();
    const QStyle *style = m_view->style();
    return QFontMetrics(header->font())
               .horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) +
           style->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header) +
           2 * style->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header) + 4;
}

// The date, marker and count columns hold texts of a known shape: their width follows
// from the widest such text, without measuring rows (which was a fifth of the start-up).
void EmployeeListPanel::fitDateColumns()
{
    QHeaderView *header = m_view->header();
    const QLocale locale;
    const QString date = locale.toString(QDate(2028, 12, 28), QLocale::ShortFormat);
    QFont bold = m_view->font();
    bold.setBold(true); // an overdue marker is bold
    const QFontMetrics plain(m_view->font()), strong(bold);
    const auto fit = [&](int column, int content) {
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        header->resizeSection(column, std::max(content + cellMargins(), titleWidth(column)));
    };
    fit(EmployeeListModel::LastColumn,
        std::max(plain.horizontalAdvance(date), plain.horizontalAdvance(m_model->neverText())));
    int widest = plain.horizontalAdvance(date);
    for (const RhythmState &state :
         {RhythmState{RhythmState::Status::Overdue, {}, 365, {}},
          RhythmState{RhythmState::Status::DueSoon, {}, Rhythm::dueSoonDays, {}},
          RhythmState{RhythmState::Status::DueSoon, {}, 1, {}},
          RhythmState{RhythmState::Status::DueSoon, {}, 0, {}},
          RhythmState{RhythmState::Status::NeverHeld, {}, 0, {}}})
        widest = std::max(widest, strong.horizontalAdvance(RhythmTexts::marker(state)));
    const int icon = m_view->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_view) + 6;
    fit(EmployeeListModel::NextColumn, widest + icon);
    fit(EmployeeListModel::CheckInColumn, strong.horizontalAdvance(date) + icon);
    fit(EmployeeListModel::OpenActionsColumn, plain.horizontalAdvance(QStringLiteral("999")));
}

// Wide enough for the longest name, from font metrics: letting the view measure its
// rows (ResizeToContents) did so on every layout pass, a fifth of the start-up. A name
// made longer widens the column; the user may narrow it again.
void EmployeeListPanel::fitNameColumn(int first, int last)
{
    QHeaderView *header = m_view->header();
    QFont italic = m_view->font();
    italic.setItalic(true); // archived people
    TextWidths plain(m_view->font()), slanted(italic);
    const int margins = cellMargins();
    // Room for the signal mark beside a name that has one.
    const int mark = m_view->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_view) + 6;
    int widest = titleWidth(EmployeeListModel::NameColumn) - margins;
    if (first > 0 || last >= 0)
        widest = std::max(widest, header->sectionSize(EmployeeListModel::NameColumn) - margins);
    // The rows themselves, not data(): a QVariant per row and role was most of the cost
    // with 5,000 people, before the first paint.
    const std::vector<EmployeeOverview> &rows = m_model->rows();
    const int count = int(rows.size());
    last = last < 0 ? count - 1 : std::min(last, count - 1);
    for (int at = first; at <= last; ++at) {
        const EmployeeOverview &row = rows[std::size_t(at)];
        const bool archived = row.employee.archived;
        const bool marked = !archived && !row.energySignals.empty();
        widest =
            std::max(widest, (archived ? slanted : plain).width(EmployeeListModel::nameText(row)) +
                                 (marked ? mark : 0));
    }
    header->resizeSection(EmployeeListModel::NameColumn, widest + margins);
    emit neededWidthChanged(neededWidth());
}

int EmployeeListPanel::neededWidth() const
{
    const QHeaderView *header = m_view->header();
    int width = 2 * m_view->frameWidth() + m_view->verticalScrollBar()->sizeHint().width();
    for (int column = 0; column < header->count(); ++column) {
        if (column != EmployeeListModel::TeamColumn && !header->isSectionHidden(column))
            width += header->sectionSize(column);
    }
    TextWidths widths(m_view->font());
    int team = titleWidth(EmployeeListModel::TeamColumn) - cellMargins();
    // Many people share a team: each team measured once.
    QSet<QString> measured;
    for (const EmployeeOverview &row : m_model->rows()) {
        if (!measured.contains(row.employee.team)) {
            measured.insert(row.employee.team);
            team = std::max(team, widths.width(row.employee.team));
        }
    }
    return width + team + cellMargins();
}

void EmployeeListPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Once the window has its size, so that whoever places the pane can give it room.
    QTimer::singleShot(0, this, [this] { emit neededWidthChanged(neededWidth()); });
}

void EmployeeListPanel::selectAndFocus(Id id)
{
    select(id);
    m_view->setFocus(Qt::OtherFocusReason);
}

void EmployeeListPanel::selectFirstIfNone()
{
    // A new current row tells currentChanged itself (currentRowChanged): told twice, the
    // main window filled the employee's page twice.
    if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    else
        emit currentChanged(currentId());
}

void EmployeeListPanel::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

} // namespace dialoog
