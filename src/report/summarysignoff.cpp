#include "summarysignoff.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dialoog {

// The section's words, in the summary's translation context.
class SignOffSummary final
{
    Q_DECLARE_TR_FUNCTIONS(dialoog::Summary)

public:
    static QString line(const Conversation &c, const QString &employee, const QString &manager,
                        const QLocale &locale);
    static QString responseTitle() { return tr("The employee's response"); }
    static QString signOffTitle() { return tr("Sign-off"); }
    static QString asManager(const QString &name) { return tr("%1 (manager)").arg(name); }
    static QString theManager() { return tr("the manager"); }
};

namespace {

// Their words as they wrote them: one paragraph per blank-line-separated part.
std::vector<SummaryDocument::Block> paragraphs(const QString &text)
{
    static const QRegularExpression blankLine(QStringLiteral("\\n\\s*\\n"));
    std::vector<SummaryDocument::Block> blocks;
    for (const QString &part : text.split(blankLine, Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            blocks.emplace_back(SummaryDocument::Paragraph{part.trimmed()});
    }
    return blocks;
}

} // namespace

QString SignOffSummary::line(const Conversation &c, const QString &employee, const QString &manager,
                             const QLocale &locale)
{
    const QString answered = locale.toString(c.answeredOn, QLocale::LongFormat);
    switch (c.signOff) {
    case SignOff::Draft:
        return {};
    case SignOff::Sent:
        return tr("Sent to %1 on %2; no answer yet.")
            .arg(employee, locale.toString(c.sentOn, QLocale::LongFormat));
    case SignOff::Seen:
        return tr("Seen on %1 by %2 (employee) and %3.").arg(answered, employee, manager);
    case SignOff::Agreed:
        return tr("Agreed on %1 by %2 (employee) and %3.").arg(answered, employee, manager);
    case SignOff::Disputed:
        return tr("Disputed by %2 (employee) on %1; the response says why. Recorded by %3.")
            .arg(answered, employee, manager);
    }
    return {};
}

void addSignOffSections(SummaryDocument &doc, const ConversationRecord &record,
                        const SummaryOptions &options, const QString &manager)
{
    const Conversation &c = record.conversation;
    std::vector<SummaryDocument::Block> response = paragraphs(c.employeeResponse);
    if (!response.empty())
        doc.sections.push_back({SignOffSummary::responseTitle(), std::move(response)});
    // Without a name set, "Manager (manager)" would say nothing twice.
    const QString signer = options.managerName.isEmpty() ? SignOffSummary::theManager()
                                                         : SignOffSummary::asManager(manager);
    const QString line = SignOffSummary::line(c, record.employee.name, signer, options.locale);
    if (!line.isEmpty())
        doc.sections.push_back(
            {SignOffSummary::signOffTitle(), {SummaryDocument::Paragraph{line}}});
}

} // namespace dialoog
