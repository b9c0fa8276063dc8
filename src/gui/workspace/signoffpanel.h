#pragma once

#include <QWidget>

class QLabel;
class QMenu;
class QPlainTextEdit;
class QPushButton;

namespace dialoog {

class ConversationDocument;

// The wrap-up page's "Report to the employee": where the report stands (draft, sent,
// seen, agreed, disputed, with the date), the employee's response, and the buttons to
// send the report, paste the reply and record the answer. Marking seen, agreed or
// disputed is one undo step; sending and pasting are asked of the window.
class SignOffPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignOffPanel)

public:
    // `document` may be null, for a window made ready before its conversation: bind().
    explicit SignOffPanel(ConversationDocument *document, QWidget *parent = nullptr);
    void bind(ConversationDocument &document) { m_document = &document; }

    QLabel *stateLabel() const { return m_state; }
    QPlainTextEdit *responseView() const { return m_response; }
    QPushButton *sendButton() const { return m_send; }
    QPushButton *pasteButton() const { return m_paste; }
    QPushButton *answerButton() const { return m_answer; }
    QMenu *answerMenu() const { return m_answerMenu; }

    void refresh();

signals:
    void sendRequested();
    void pasteResponseRequested();

private:
    ConversationDocument *m_document;
    QLabel *m_state;
    QLabel *m_responseLabel;
    QPlainTextEdit *m_response;
    QPushButton *m_send;
    QPushButton *m_paste;
    QPushButton *m_answer;
    QMenu *m_answerMenu;
};

} // namespace dialoog
