#pragma once

#include "core/domainenums.h"
#include "report/icsinvite.h"
#include "report/summarydocument.h"
#include "report/summaryoptions.h"

#include <QLocale>
#include <QString>
#include <QTime>
#include <optional>

namespace dialoog {

class Store;

// What a conversation gives to take away: its summary and the calendar invite for the
// next one. The window's Summary and Calendar actions and `dialoog summary` / `ics` use it.
class ConversationOutputs final
{
public:
    explicit ConversationOutputs(Store &store);

    bool exists(Id conversation);
    // Throws Failure for an unknown id.
    SummaryDocument summary(Id conversation, const SummaryOptions &options);
    // The invite for the conversation after this one; nothing (and `error`) when there is none.
    // It names the manager who invites, when a name is given.
    std::optional<CalendarInvite> invite(Id conversation, const QTime &start, int minutes,
                                         const QLocale &locale, QString *error,
                                         const QString &managerName = {},
                                         const QString &managerRole = {});

private:
    Store &m_store;
};

} // namespace dialoog
