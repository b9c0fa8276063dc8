#pragma once

#include "conversationrepository.h"
#include "core/employeeoverview.h"
#include "database.h"
#include "repository.h"
#include "search.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <string>
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
    // ReadOnly: the file must exist and is never written to (`--read-only`). The other
    // modes open a file read-only too when it, or its folder, may not be changed.
    enum class Open
    {
        Existing,
        CreateIfMissing,
        ReadOnly
    };
    enum class Seed
    {
        DefaultQuestions,
        Nothing
    };

    // Throws StoreError, leaving a file that is not ours untouched.
    // `knownIntact`: the file is as Dialoog left it after a clean close that found it
    // whole (see cleanCloseStamp), so the full integrity check may be skipped; a file
    // that needs a migration is always checked.
    // `path` may also name a PostgreSQL server (Database::isServerAddress), with the
    // password the user typed when the server asked for one.
    Store(const QString &path, Open open, Seed seed = Seed::DefaultQuestions,
          bool knownIntact = false, const QString &password = {});
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    static QString defaultPath();

    Database &database() { return m_db; }
    const QString &path() const { return m_db.path(); }
    // A PostgreSQL server shared by a team, rather than a file of one's own.
    bool isServer() const { return m_db.isServer(); }
    bool wasCreated() const { return m_created; }
    // Whether the whole file was checked while it opened (not trusted from a clean close).
    bool integrityChecked() const { return m_integrityChecked; }
    // Opened read-only: every write fails. The reason is for the user, in plain words.
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    const QString &readOnlyReason() const { return m_readOnlyReason; }
    // Why the file at `path` (or its folder) cannot be changed; empty when it can.
    static QString writeProblem(const QString &path);
    // Size and time of the last change of a database file that was closed cleanly (no
    // write-ahead log beside it); empty otherwise. Equal stamps mean an unchanged file.
    static QString cleanCloseStamp(const QString &path);
    // Creates the folder the database at `path` goes in, if missing, for its owner only
    // (an existing one is the user's business and keeps its permissions). Throws StoreError.
    static void createFolderFor(const QString &path);
    int schemaVersion();

    template <typename T> Repository<T> repository() { return Repository<T>(m_db); }
    Repository<Employee> employees() { return repository<Employee>(); }
    Repository<Question> questions() { return repository<Question>(); }
    ConversationRepository conversations() { return ConversationRepository(m_db); }
    Search search() { return Search(m_db); }

    StoreCheck check();

    // The search index's segments, which the saves no longer merge (migration 11), merged
    // on a thread of their own while nobody takes notes: `on` when that time comes, off
    // at once when someone starts. Merging ends by itself when nothing is left; a file
    // only (a server's index needs none), and not read-only.
    void mergeSearchIndex(bool on) { m_db.setIndexMerging(on); }
    bool mergingSearchIndex() const { return m_db.indexMerging(); }

    // Right to erasure: the employee and everything about them, overwritten on disk
    // and checkpointed out of the write-ahead log.
    void eraseEmployee(Id employeeId);

    // Retention (core/retention.h): conversations dated (held, or planned if never held)
    // more than `years` years before `today`. Exactly `years` years ago is kept.
    qint64 countExpiredConversations(int years, const QDate &today);
    // Removes them with everything said in them (feedback gathered for them, ad-hoc
    // questions asked only in them), overwritten on disk; returns how many went.
    qint64 removeExpiredConversations(int years, const QDate &today);
    // Retention from leaving: people archived as having left more than `years` years
    // before `today`. Removing them erases each as eraseEmployee does, all in one
    // transaction; returns how many went.
    qint64 countLeaversDue(int years, const QDate &today);
    qint64 removeLeaversDue(int years, const QDate &today);

    // Every employee with their last and next conversation and open action items.
    std::vector<EmployeeOverview> overview();
    EmployeeOverview overviewOf(Id employeeId);
    // The rows of these people, in their order, the same as overview() gives them: for a
    // list that shows the rows in view first (reads only their conversations).
    std::vector<EmployeeOverview> overviewOf(std::vector<Employee> people);
    // The question bank in one language, in its order (inactive questions included).
    std::vector<Question> questionBank(const QString &language);
    // Stores the bank of one language as given: new questions are added, the order is
    // the list's order. Questions are never deleted (answers refer to them); they are
    // made inactive instead.
    void saveQuestionBank(std::vector<Question> &questions);

    // Notes for next time about the employee that are not dealt with yet.
    int openInboxCount(Id employeeId);

    // Open action items of all the employee's conversations, oldest first.
    std::vector<ActionItem> openActionsOf(Id employeeId);

private:
    static Database openDatabase(const QString &path, Open open, const QString &password,
                                 bool &created, QString &readOnlyReason);
    static Database openFile(const QString &path, Open open, bool &created,
                             QString &readOnlyReason);
    // Removes the conversations `scope` selects (SQL with ?1 bound to `value`), with
    // what belongs to them, in one transaction, then clears them from the WAL.
    template <typename Value>
    void removeConversations(const std::string &scope, const Value &value);
    // The employee, their conversations and everything else about them (no transaction).
    void removeEverythingAbout(Id employeeId);
    std::vector<Id> leaversDue(int years, const QDate &today);
    void openOnServer(Open open, Seed seed);
    StoreError newerVersion(int version) const;
    void verifyOwnership();
    void verifyIntegrity();
    void seedQuestions();

    bool m_created = false;
    bool m_integrityChecked = false;
    QString m_readOnlyReason;
    Database m_db;
};

} // namespace dialoog
