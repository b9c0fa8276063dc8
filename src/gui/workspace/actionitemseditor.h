#pragma once

#include "core/actionitem.h"
#include "gui/workspace/shown.h"

#include <QWidget>
#include <vector>

class QComboBox;
class QLineEdit;
class QTreeWidget;

namespace dialoog {

class OptionalDateEdit;

class ConversationDocument;

// A conversation's own action items: the table (Space ticks one done or open again,
// Delete drops it) and the line that adds one with its owner and due date on Enter.
class ActionItemsEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionItemsEditor)

public:
    // `document` may be null, for a window made ready before its conversation: bind().
    ActionItemsEditor(ConversationDocument *document, QWidget *parent);
    void bind(ConversationDocument &document) { m_document = &document; }

    QLineEdit *input() const { return m_text; }
    QTreeWidget *table() const { return m_actions; }
    void refresh();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void add();

    ConversationDocument *m_document;
    QTreeWidget *m_actions;
    QLineEdit *m_text;
    QComboBox *m_owner;
    OptionalDateEdit *m_due;
    Shown<std::vector<ActionItem>> m_shown;
};

} // namespace dialoog
