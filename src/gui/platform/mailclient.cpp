#include "gui/platform/mailclient.h"

#include <QDesktopServices>

namespace dialoog {

bool MailClient::s_testMode = false;
QUrl MailClient::s_lastUrl;

bool MailClient::open(const QUrl &url)
{
    s_lastUrl = url;
    return s_testMode || QDesktopServices::openUrl(url);
}

void MailClient::setTestMode(bool on)
{
    s_testMode = on;
}

QUrl MailClient::lastUrl()
{
    return s_lastUrl;
}

} // namespace dialoog
