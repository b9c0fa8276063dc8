#include "gui/workspace/signoffactions.h"

#include "core/preparationrequest.h"
#include "gui/platform/filedialogs.h"
#include "gui/platform/mailclient.h"
#include "gui/platform/messagebox.h"
#include "gui/summary/summaryactions.h"
#include "gui/workspace/pasteresponsedialog.h"
#include "services/reporttoemployee.h"
#include "services/settings.h"

#include <QDate>
#include <QDir>
#include <QStandardPaths>

namespace dialoog {

SignOffActions::SignOffActions(ConversationDocument &document, ConversationOutputs &outputs,
                               const SummaryActions &summary, QWidget *parent)
    : QObject(parent), m_document(document), m_outputs(outputs), m_summary(summary),
      m_parent(parent)
{
}

bool SignOffActions::sendToEmployee()
{
    ReportToEmployee report(m_document, m_outputs);
    const QString title = tr("Send to Employee");
    if (QString why; !report.canSend(&why)) {
        MessageBox::warning(m_parent, title, why);
        return false;
    }
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = FileDialogs::saveFileName(
        m_parent, tr("Save the Employee's Copy as PDF"),
        QDir(documents).filePath(report.suggestedFileName()), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    const Settings settings;
    QString error;
    const auto sent =
        report.send(path, m_summary.options(),
                    PreparationRequest::signature(settings.managerName(), settings.managerRole()),
                    QDate::currentDate(), &error);
    if (!sent) {
        MessageBox::warning(m_parent, title, error);
        return false;
    }
    const QString file = QDir::toNativeSeparators(path);
    if (!MailClient::open(fitMailto(sent->mail, sent->shortBody).url)) {
        emit message(tr("The employee's copy is saved as %1 and the report is marked sent. No mail "
                        "program opened: write the mail yourself and attach the file.")
                         .arg(file));
        return true;
    }
    emit message(tr("The employee's copy is saved as %1. The mail is ready in your mail program: "
                    "attach the file before sending, it is not attached automatically.")
                     .arg(file));
    return true;
}

void SignOffActions::pasteResponse()
{
    auto *dialog = new PasteResponseDialog(m_document, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace dialoog
