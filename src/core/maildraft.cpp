#include "maildraft.h"

#include <QRegularExpression>

namespace dialoog {

namespace {

QByteArray crlf(const QString &text)
{
    QString normal = text;
    normal.replace(QStringLiteral("\r\n"), QStringLiteral("\n"))
        .replace(QLatin1Char('\r'), QLatin1Char('\n'));
    normal.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    return normal.toUtf8();
}

} // namespace

QUrl MailDraft::mailtoUrl() const
{
    QByteArrayList addresses;
    for (const QString &address : to)
        addresses << QUrl::toPercentEncoding(address.trimmed(), "@");
    QByteArray encoded = "mailto:" + addresses.join(',');
    QByteArrayList fields;
    if (!subject.isEmpty())
        fields << "subject=" + QUrl::toPercentEncoding(subject);
    if (!body.isEmpty())
        fields << "body=" + QUrl::toPercentEncoding(QString::fromUtf8(crlf(body)));
    if (!fields.isEmpty())
        encoded += '?' + fields.join('&');
    return QUrl::fromEncoded(encoded, QUrl::StrictMode);
}

QString MailDraft::plainText() const
{
    return subject + QStringLiteral("\n\n") + body;
}

FittedMailto fitMailto(const MailDraft &full, const QString &shortBody, int maxLength)
{
    QUrl url = full.mailtoUrl();
    if (url.toEncoded().size() <= maxLength)
        return {url, false};
    MailDraft shorter = full;
    shorter.body = shortBody;
    return {shorter.mailtoUrl(), true};
}

QStringList parseAddresses(const QString &text)
{
    static const QRegularExpression address(QStringLiteral("[^\\s<>,;\"]+@[^\\s<>,;\"]+"));
    QStringList result;
    for (auto it = address.globalMatch(text); it.hasNext();) {
        const QString found = it.next().captured(0);
        if (!result.contains(found, Qt::CaseInsensitive))
            result << found;
    }
    return result;
}

} // namespace dialoog
