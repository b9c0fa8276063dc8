#pragma once

#include "core/answersplitter.h"
#include "core/preparationrequest.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QTextBrowser;
class QVBoxLayout;

namespace dialoog {

class ConversationDocument;

// Takes a pasted reply to a self-reflection or feedback request, shows how it splits
// per question, and on Save puts it in the reflection (added below what is there) or
// adds it as one feedback item — as one undoable edit.
class PasteAnswersDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasteAnswersDialog)

public:
    PasteAnswersDialog(ConversationDocument &document, PreparationRequest::Kind kind,
                       const QString &managerName, QWidget *parent = nullptr);

    PreparationRequest::Kind kind() const;
    AnswerSplitter::Result result() const { return m_result; }
    bool save();

private:
    void addSourceRows(QVBoxLayout *layout, PreparationRequest::Kind kind);
    void resplit();
    QStringList questions() const;

    ConversationDocument &m_document;
    QString m_managerName;
    AnswerSplitter::Result m_result;
    QRadioButton *m_reflection;
    QRadioButton *m_feedback;
    QLineEdit *m_fromWhom;
    QComboBox *m_relation;
    QPlainTextEdit *m_paste;
    QTextBrowser *m_preview;
    QLabel *m_unplacedLabel;
    QPlainTextEdit *m_unplaced;
    QLabel *m_note;
    QPushButton *m_save;
};

} // namespace dialoog
