#include "gui/search/searchpanel.h"

#include "gui/search/searchhitdelegate.h"
#include "gui/search/searchresultsmodel.h"
#include "gui/widgets/clearbutton.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTimer>
#include <QVBoxLayout>

namespace dialoog {

namespace {
// Long enough to skip the searches a fast typist never reads, short enough to feel instant.
constexpr int typingPauseMs = 120;
} // namespace

SearchPanel::SearchPanel(SearchService &search, QWidget *parent)
    : QWidget(parent), m_model(new SearchResultsModel(search, this)), m_edit(new QLineEdit(this)),
      m_view(new QListView(this)), m_status(new QLabel(this)), m_delay(new QTimer(this))
{
    m_edit->setPlaceholderText(tr("Search notes, answers, goals…"));
    addClearButtonWhenTyped(m_edit);
    m_edit->setAccessibleName(tr("Search everything"));
    m_edit->installEventFilter(this);

    m_view->setModel(m_model);
    m_view->setItemDelegate(new SearchHitDelegate(m_view));
    m_view->setUniformItemSizes(false);
    m_view->setWordWrap(true);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAccessibleName(tr("Search results"));
    m_view->installEventFilter(this);

    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Search status"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_edit);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);

    m_delay->setSingleShot(true);
    m_delay->setInterval(typingPauseMs);
    connect(m_delay, &QTimer::timeout, this, &SearchPanel::searchNow);
    connect(m_edit, &QLineEdit::textChanged, m_delay, qOverload<>(&QTimer::start));
    connect(m_edit, &QLineEdit::returnPressed, this, [this] {
        searchNow();
        if (m_model->rowCount() > 0)
            activate(m_view->currentIndex().isValid() ? m_view->currentIndex() : m_model->index(0));
    });
    connect(m_view, &QListView::activated, this, &SearchPanel::activate);
    connect(m_model, &SearchResultsModel::failed, m_status, &QLabel::setText);
    updateStatus();
}

void SearchPanel::focusSearch()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void SearchPanel::searchNow()
{
    m_delay->stop();
    if (m_edit->text() == m_model->typed() && !m_edit->text().isEmpty())
        return;
    if (m_model->search(m_edit->text())) {
        if (m_model->rowCount() > 0)
            m_view->setCurrentIndex(m_model->index(0));
        updateStatus();
    }
}

QString SearchPanel::statusText() const
{
    return m_status->text();
}

void SearchPanel::updateStatus()
{
    const int count = m_model->rowCount();
    if (m_model->typed().trimmed().isEmpty())
        m_status->setText(tr("Type a word or the start of one. Accents don't matter."));
    else if (count == 0)
        m_status->setText(tr("Nothing found for “%1”.").arg(m_model->typed().trimmed()));
    else if (m_model->isTruncated())
        m_status->setText(tr("The newest %1 results; type more to narrow them down.").arg(count));
    else if (count == 1)
        m_status->setText(tr("1 result. Enter opens it."));
    else
        m_status->setText(tr("%1 results, newest first. Enter opens one.").arg(count));
}

void SearchPanel::activate(const QModelIndex &index)
{
    if (index.isValid())
        emit hitActivated(m_model->hit(index.row()));
}

bool SearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    // Up and down walk the hits while typing goes on in the box.
    if (watched == m_edit && (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) &&
        m_model->rowCount() > 0) {
        searchNow();
        const int row = m_view->currentIndex().row() + (key->key() == Qt::Key_Down ? 1 : -1);
        m_view->setCurrentIndex(m_model->index(std::clamp(row, 0, m_model->rowCount() - 1)));
        return true;
    }
    if (watched == m_view && key->key() == Qt::Key_Return) {
        activate(m_view->currentIndex());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace dialoog
