#pragma once

#include "maildraft.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>

namespace dialoog {

// The mail that goes with the employee's copy of a report (Send to Employee): it names
// the PDF to attach, says that the file is not attached by itself, and asks the
// employee to reply with their comments and whether they agree. Names and a date only:
// the report's content stays in the file.
class ReportMail final
{
    Q_DECLARE_TR_FUNCTIONS(dialoog::ReportMail)

public:
    struct Parts
    {
        QString employeeName;
        QString employeeEmail; // may be empty: the manager fills it in
        QDate heldOn;
        QString fileName;  // the PDF's name, without its folder
        QString signature; // the manager's name (and role), see PreparationRequest::signature
    };

    explicit ReportMail(Parts parts, const QLocale &locale = QLocale());

    MailDraft draft() const;
    // The same request in fewer words, for when the whole does not fit a mailto: link.
    QString shortBody() const;

private:
    QString attachLine() const;
    QString closing() const;

    Parts m_parts;
    QLocale m_locale;
};

} // namespace dialoog
