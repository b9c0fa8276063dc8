#include "services/earlierconversations.h"

#include "store/store.h"

namespace dialoog {

EarlierConversations::EarlierConversations(Store &store) : m_store(store) {}

std::vector<Conversation> EarlierConversations::before(const Conversation &current)
{
    return m_store.conversations().earlierConversations(current);
}

std::vector<Agreement> EarlierConversations::agreementsOf(Id conversation)
{
    return m_store.conversations().agreementsOf(conversation);
}

std::vector<std::pair<QDate, QString>> EarlierConversations::answers(const Conversation &current,
                                                                     const Question &question)
{
    return m_store.conversations().earlierAnswers(current, question);
}

} // namespace dialoog
