#include "gui/workspace/pasteresponsedialog.h"

#include "core/answersplitter.h"
#include "gui/platform/textfit.h"
#include "services/conversationdocument.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dialoog {

PasteResponseDialog::PasteResponseDialog(ConversationDocument &document, QWidget *parent)
    : QDialog(parent), m_document(document), m_paste(new QPlainTextEdit(this)),
      m_preview(new QPlainTextEdit(this)), m_note(new QLabel(this))
{
    setWindowTitle(tr("Paste Response"));
    auto *layout = new QVBoxLayout(this);
    auto *pasteLabel = new QLabel(
        tr("&Paste the employee's reply here, as it came; quoted text and signatures are left "
           "out:"),
        this);
    pasteLabel->setWordWrap(true);
    m_paste->setObjectName(QStringLiteral("responsePaste"));
    m_paste->setTabChangesFocus(true);
    pasteLabel->setBuddy(m_paste);
    layout->addWidget(pasteLabel);
    layout->addWidget(m_paste, 2);

    auto *previewLabel = new QLabel(tr("Their response, as it will be saved and printed:"), this);
    m_preview->setObjectName(QStringLiteral("responsePreview"));
    m_preview->setReadOnly(true);
    m_preview->setAccessibleName(tr("The response as it will be saved"));
    previewLabel->setBuddy(m_preview);
    layout->addWidget(previewLabel);
    layout->addWidget(m_preview, 2);

    m_note->setObjectName(QStringLiteral("responseNote"));
    m_note->setWordWrap(true);
    layout->addWidget(m_note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveResponse"));
    m_save->setDefault(true);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_paste, &QPlainTextEdit::textChanged, this, &PasteResponseDialog::clean);
    clean();
    m_paste->setMinimumSize(textAreaSize(m_paste, 72, 8));
    m_preview->setMinimumHeight(textAreaSize(m_preview, 0, 6).height());
}

void PasteResponseDialog::clean()
{
    m_cleaned = AnswerSplitter::ownWords(m_paste->toPlainText());
    m_preview->setPlainText(m_cleaned);
    m_save->setEnabled(!m_cleaned.isEmpty());
    const bool replaces = !m_document.record().conversation.employeeResponse.isEmpty();
    if (m_cleaned.isEmpty() && !m_paste->toPlainText().trimmed().isEmpty())
        m_note->setText(tr("Nothing in this text is the employee's own: only a greeting, quoted "
                           "text or a signature was found."));
    else
        m_note->setText(replaces ? tr("Saving replaces the response saved earlier; Undo brings "
                                      "it back.")
                                 : QString());
    m_note->setVisible(!m_note->text().isEmpty());
}

bool PasteResponseDialog::save()
{
    return !m_cleaned.isEmpty() && m_document.setEmployeeResponse(m_cleaned);
}

} // namespace dialoog
