#pragma once

#include "core/domainenums.h"

#include <QString>
#include <memory>

namespace dialoog {

class BackupPolicy;
class ConversationDocument;
class ConversationOutputs;
class EarlierConversations;
class EmployeeDirectory;
class IndexUpkeep;
class OfflineJournal;
class QuestionBank;
class SearchService;
class ServerLink;
class Store;
class Transfer;

// The open database as the window sees it: every use case over one store. The GUI
// reaches the data only through these; none of them hands the store out.
class AppServices final
{
public:
    explicit AppServices(Store &store);
    ~AppServices();
    AppServices(const AppServices &) = delete;
    AppServices &operator=(const AppServices &) = delete;

    QString databasePath() const;
    // Opened read-only: every write fails. The reason is for the user, in plain words.
    bool isReadOnly() const;
    QString readOnlyReason() const;

    EmployeeDirectory &employees() const { return *m_employees; }
    BackupPolicy &backups() const { return *m_backups; }
    Transfer &transfer() const { return *m_transfer; }
    QuestionBank &questionBank() const { return *m_questionBank; }
    SearchService &search() const { return *m_search; }
    EarlierConversations &earlier() const { return *m_earlier; }
    ConversationOutputs &outputs() const { return *m_outputs; }
    // When the search index is merged: told by the window of the user's input; the
    // conversations opened here count by themselves.
    IndexUpkeep &indexUpkeep() const { return *m_upkeep; }

    // The team server's live connection: other computers' changes, a lost connection.
    ServerLink &server() const { return *m_link; }

    // The conversation with `id` ready to be edited, questions in `language`. Throws Failure.
    std::unique_ptr<ConversationDocument> openConversation(Id id, const QString &language);

    // Text typed while the team server could not be reached by a Dialoog that ended before
    // the server came back (OfflineJournal): added to each conversation as a private note
    // and removed once the server has it. Returns how many conversations got one; an entry
    // that cannot be saved now stays for the next time.
    int replayJournal();

private:
    Store &m_store;
    std::unique_ptr<BackupPolicy> m_backups;
    std::unique_ptr<Transfer> m_transfer;
    std::unique_ptr<EmployeeDirectory> m_employees;
    std::unique_ptr<QuestionBank> m_questionBank;
    std::unique_ptr<SearchService> m_search;
    std::unique_ptr<EarlierConversations> m_earlier;
    std::unique_ptr<ConversationOutputs> m_outputs;
    std::unique_ptr<ServerLink> m_link;
    std::unique_ptr<OfflineJournal> m_journal;
    std::unique_ptr<IndexUpkeep> m_upkeep;
};

} // namespace dialoog
