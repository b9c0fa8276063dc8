#include "services/reporttoemployee.h"

#include "core/failure.h"
#include "core/reportmail.h"
#include "core/signoff.h"
#include "report/summaryprinter.h"
#include "services/conversationdocument.h"
#include "services/conversationoutputs.h"

#include <QFileInfo>

namespace dialoog {

ReportToEmployee::ReportToEmployee(ConversationDocument &document, ConversationOutputs &outputs)
    : m_document(document), m_outputs(outputs)
{
}

bool ReportToEmployee::canSend(QString *why) const
{
    const Conversation &c = m_document.record().conversation;
    if (SignOffRules::canSend(c))
        return true;
    if (why)
        *why = SignOffRules::isSigned(c.signOff)
                   ? tr("The employee has signed this report already. Change the report first "
                        "if it needs signing again.")
                   : tr("Finish the conversation first: the report is sent once it was held.");
    return false;
}

QString ReportToEmployee::suggestedFileName() const
{
    const ConversationRecord &r = m_document.record();
    QString name = tr("Development conversation - %1 - %2.pdf")
                       .arg(r.employee.name, r.conversation.date().toString(Qt::ISODate));
    return name.replace(QLatin1Char('/'), QLatin1Char('-'));
}

std::optional<ReportToEmployee::Sent> ReportToEmployee::send(const QString &pdfPath,
                                                             SummaryOptions options,
                                                             const QString &signature,
                                                             const QDate &today, QString *error)
{
    if (!canSend(error))
        return std::nullopt;
    // The copy is built from the store: what was just typed must be in it.
    if (!m_document.saveNow()) {
        *error =
            tr("The report could not be saved, so it was not sent: %1").arg(m_document.lastError());
        return std::nullopt;
    }
    options.employeeCopy = true;
    options.includePrivateNotes = false;
    const ConversationRecord &r = m_document.record();
    try {
        const SummaryDocument copy = m_outputs.summary(r.conversation.id, options);
        if (!writeSummary(copy, pdfPath, options.locale, error))
            return std::nullopt;
    } catch (const Failure &e) {
        *error = e.message();
        return std::nullopt;
    }
    if (!m_document.markSent(today)) {
        *error = tr("The report was written, but could not be marked as sent.");
        return std::nullopt;
    }
    const ReportMail mail({.employeeName = r.employee.name,
                           .employeeEmail = r.employee.email,
                           .heldOn = r.conversation.heldDate,
                           .fileName = QFileInfo(pdfPath).fileName(),
                           .signature = signature},
                          options.locale);
    return Sent{mail.draft(), mail.shortBody()};
}

} // namespace dialoog
