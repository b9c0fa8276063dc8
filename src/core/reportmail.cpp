#include "reportmail.h"

#include <utility>

namespace dialoog {

ReportMail::ReportMail(Parts parts, const QLocale &locale)
    : m_parts(std::move(parts)), m_locale(locale)
{
}

// A mailto: link cannot carry a file: the manager attaches it, and the text says so.
QString ReportMail::attachLine() const
{
    return tr("[Attach the file \"%1\" before sending: it is not attached to this mail "
              "automatically. Then remove this line.]")
        .arg(m_parts.fileName);
}

QString ReportMail::closing() const
{
    const QString regards = tr("Kind regards,");
    return m_parts.signature.isEmpty() ? regards : regards + QLatin1Char('\n') + m_parts.signature;
}

MailDraft ReportMail::draft() const
{
    const QString date = m_locale.toString(m_parts.heldOn, QLocale::LongFormat);
    const QString body =
        attachLine() + QStringLiteral("\n\n") + tr("Dear %1,").arg(m_parts.employeeName) +
        QStringLiteral("\n\n") +
        tr("Attached is the report of our development conversation of %1, in the file "
           "\"%2\".")
            .arg(date, m_parts.fileName) +
        QStringLiteral("\n\n") +
        tr("Would you read it and reply to this mail with your comments, in your own words? "
           "They are added to the report as your response.") +
        QStringLiteral("\n\n") +
        tr("Please also say whether you agree with the report (\"agreed\"), or have read it "
           "without agreeing to all of it (\"seen\").") +
        QStringLiteral("\n\n") + closing();
    QStringList to;
    if (!m_parts.employeeEmail.trimmed().isEmpty())
        to << m_parts.employeeEmail.trimmed();
    return MailDraft{to, tr("Report of our development conversation of %1").arg(date), body};
}

QString ReportMail::shortBody() const
{
    return attachLine() + QStringLiteral("\n\n") +
           tr("Please reply with your comments on the attached report, and say whether you "
              "agree (\"agreed\") or have seen it (\"seen\").") +
           QStringLiteral("\n\n") + closing();
}

} // namespace dialoog
