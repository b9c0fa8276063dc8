#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace dialoog {

class ConversationDocument;

// Paste Response: takes the employee's reply to the report as it came, leaves out the
// greeting, quoted or forwarded original and signature (as Paste Answers does), shows
// what will be saved, and on Save makes it the employee's response, as one undo step.
class PasteResponseDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasteResponseDialog)

public:
    explicit PasteResponseDialog(ConversationDocument &document, QWidget *parent = nullptr);

    QString response() const { return m_cleaned; }
    bool save();

private:
    void clean();

    ConversationDocument &m_document;
    QString m_cleaned;
    QPlainTextEdit *m_paste;
    QPlainTextEdit *m_preview;
    QLabel *m_note;
    QPushButton *m_save;
};

} // namespace dialoog
