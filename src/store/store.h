#pragma once

#include "conversationrepository.h"
#include "core/employeeoverview.h"
#include "database.h"
#include "repository.h"
#include "search.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace dialoog {

// What `dialoog check` reports about a database file.
struct StoreCheck
{
    bool ok = true;
    QStringList problems;
    int schemaVersion = 0;
    std::vector<std::pair<QString, qint64>> counts; // table, rows
};

// An open Dialoog database: checks that the file is ours and not from a newer
// version, sets the connection up, migrates it and hands out repositories.
class Store final
{
    Q_DECLARE_TR_FUNCTIONS(dialoog::Store)

public:
    enum class Open { Existing, CreateIfMissing };
    enum class Seed { DefaultQuestions, Nothing };

    // Throws StoreError, leaving a file that is not ours untouched.
    Store(const QString &path, Open open, Seed seed = Seed::DefaultQuestions);
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    static QString defaultPath();

    Database &database() { return m_db; }
    const QString &path() const { return m_db.path(); }
    bool wasCreated() const { return m_created; }
    int schemaVersion();

    template <typename T> Repository<T> repository() { return Repository<T>(m_db); }
    Repository<Employee> employees() { return repository<Employee>(); }
    Repository<Question> questions() { return repository<Question>(); }
    ConversationRepository conversations() { return ConversationRepository(m_db); }
    Search search() { return Search(m_db); }

    StoreCheck check();

    // Right to erasure: the employee and everything about them, overwritten on disk
    // and checkpointed out of the write-ahead log.
    void eraseEmployee(Id employeeId);

    // Every employee with their last and next conversation and open action items.
    std::vector<EmployeeOverview> overview();
    EmployeeOverview overviewOf(Id employeeId);
    // The question bank in one language, in its order (inactive questions included).
    std::vector<Question> questionBank(const QString &language);
    // Stores the bank of one language as given: new questions are added, the order is
    // the list's order. Questions are never deleted (answers refer to them); they are
    // made inactive instead.
    void saveQuestionBank(std::vector<Question> &questions);

    // Open action items of all the employee's conversations, oldest first.
    std::vector<ActionItem> openActionsOf(Id employeeId);

private:
    static Database openFile(const QString &path, Open open, bool &created);
    void verifyOwnership();
    void verifyIntegrity();
    void seedQuestions();

    bool m_created = false;
    Database m_db;
};

} // namespace dialoog
