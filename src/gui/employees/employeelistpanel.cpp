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

    m_view->setModel(m_proxy);
    // Kerning and ligatures are cosmetic in Latin text and are left out here (scripts that
    // need shaping still get it): text shaping of the rows was a quarter of the start-up.
    QFont font = m_view->font();
    font.setStyleStrategy(QFont::PreferNoShaping);
    m_view->setFont(font);
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
    last = last < 0 ? m_model->rowCount() - 1 : std::min(last, m_model->rowCount() - 1);
    for (int row = first; row <= last; ++row) {
        const QModelIndex index = m_model->index(row, EmployeeListModel::NameColumn);
        TextWidths &widths = index.data(EmployeeListModel::ArchivedRole).toBool() ? slanted : plain;
        const bool marked = index.data(EmployeeListModel::SignalCountRole).toInt() > 0;
        widest = std::max(widest, widths.width(index.data().toString()) + (marked ? mark : 0));
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
    for (int row = 0; row < m_model->rowCount(); ++row)
        team = std::max(
            team,
            widths.width(m_model->index(row, EmployeeListModel::TeamColumn).data().toString()));
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
    if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    emit currentChanged(currentId());
}

void EmployeeListPanel::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

} // namespace dialoog
