#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace dialoog {

// An email to be written in the user's own mail client, as a mailto: link (RFC 6068).
struct MailDraft
{
    QStringList to; // addresses; empty: the user fills them in
    QString subject;
    QString body;

    // Mail clients and the desktop's URL handlers cut links longer than about this.
    static constexpr int maxUrlLength = 2000;

    // Every part percent-encoded as UTF-8, line ends as CRLF, recipients comma-separated.
    QUrl mailtoUrl() const;
    // Subject and body as one text, for the clipboard.
    QString plainText() const;
};

// The link for `full`, or, when that is longer than maxUrlLength, for the same mail
// with `shortBody` instead (`shortened` says so).
struct FittedMailto
{
    QUrl url;
    bool shortened = false;
};
FittedMailto fitMailto(const MailDraft &full, const QString &shortBody,
                       int maxLength = MailDraft::maxUrlLength);

// Splits "a@x.nl, Jan <b@y.nl>; c@z.nl" into bare addresses; text without an @ is skipped.
QStringList parseAddresses(const QString &text);

} // namespace dialoog
