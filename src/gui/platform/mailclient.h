#pragma once

#include <QUrl>

namespace dialoog {

// Opens a mailto: link in the user's mail client; goes through here so GUI tests can
// check the link without starting a real mail client.
class MailClient final
{
public:
    // False: no mail client took the link.
    static bool open(const QUrl &url);

    // Test seam: while set, links are kept instead of opened.
    static void setTestMode(bool on);
    static QUrl lastUrl();

private:
    static bool s_testMode;
    static QUrl s_lastUrl;
};

} // namespace dialoog
