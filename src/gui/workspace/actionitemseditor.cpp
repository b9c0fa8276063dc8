#include "gui/workspace/actionitemseditor.h"

#include "gui/employees/itemtables.h"
#include "gui/widgets/optionaldateedit.h"
#include "services/conversationdocument.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTreeWidget>

namespace dialoog {

ActionItemsEditor::ActionItemsEditor(ConversationDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_actions = compactTable(this, {tr("Action item"), tr("Owner"), tr("Due"), tr("Status")},
                             tr("Action items"));
    m_actions->installEventFilter(this);
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("actionInput"));
    m_text->setAccessibleName(tr("New action item"));
    m_text->setPlaceholderText(tr("What will be done — press Enter to add"));
    m_owner = new QComboBox(this);
    for (Owner owner : {Owner::Employee, Owner::Manager, Owner::Other})
        m_owner->addItem(displayName(owner), int(owner));
    m_due = new OptionalDateEdit(tr("no due date"), this);
    m_due->setAccessibleName(tr("Due date of the new action item"));
    m_owner->setAccessibleName(tr("Owner of the new action item"));
    m_due->setDate(QDate::currentDate().addDays(14));
    auto *row = new QHBoxLayout;
    row->addWidget(m_text, 1);
    row->addWidget(m_owner);
    row->addWidget(m_due);
    layout->addWidget(m_actions);
    layout->addLayout(row);
    connect(m_text, &QLineEdit::returnPressed, this, &ActionItemsEditor::add);
}

void ActionItemsEditor::add()
{
    ActionItem item;
    item.text = m_text->text().trimmed();
    item.owner = static_cast<Owner>(m_owner->currentData().toInt());
    item.dueDate = m_due->optionalDate();
    if (m_document->addActionItem(item))
        m_text->clear();
}

bool ActionItemsEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_actions && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        const int index = m_actions->indexOfTopLevelItem(m_actions->currentItem());
        if (index >= 0 && (key == Qt::Key_Space || key == Qt::Key_Delete)) {
            // Space ticks an item done (or open again); Delete drops it.
            const ActionItem &item = m_document->record().actionItems[std::size_t(index)];
            const ActionStatus status = key == Qt::Key_Delete               ? ActionStatus::Dropped
                                        : item.status == ActionStatus::Done ? ActionStatus::Open
                                                                            : ActionStatus::Done;
            m_document->setActionStatus(index, status);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ActionItemsEditor::refresh()
{
    const std::vector<ActionItem> &items = m_document->record().actionItems;
    if (m_shown.changed(items)) {
        showActionItems(m_actions, items);
        m_actions->setVisible(!items.empty());
    }
}

} // namespace dialoog
