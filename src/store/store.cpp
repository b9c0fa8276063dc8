#include "store.h"

#include "backups.h"
#include "defaultquestions.h"
#include "dialect.h"
#include "postgres/serversecurity.h"
#include "schema.h"
#include "statement.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <map>
#include <unistd.h>

namespace dialoog {
namespace {

qint64 scalar(Database &db, std::string_view sql)
{
    Statement statement(db, sql);
    return statement.step() ? statement.int64(0) : 0;
}

} // namespace

QString Store::writeProblem(const QString &path)
{
    if (Database::isServerAddress(path))
        return {}; // the server decides, per change, by the user's role
    const QFileInfo info(path);
    const QString folder = info.absolutePath();
    // access() asks the kernel, so it knows about ACLs and read-only mounts too.
    if (info.exists() && ::access(QFile::encodeName(path).constData(), W_OK) != 0)
        return tr("You may not change %1.").arg(path);
    if (QFileInfo::exists(folder) && ::access(QFile::encodeName(folder).constData(), W_OK) != 0)
        return tr("You may not change the folder %1, where Dialoog keeps its working files beside "
                  "the database.")
            .arg(folder);
    return {};
}

void Store::createFolderFor(const QString &path)
{
    if (Database::isServerAddress(path))
        return;
    // Personal data: a folder we create is the owner's alone.
    const QString folder = QFileInfo(path).absolutePath();
    if (QFileInfo::exists(folder))
        return;
    if (!QDir().mkpath(folder))
        throw StoreError(StoreError::Kind::NotFound,
                         tr("The folder %1 could not be created.").arg(folder));
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

Database Store::openDatabase(const QString &path, Open open, const QString &password, bool &created,
                             QString &readOnlyReason)
{
    if (Database::isServerAddress(path))
        return Database(Database::Server{path, password});
    return openFile(path, open, created, readOnlyReason);
}

Database Store::openFile(const QString &path, Open open, bool &created, QString &readOnlyReason)
{
    if (path == QLatin1String(Database::memoryPath)) {
        created = true;
        return Database(path, Database::OpenMode::ReadWriteCreate);
    }
    const QFileInfo info(path);
    if (!info.exists()) {
        if (open != Open::CreateIfMissing)
            throw StoreError(StoreError::Kind::NotFound, tr("%1 does not exist.").arg(path));
        createFolderFor(path);
        // Owner-only whatever the umask; SQLite gives the -wal and -shm files the same.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                       QFile::ReadOwner | QFile::WriteOwner))
            throw StoreError(StoreError::Kind::NotFound,
                             tr("%1 cannot be created: %2").arg(path, file.errorString()));
        file.close();
        created = true;
    } else if (info.isDir()) {
        throw StoreError(StoreError::Kind::NotADatabase,
                         tr("%1 is a folder, not a database file.").arg(path));
    } else if (info.size() == 0 && !created) {
        // SQLite would treat an empty file as a new database; a user who points us at
        // one most likely has the wrong file, so say so instead of filling it.
        throw StoreError(StoreError::Kind::NotADatabase,
                         tr("%1 is empty: it is not a Dialoog database.").arg(path));
    }
    readOnlyReason = open == Open::ReadOnly && !created
                         ? tr("Dialoog was started with --read-only.")
                         : writeProblem(path);
    if (!readOnlyReason.isEmpty()) {
        // Without a -wal file in a folder nobody may write to, nobody can change the
        // database either; SQLite then needs to be told so to read it at all.
        const bool immutable =
            !QFileInfo::exists(path + QStringLiteral("-wal")) &&
            ::access(QFile::encodeName(info.absolutePath()).constData(), W_OK) != 0;
        return Database(path, immutable ? Database::OpenMode::ReadOnlyImmutable
                                        : Database::OpenMode::ReadOnly);
    }
    return Database(path,
                    created ? Database::OpenMode::ReadWriteCreate : Database::OpenMode::ReadWrite);
}

Store::Store(const QString &path, Open open, Seed seed, bool knownIntact, const QString &password)
    : m_db(openDatabase(path, open, password, m_created, m_readOnlyReason))
{
    if (m_db.isServer()) {
        openOnServer(open, seed);
        return;
    }
    verifyOwnership();
    // Reading every page of a large file is most of the start-up; a file unchanged since
    // a clean close that found it whole need not be read again.
    if (!m_created && (!knownIntact || schemaVersion() < schema::currentVersion()))
        verifyIntegrity();
    m_db.exec("PRAGMA busy_timeout = 5000");
    if (isReadOnly()) {
        // Nothing is written: no journal mode, no migration, no backup. A file that
        // needs a migration is refused whole rather than shown half understood.
        if (schemaVersion() < schema::currentVersion())
            throw StoreError(
                StoreError::Kind::ReadOnly,
                tr("%1 was written by an older version of Dialoog and must be updated before this "
                   "version can show it, but it cannot be changed: %2")
                    .arg(path, m_readOnlyReason));
        m_db.exec("PRAGMA foreign_keys = ON");
        return;
    }
    // Deleted text is overwritten, not just unlinked: erasing a person must leave nothing.
    m_db.exec("PRAGMA secure_delete = ON");
    if (path != QLatin1String(Database::memoryPath))
        m_db.exec("PRAGMA journal_mode = WAL");
    m_db.exec("PRAGMA synchronous = FULL");
    m_db.exec("PRAGMA foreign_keys = ON");
    const int version = schemaVersion();
    const bool fresh = version == 0;
    if (!fresh && version < schema::currentVersion())
        Backups(path).write(m_db, QStringLiteral("before-migration"));
    schema::migrate(m_db);
    if (fresh && seed == Seed::DefaultQuestions)
        seedQuestions();
}

// The schema on a server is made and migrated by an administrator (`dialoog server
// init`), never by a manager's connection, which may not change it.
void Store::openOnServer(Open open, Seed seed)
{
    postgres::refuseUnboundRole(m_db);
    const int version = schemaVersion();
    if (version == 0)
        throw StoreError(StoreError::Kind::NotADatabase,
                         tr("%1 is not a Dialoog database. An administrator sets it up with "
                            "\"dialoog server init\".")
                             .arg(m_db.path()));
    if (version > schema::currentVersion())
        throw newerVersion(version);
    if (version < schema::currentVersion())
        throw StoreError(StoreError::Kind::Other,
                         tr("%1 holds data of an older version of Dialoog. An administrator "
                            "updates it with \"dialoog server init\".")
                             .arg(m_db.path()));
    if (open == Open::ReadOnly) {
        m_readOnlyReason = tr("Dialoog was started with --read-only.");
        m_db.exec("SET default_transaction_read_only = on");
        return;
    }
    // Each manager has a question bank of their own; a new one starts with ours.
    if (seed == Seed::DefaultQuestions && questions().count() == 0)
        seedQuestions();
}

StoreError Store::newerVersion(int version) const
{
    return StoreError(StoreError::Kind::NewerVersion,
                      tr("%1 was written by a newer version of Dialoog (data version %2; this "
                         "version reads up to %3). Update Dialoog to open it.")
                          .arg(m_db.path())
                          .arg(version)
                          .arg(schema::currentVersion()));
}

QString Store::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("dialoog.sqlite"));
}

