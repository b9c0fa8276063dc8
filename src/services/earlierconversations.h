#pragma once

#include "core/agreement.h"
#include "core/conversation.h"
#include "core/question.h"

#include <QDate>
#include <QString>
#include <utility>
#include <vector>

namespace dialoog {

class Store;

// What was said before, for the panel beside a conversation. All throw Failure.
class EarlierConversations final
{
public:
    explicit EarlierConversations(Store &store);

    // The employee's conversations held before `current`, oldest first.
    std::vector<Conversation> before(const Conversation &current);
    std::vector<Agreement> agreementsOf(Id conversation);
    // The answers given to `question` in earlier conversations, with their dates.
    std::vector<std::pair<QDate, QString>> answers(const Conversation &current,
                                                   const Question &question);

private:
    Store &m_store;
};

} // namespace dialoog
