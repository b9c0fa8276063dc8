#pragma once

#include <QObject>

class QWidget;

namespace dialoog {

class ConversationDocument;
class ConversationOutputs;
class SummaryActions;

// What the wrap-up page's report buttons ask of the window: Send to Employee (choose
// where the employee's copy goes, write it, open the mail draft) and Paste Response.
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

signals:
    // A sentence for the status bar.
    void message(const QString &text);

private:
    ConversationDocument &m_document;
    ConversationOutputs &m_outputs;
    const SummaryActions &m_summary;
    QWidget *m_parent;
};

} // namespace dialoog