int Store::openInboxCount(Id employeeId)
{
    Statement count(m_db, "SELECT count(*) FROM inbox_note WHERE employee_id = ? AND done = 0");
    count.bind(1, employeeId);
    return count.step() ? count.integer(0) : 0;
}

QString Store::cleanCloseStamp(const QString &path)
{
    const QFileInfo file(path);
    if (!file.isFile() || QFileInfo::exists(path + QStringLiteral("-wal")))
        return {};
    return QStringLiteral("%1:%2").arg(file.size()).arg(file.lastModified().toMSecsSinceEpoch());
}

int Store::schemaVersion()
{
    return m_db.dialect().schemaVersion(m_db);
}

// A damaged file is refused before anything writes to it (a migration least of all).
void Store::verifyIntegrity()
{
    Statement check(m_db, "PRAGMA quick_check");
    if (!check.step() || check.text(0) != QLatin1String("ok"))
        throw StoreError(StoreError::Kind::Corrupt,
                         tr("%1 is damaged and cannot be read safely.").arg(m_db.path()));
    m_integrityChecked = true;
}

template <typename Value>
void Store::removeConversations(const std::string &scope, const Value &value)
{
    const auto in = [&scope](const char *sql) {
        std::string text(sql);
        for (std::size_t at = text.find("SCOPE"); at != std::string::npos;
             at = text.find("SCOPE", at))
            text.replace(at, 5, scope);
        return text;
    };
    // Ad-hoc questions asked only in these conversations may hold the person's words too.
    std::vector<Id> adhoc;
    {
        Statement find(m_db, in(R"sql(
SELECT id FROM question WHERE active = 0
  AND id IN (SELECT question_id FROM conversation_question WHERE conversation_id IN (SCOPE))
  AND id NOT IN (SELECT question_id FROM conversation_question WHERE conversation_id NOT IN (SCOPE))
  AND id NOT IN (SELECT question_id FROM answer WHERE conversation_id NOT IN (SCOPE)))sql"));
        find.bind(1, value);
        while (find.step())
            adhoc.push_back(find.int64(0));
    }
    // Feedback gathered for a conversation would only lose its link (SET NULL): it goes too.
    Statement feedback(m_db, in("DELETE FROM feedback WHERE conversation_id IN (SCOPE)"));
    feedback.bind(1, value);
    feedback.step();
    // Answers, notes, action items, agreements, goal updates... go by cascade.
    Statement conversations(m_db, in("DELETE FROM conversation WHERE id IN (SCOPE)"));
    conversations.bind(1, value);
    conversations.step();
    for (Id question : adhoc)
        questions().remove(question);
}

void Store::eraseEmployee(Id employeeId)
{
    const Employee employee = employees().get(employeeId);
    Transaction transaction(m_db);
    removeConversations("SELECT id FROM conversation WHERE employee_id = ?1", employee.id);
    employees().remove(employee.id); // goals and what is left go by cascade
    transaction.commit();
    m_db.dialect().purgeRemoved(m_db);
}

namespace {
constexpr const char *expiredSql =
    "SELECT id FROM conversation WHERE coalesce(held_date, planned_date) < ?1";
} // namespace

QDate Store::retentionCutoff(int years, const QDate &today)
{
    return today.addYears(-years);
}

qint64 Store::countExpiredConversations(int years, const QDate &today)
{
    if (years <= 0)
        return 0;
    Statement count(m_db, std::string("SELECT count(*) FROM (") + expiredSql + ") AS expired");
    count.bind(1, retentionCutoff(years, today));
    return count.step() ? count.int64(0) : 0;
}

qint64 Store::removeExpiredConversations(int years, const QDate &today)
{
    const qint64 count = countExpiredConversations(years, today);
    if (count == 0)
        return 0;
    Transaction transaction(m_db);
    removeConversations(expiredSql, retentionCutoff(years, today));
    transaction.commit();
    m_db.dialect().purgeRemoved(m_db); // as for erasure
    return count;
}

// Reads only the header: nothing is written before we know the file is ours.
void Store::verifyOwnership()
{
    const qint64 appId = scalar(m_db, "PRAGMA application_id");
    const int version = schemaVersion();
    const qint64 tables = scalar(m_db, "SELECT count(*) FROM sqlite_schema");
    if (appId != schema::applicationId && (appId != 0 || version != 0 || tables != 0))
        throw StoreError(
            StoreError::Kind::ForeignFile,
            tr("%1 is a database of another program, not of Dialoog.").arg(m_db.path()));
    if (version > schema::currentVersion())
        throw newerVersion(version);
}

void Store::seedQuestions()
{
    Transaction transaction(m_db);
    auto repo = questions();
    for (Question question : defaultQuestions())
        repo.insert(question);
    transaction.commit();
}

namespace {

// One pass over the conversations (and one count of open items), in id order: for 500
// people the per-person subqueries this replaced took a sixth of the start-up.
// Finished conversations give the last date; an unfinished one (or else the follow-up
// agreed in the last finished one) gives the next.
class OverviewScan
{
public:
    void add(Id id, bool finished, const QDate &held, const QDate &planned, const QDate &followUp)
    {
        if (finished) {
            // The last held, a later id breaking a tie; no date counts as the earliest.
            if (m_lastId == 0 || std::pair(held, id) > std::pair(m_lastHeld, m_lastId)) {
                m_lastId = id;
                m_lastHeld = held;
                m_followUp = followUp;
            }
        } else if (m_openId == 0 || earlierPlanned(planned, id)) {
            // The first planned, an earlier id breaking a tie; no date comes last.
            m_openId = id;
            m_openPlanned = planned;
        }
    }

    EmployeeOverview result(Employee employee, int openActions) const
    {
        EmployeeOverview row;
        row.employee = std::move(employee);
        row.lastHeld = m_lastHeld;
        row.nextPlanned = m_openPlanned.isValid() ? m_openPlanned : m_followUp;
        row.openConversation = m_openId;
        row.openActions = openActions;
        return row;
    }

private:
    bool earlierPlanned(const QDate &planned, Id id) const
    {
        if (planned.isValid() != m_openPlanned.isValid())
            return planned.isValid();
        return std::pair(planned, id) < std::pair(m_openPlanned, m_openId);
    }

    Id m_lastId = 0;
    QDate m_lastHeld;
    QDate m_followUp;
    Id m_openId = 0;
    QDate m_openPlanned;
};

// The rows of everyone (employeeId 0) or of one person.
std::vector<EmployeeOverview> overviewRows(Database &db, std::vector<Employee> people,
                                           Id employeeId)
{
    const std::string only = employeeId == 0 ? std::string() : std::string(" AND employee_id = ?");
    std::map<Id, OverviewScan> scans;
    Statement conversations(
        db, "SELECT employee_id, id, phase = 'finished', held_date, planned_date, next_follow_up "
            "FROM conversation WHERE true" +
                only);
    if (employeeId != 0)
        conversations.bind(1, employeeId);
    while (conversations.step()) {
        scans[conversations.int64(0)].add(conversations.int64(1), conversations.integer(2) != 0,
                                          conversations.date(3), conversations.date(4),
                                          conversations.date(5));
    }
    std::map<Id, int> open;
    Statement actions(
        db, "SELECT c.employee_id, count(*) FROM action_item a JOIN conversation c ON "
            "a.conversation_id = c.id "
            "WHERE a.status = 'open'" +
                (employeeId == 0 ? std::string() : std::string(" AND c.employee_id = ?")) +
                " GROUP BY c.employee_id");
    if (employeeId != 0)
        actions.bind(1, employeeId);
    while (actions.step())
        open[actions.int64(0)] = actions.integer(1);
    std::vector<EmployeeOverview> rows;
    rows.reserve(people.size());
    for (Employee &e : people) {
        const Id id = e.id;
        rows.push_back(scans[id].result(std::move(e), open[id]));
    }
    return rows;
}

} // namespace

std::vector<EmployeeOverview> Store::overview()
{
    return overviewRows(m_db, employees().all(), 0);
}

// One person, not everyone: it runs after every autosave, while someone types.
EmployeeOverview Store::overviewOf(Id employeeId)
{
    return overviewRows(m_db, {employees().get(employeeId)}, employeeId).front();
}

std::vector<Question> Store::questionBank(const QString &language)
{
    std::vector<Question> bank;
    for (Question &q : questions().all()) {
        if (q.language == language)
            bank.push_back(std::move(q));
    }
    std::stable_sort(bank.begin(), bank.end(), [](const Question &a, const Question &b) {
        return a.sortOrder < b.sortOrder;
    });
    return bank;
}

void Store::saveQuestionBank(std::vector<Question> &bank)
{
    Transaction transaction(m_db);
    auto repo = questions();
    int order = 0;
    for (Question &q : bank) {
        q.sortOrder = ++order;
        repo.save(q);
    }
    transaction.commit();
}

std::vector<ActionItem> Store::openActionsOf(Id employeeId)
{
    return repository<ActionItem>().matching("status = 'open' AND conversation_id IN (SELECT id "
                                             "FROM conversation WHERE employee_id = ?)",
                                             {employeeId});
}

StoreCheck Store::check()
{
    StoreCheck result;
    result.schemaVersion = schemaVersion();
    result.problems = m_db.dialect().integrityProblems(m_db);
    const auto count = [&result](QLatin1String name, auto repository) {
        result.counts.emplace_back(name, repository.count());
    };
    count(QLatin1String("employees"), repository<Employee>());
    count(QLatin1String("conversations"), repository<Conversation>());
    count(QLatin1String("goals"), repository<Goal>());
    count(QLatin1String("feedback"), repository<FeedbackItem>());
    count(QLatin1String("questions"), repository<Question>());
    count(QLatin1String("answers"), repository<Answer>());
    count(QLatin1String("notes"), repository<Note>());
    count(QLatin1String("action items"), repository<ActionItem>());
    count(QLatin1String("agreements"), repository<Agreement>());
    count(QLatin1String("notes for next time"), repository<InboxNote>());
    result.ok = result.problems.isEmpty();
    return result;
}

} // namespace dialoog
