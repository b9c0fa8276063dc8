#include "services/appservices.h"

#include "services/backuppolicy.h"
#include "services/conversationdocument.h"
#include "services/conversationoutputs.h"
#include "services/earlierconversations.h"
#include "services/employeedirectory.h"
#include "services/questionbank.h"
#include "services/searchservice.h"
#include "services/transfer.h"
#include "store/store.h"

namespace dialoog {

AppServices::AppServices(Store &store)
    : m_store(store), m_backups(std::make_unique<BackupPolicy>(store)),
      m_transfer(std::make_unique<Transfer>(store, *m_backups)),
      m_employees(std::make_unique<EmployeeDirectory>(store, *m_transfer, *m_backups)),
      m_questionBank(std::make_unique<QuestionBank>(store)),
      m_search(std::make_unique<SearchService>(store)),
      m_earlier(std::make_unique<EarlierConversations>(store)),
      m_outputs(std::make_unique<ConversationOutputs>(store))
{
}

AppServices::~AppServices() = default;

QString AppServices::databasePath() const
{
    return m_store.path();
}

bool AppServices::isReadOnly() const
{
    return m_store.isReadOnly();
}

QString AppServices::readOnlyReason() const
{
    return m_store.readOnlyReason();
}

std::unique_ptr<ConversationDocument> AppServices::openConversation(Id id, const QString &language)
{
    auto document =
        std::make_unique<ConversationDocument>(m_store, m_store.conversations().load(id, language));
    document->setLanguage(language);
    return document;
}

} // namespace dialoog
