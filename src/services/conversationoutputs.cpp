#include "services/conversationoutputs.h"

#include "report/summarybuilder.h"
#include "store/store.h"

namespace dialoog {

ConversationOutputs::ConversationOutputs(Store &store) : m_store(store) {}

bool ConversationOutputs::exists(Id conversation)
{
    return m_store.repository<Conversation>().find(conversation).has_value();
}

SummaryDocument ConversationOutputs::summary(Id conversation, const SummaryOptions &options)
{
    return buildSummary(m_store, conversation, options);
}

std::optional<CalendarInvite>
ConversationOutputs::invite(Id conversation, const QTime &start, int minutes, const QLocale &locale,
                            QString *error, const QString &managerName, const QString &managerRole)
{
    return IcsInvite::build(m_store, conversation, start, minutes, locale, error, managerName,
                            managerRole);
}

} // namespace dialoog
