#include "services/appservices.h"

#include "core/failure.h"
#include "services/backuppolicy.h"
#include "services/conversationdocument.h"
#include "services/conversationoutputs.h"
#include "services/earlierconversations.h"
#include "services/employeedirectory.h"
#include "services/indexupkeep.h"
#include "services/offlinejournal.h"
#include "services/questionbank.h"
#include "services/searchservice.h"
#include "services/serverlink.h"
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
      m_outputs(std::make_unique<ConversationOutputs>(store)),
      m_link(std::make_unique<ServerLink>(store)),
      m_journal(std::make_unique<OfflineJournal>(store.path())),
      m_upkeep(std::make_unique<IndexUpkeep>(store))
{
    // The list follows other computers: a new or changed person, a conversation held or
    // planned (its dates and counts show in the list), and everything after a reconnect.
    const auto reloadList = [this] { m_employees->reload(); };
    QObject::connect(m_link.get(), &ServerLink::employeeChanged, m_link.get(), reloadList);
    QObject::connect(m_link.get(), &ServerLink::conversationChanged, m_link.get(), reloadList);
    QObject::connect(m_link.get(), &ServerLink::reconnected, m_link.get(), reloadList);
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
    if (m_store.isServer())
        document->followServer(*m_link, *m_journal);
    // Nobody merges the search index while a conversation is open (its notes are typed).
    m_upkeep->conversationOpened();
    QObject::connect(document.get(), &QObject::destroyed, m_upkeep.get(),
                     &IndexUpkeep::conversationClosed);
    return document;
}

int AppServices::replayJournal()
{
    if (!m_store.isServer() || m_store.isReadOnly())
        return 0;
    int replayed = 0;
    for (const OfflineJournal::Entry &entry : m_journal->entries()) {
        try {
            ConversationDocument document(m_store,
                                          m_store.conversations().load(entry.conversation));
            // Through the normal save path, as a private note: it may hold points of
            // attention, and the fields may have been changed on another computer since.
            if (document.addNote(entry.text, true) && document.saveNow()) {
                m_journal->remove(entry.conversation);
                ++replayed;
            }
        } catch (const Failure &) {
            // Kept: the server may be away again, or the conversation gone for this role.
        }
    }
    return replayed;
}

} // namespace dialoog
