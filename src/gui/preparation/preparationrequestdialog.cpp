#include "gui/preparation/preparationrequestdialog.h"

#include "core/maildraft.h"
#include "gui/platform/filedialogs.h"
#include "gui/platform/mailclient.h"
#include "gui/platform/messagebox.h"
#include "gui/platform/textfit.h"
#include "report/preparationform.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace dialoog {

PreparationRequestDialog::PreparationRequestDialog(PreparationRequest::Kind kind,
                                                   const ConversationRecord &record,
                                                   const QString &managerName, QWidget *parent)
    : QDialog(parent), m_request(kind, record, managerName), m_recipients(new QLineEdit(this)),
      m_status(new QLabel(this))
{
    const bool reflection = kind == PreparationRequest::Kind::SelfReflection;
    setWindowTitle(reflection ? tr("Ask for Self-Reflection") : tr("Ask for Feedback"));
    auto *layout = new QVBoxLayout(this);
    auto *explanation =
        new QLabel(reflection ? tr("Send %1 the reflection questions by mail or on paper. When the "
                                   "answers come back, "
                                   "use Paste Answers to put them in the reflection.")
                                    .arg(record.employee.name)
                              : tr("Ask colleagues what they notice about %1, by mail or on paper. "
                                   "When their answers "
                                   "come back, use Paste Answers to add them as feedback.")
                                    .arg(record.employee.name),
                   this);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);

    auto *form = new QFormLayout;
    m_recipients->setObjectName(QStringLiteral("recipients"));
    if (reflection) {
        m_recipients->setText(record.employee.email);
        m_recipients->setPlaceholderText(tr("The employee's email address"));
        form->addRow(tr("&To:"), m_recipients);
    } else {
        m_recipients->setPlaceholderText(
            tr("Names and addresses, e.g. Piet <piet@example.com>, anna@example.com"));
        form->addRow(tr("&Colleagues:"), m_recipients);
    }
    auto *subject = new QLabel(m_request.subject(), this);
    subject->setTextInteractionFlags(Qt::TextSelectableByMouse);
    subject->setWordWrap(true);
    form->addRow(tr("Subject:"), subject);
    auto *body = new QPlainTextEdit(m_request.body(), this);
    body->setObjectName(QStringLiteral("requestBody"));
    body->setReadOnly(true);
    body->setAccessibleName(tr("The text of the mail"));
    body->setMinimumSize(textAreaSize(body, 64, 14));
    form->addRow(tr("Text:"), body);
    layout->addLayout(form);

    m_status->setObjectName(QStringLiteral("requestStatus"));
    m_status->setWordWrap(true);
    m_status->hide(); // until there is something to say: an empty line is an empty strip
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *mail = buttons->addButton(tr("Open in &Mail"), QDialogButtonBox::ActionRole);
    auto *copy = buttons->addButton(tr("&Copy Text"), QDialogButtonBox::ActionRole);
    auto *print = buttons->addButton(tr("&Print Form…"), QDialogButtonBox::ActionRole);
    mail->setObjectName(QStringLiteral("openInMail"));
    copy->setObjectName(QStringLiteral("copyText"));
    print->setObjectName(QStringLiteral("printForm"));
    mail->setDefault(true);
    print->setToolTip(tr("Save a form with the questions and room to write, as a PDF to print"));
    connect(mail, &QPushButton::clicked, this, &PreparationRequestDialog::openInMail);
    connect(copy, &QPushButton::clicked, this, &PreparationRequestDialog::copyText);
    connect(print, &QPushButton::clicked, this, &PreparationRequestDialog::saveForm);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    fitLineEdit(m_recipients, {sampleEmailAddress()});
}

void PreparationRequestDialog::showStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

QStringList PreparationRequestDialog::recipients() const
{
    return parseAddresses(m_recipients->text());
}

bool PreparationRequestDialog::openInMail()
{
    const MailDraft draft{recipients(), m_request.subject(), m_request.body()};
    const FittedMailto fitted = fitMailto(draft, m_request.shortBody());
    if (!MailClient::open(fitted.url)) {
        showStatus(
            tr("No mail program opened the message. Use Copy Text and paste it into a new mail."));
        return false;
    }
    showStatus(
        fitted.shortened
            ? tr("The text was too long for a mail link, so the mail holds only the questions. "
                 "Use Copy Text for the whole text.")
            : tr("The mail is ready in your mail program; check it and send it from there."));
    return true;
}

void PreparationRequestDialog::copyText()
{
    QApplication::clipboard()->setText(
        MailDraft{recipients(), m_request.subject(), m_request.body()}.plainText());
    showStatus(tr("Subject and text copied; paste them into a new mail."));
}

bool PreparationRequestDialog::saveForm()
{
    const PreparationForm form = buildPreparationForm(m_request);
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = tr("%1 - %2.pdf")
                             .arg(form.title, m_request.employeeName())
                             .replace(QLatin1Char('/'), QLatin1Char('-'));
    const QString path = FileDialogs::saveFileName(
        this, tr("Save Form as PDF"), QDir(documents).filePath(name), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    QString error;
    if (!writePreparationForm(form, path, QLocale(), &error)) {
        MessageBox::warning(this, windowTitle(), error);
        return false;
    }
    showStatus(tr("Form saved as %1; print it from there.").arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace dialoog
