#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace dialoog {

class ActionRegistry;
class ConversationDocument;
struct Conversation;
class ConversationOutputs;
class SummaryActions;

// What the wrap-up page's report buttons ask of the window: Send to Employee (choose
// where the employee's copy goes, write it, open the mail draft) and Paste Response. The
// same two are menu actions with shortcuts, so they are found from anywhere in the window.
class SignOffActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignOffActions)

public:
    // `summary` gives the summary options chosen in the Summary menu (language, names).
    SignOffActions(ConversationDocument &document, ConversationOutputs &outputs,
                   const SummaryActions &summary, QWidget *parent);

    // True when the PDF was written and the report marked sent.
    bool sendToEmployee();
    void pasteResponse();
    // Puts both actions at the end of `menu` and in the registry (the shortcut overview).
    void addTo(QMenu *menu, ActionRegistry &registry);

    // What the wrap-up's buttons and the menu's actions both say and allow.
    static QString sendText(const Conversation &c);
    static QString sendTip();
    static QString pasteText();
    static QString pasteTip();
    static bool canPaste(const Conversation &c);

signals:
    // A sentence for the status bar.
    void message(const QString &text);

private:
    // Enabled as the wrap-up's buttons are (SignOffPanel::refresh).
    void updateActions();

    ConversationDocument &m_document;
    ConversationOutputs &m_outputs;
    const SummaryActions &m_summary;
    QWidget *m_parent;
    QAction *m_send;
    QAction *m_paste;
};

} // namespace dialoog
