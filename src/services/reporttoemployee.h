#pragma once

#include "core/maildraft.h"
#include "report/summaryoptions.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <optional>

namespace dialoog {

class ConversationDocument;
class ConversationOutputs;

// Send to Employee: the employee's copy of the report as a PDF, the mail that goes with
// it (ReportMail), and the report marked sent, as one undo step. The window opens the
// mail; a mailto: link cannot attach the file, and the mail says so.
class ReportToEmployee final
{
    Q_DECLARE_TR_FUNCTIONS(dialoog::ReportToEmployee)

public:
    ReportToEmployee(ConversationDocument &document, ConversationOutputs &outputs);

    // Whether the report can go now (SignOffRules::canSend), and if not, why.
    bool canSend(QString *why = nullptr) const;
    // "Development conversation - Fleur van Dijk - 2026-03-12.pdf"
    QString suggestedFileName() const;

    struct Sent
    {
        MailDraft mail;
        QString shortBody; // for fitMailto
    };
    // Writes the PDF at `pdfPath` (the employee's copy whatever `options` say) and marks
    // the report sent on `today`. Nothing is marked when the file cannot be written:
    // `error` says why.
    std::optional<Sent> send(const QString &pdfPath, SummaryOptions options,
                             const QString &signature, const QDate &today, QString *error);

private:
    ConversationDocument &m_document;
    ConversationOutputs &m_outputs;
};

} // namespace dialoog
