#include "gui/workspace/signoffactions.h"

#include "core/preparationrequest.h"
#include "core/signoff.h"
#include "gui/platform/actionregistry.h"
#include "gui/platform/filedialogs.h"
#include "gui/platform/mailclient.h"
#include "gui/platform/messagebox.h"
#include "gui/summary/summaryactions.h"
#include "gui/workspace/pasteresponsedialog.h"
#include "gui/workspace/workspaceactionids.h"
#include "services/conversationdocument.h"
#include "services/reporttoemployee.h"
#include "services/settings.h"

#include <QAction>
#include <QDate>
#include <QDir>
#include <QMenu>
#include <QStandardPaths>

namespace dialoog {

SignOffActions::SignOffActions(ConversationDocument &document, ConversationOutputs &outputs,
                               const SummaryActions &summary, QWidget *parent)
    : QObject(parent), m_document(document), m_outputs(outputs), m_summary(summary),
      m_parent(parent), m_send(new QAction(this)), m_paste(new QAction(pasteText(), this))
{
    m_send->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_send->setStatusTip(sendTip());
    m_paste->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_paste->setStatusTip(pasteTip());
    connect(m_send, &QAction::triggered, this, &SignOffActions::sendToEmployee);
    connect(m_paste, &QAction::triggered, this, &SignOffActions::pasteResponse);
    connect(&m_document.session(), &ConversationSession::changed, this,
            &SignOffActions::updateActions);
    updateActions();
}

void SignOffActions::addTo(QMenu *menu, ActionRegistry &registry)
{
    menu->addSeparator();
    menu->addAction(m_send);
    menu->addAction(m_paste);
    registry.add(WorkspaceActionId::SendToEmployee, m_send);
    registry.add(WorkspaceActionId::PasteResponse, m_paste);
}

void SignOffActions::updateActions()
{
    const Conversation &c = m_document.record().conversation;
    m_send->setEnabled(SignOffRules::canSend(c));
    m_send->setText(sendText(c));
    m_paste->setEnabled(canPaste(c));
}

QString SignOffActions::sendText(const Conversation &c)
{
    return c.signOff == SignOff::Draft ? tr("Send to E&mployee…") : tr("Send Again to E&mployee…");
}

QString SignOffActions::sendTip()
{
    return tr("Save the employee's copy as a PDF and open a mail asking for their comments and "
              "whether they agree");
}

QString SignOffActions::pasteText()
{
    return tr("Paste Resp&onse…");
}

QString SignOffActions::pasteTip()
{
    return tr("Paste the employee's reply as their response to the report");
}

bool SignOffActions::canPaste(const Conversation &c)
{
    return c.phase == Phase::Finished;
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
