#pragma once

#include "core/conversationhistory.h"
#include "core/conversationrecord.h"
#include "gui/workspace/shown.h"

#include <QWidget>

class QTreeWidget;

namespace dialoog {

class ConversationDocument;

// What waits for the next conversation of either kind: the notes for next time, each
// moved to this conversation's notes or dismissed.
class InboxSection final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxSection)

public:
    // `document` may be null until bind(), for a page made ready before its conversation.
    InboxSection(ConversationDocument *document, QWidget *parent);
    void bind(ConversationDocument &document) { m_document = &document; }

    QTreeWidget *table() const { return m_inbox; }
    // Shows the record's inbox when it changed.
    void refresh();

private:
    void settle(bool keep);

    ConversationDocument *m_document;
    QTreeWidget *m_inbox;
    Shown<std::vector<InboxNote>> m_shown;
};

// The open action items of earlier conversations, marked done, still open or dropped
// here; each row says where the item was made and carried.
class EarlierActionsSection final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EarlierActionsSection)

public:
    // `document` may be null until bind(), for a page made ready before its conversation.
    EarlierActionsSection(ConversationDocument *document, QWidget *parent);
    void bind(ConversationDocument &document) { m_document = &document; }

    QTreeWidget *table() const { return m_earlier; }
    void refresh();

private:
    void setStatus(ActionStatus status);
    static QString historyText(const ItemHistory &history);

    ConversationDocument *m_document;
    QTreeWidget *m_earlier;
    Shown<std::vector<ActionItem>, std::vector<Conversation>> m_shown;
};

} // namespace dialoog
