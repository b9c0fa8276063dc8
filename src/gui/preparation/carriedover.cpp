#include "gui/preparation/carriedover.h"

#include "gui/employees/itemtables.h"
#include "services/conversationdocument.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <array>

namespace dialoog {

InboxSection::InboxSection(ConversationDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_inbox =
        compactTable(this, {tr("Note for next time"), tr("Written")}, tr("Notes since last time"));
    m_inbox->setObjectName(QStringLiteral("inbox"));
    auto *keep = new QPushButton(tr("&Move to notes"), this);
    keep->setToolTip(tr("Done: the note becomes one of this conversation's notes"));
    auto *dismiss = new QPushButton(tr("D&ismiss"), this);
    dismiss->setToolTip(
        tr("Done: the note leaves the inbox and is not kept with this conversation"));
    keep->setObjectName(QStringLiteral("inboxKeep"));
    dismiss->setObjectName(QStringLiteral("inboxDismiss"));
    connect(keep, &QPushButton::clicked, this, [this] { settle(true); });
    connect(dismiss, &QPushButton::clicked, this, [this] { settle(false); });
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("The selected note:"), this));
    row->addWidget(keep);
    row->addWidget(dismiss);
    row->addStretch();
    layout->addWidget(m_inbox);
    layout->addLayout(row);
}

void InboxSection::settle(bool keep)
{
    QTreeWidgetItem *item = m_inbox->currentItem();
    if (!item || !item->data(0, Qt::UserRole).isValid())
        return;
    const int index = item->data(0, Qt::UserRole).toInt();
    m_document->settleInboxNote(index, keep);
}

void InboxSection::refresh()
{
    const std::vector<InboxNote> &inbox = m_document->record().inbox;
    if (!m_shown.changed(inbox))
        return;
    const QLocale locale;
    m_inbox->clear();
    for (std::size_t i = 0; i < inbox.size(); ++i) {
        const InboxNote &note = inbox[i];
        if (note.done)
            continue;
        auto *item = new QTreeWidgetItem(
            m_inbox, {note.text, locale.toString(note.createdAt.date(), QLocale::ShortFormat)});
        item->setData(0, Qt::UserRole, int(i));
        item->setToolTip(0, note.text);
    }
    if (m_inbox->topLevelItemCount() > 0)
        m_inbox->setCurrentItem(m_inbox->topLevelItem(0));
    m_inbox->setEnabled(m_inbox->topLevelItemCount() > 0);
    if (m_inbox->topLevelItemCount() == 0)
        new QTreeWidgetItem(m_inbox, {tr("Nothing noted since last time.")});
}

EarlierActionsSection::EarlierActionsSection(ConversationDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_earlier =
        compactTable(this, {tr("Action item"), tr("Owner"), tr("Due"), tr("Status"), tr("From")},
                     tr("Open items from earlier conversations"));
    m_earlier->setObjectName(QStringLiteral("earlierActions"));
    auto *row = new QHBoxLayout;
    const std::array<std::pair<QString, ActionStatus>, 3> choices = {
        {{tr("&Done"), ActionStatus::Done},
         {tr("Still o&pen"), ActionStatus::Open},
         {tr("Dr&opped"), ActionStatus::Dropped}}};
    row->addWidget(new QLabel(tr("Mark the selected item:"), this));
    for (const auto &[text, status] : choices) {
        auto *button = new QPushButton(text, this);
        connect(button, &QPushButton::clicked, this,
                [this, status = status] { setStatus(status); });
        row->addWidget(button);
    }
    row->addStretch();
    layout->addWidget(m_earlier);
    layout->addLayout(row);
}

void EarlierActionsSection::setStatus(ActionStatus status)
{
    const int index = m_earlier->indexOfTopLevelItem(m_earlier->currentItem());
    if (index < 0)
        return;
    m_document->setEarlierActionStatus(index, status);
}

void EarlierActionsSection::refresh()
{
    const ConversationRecord &r = m_document->record();
    if (!m_shown.changed(r.earlierActions, r.otherConversations))
        return;
    showActionItems(m_earlier, r.earlierActions);
    const QLocale locale;
    for (int i = 0; i < m_earlier->topLevelItemCount() && i < int(r.earlierActions.size()); ++i) {
        const ItemHistory history =
            itemHistory(r.earlierActions[std::size_t(i)], r.otherConversations);
        QTreeWidgetItem *row = m_earlier->topLevelItem(i);
        row->setText(4, history.createdIn.isValid()
                            ? locale.toString(history.createdIn, QLocale::ShortFormat)
                            : QString());
        const QString text = historyText(history);
        for (int column = 0; column < m_earlier->columnCount(); ++column)
            row->setToolTip(column, text);
        row->setData(0, Qt::AccessibleDescriptionRole, text);
    }
}

QString EarlierActionsSection::historyText(const ItemHistory &history)
{
    const QLocale locale;
    const auto day = [&locale](const QDate &d) -> QString {
        return locale.toString(d, QLocale::LongFormat);
    };
    QStringList lines;
    lines << (history.createdIn.isValid()
                  ? tr("Made in the conversation of %1.").arg(day(history.createdIn))
                  : tr("Made in a conversation without a date."));
    QStringList carried;
    for (const QDate &d : history.carriedInto)
        carried << day(d);
    if (!carried.isEmpty())
        lines << tr("Carried over into the conversation of %1.").arg(carried.join(tr(", ")));
    if (history.closedIn.isValid())
        lines << tr("Closed in the conversation of %1.").arg(day(history.closedIn));
    return lines.join(QLatin1Char('\n'));
}

} // namespace dialoog
