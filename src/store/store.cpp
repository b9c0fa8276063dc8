#include "store.h"

#include "backups.h"
#include "core/retention.h"
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
#include <unistd.h>
#include <unordered_map>

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
    if (path != QLatin1String(Database::memoryPath)) {
        // The rare long part of a save, off the user's path; see BackgroundMaintenance.
        m_db.maintainInBackground();
    }
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
    removeEverythingAbout(employee.id);
    transaction.commit();
    m_db.dialect().purgeRemoved(m_db);
}

void Store::removeEverythingAbout(Id employeeId)
{
    removeConversations("SELECT id FROM conversation WHERE employee_id = ?1", employeeId);
    employees().remove(employeeId); // goals and what is left go by cascade
}

namespace {
// Both select what retention::expired and retention::leftLongEnoughAgo say is due, with
// ?1 bound to retention::cutoff.
constexpr const char *expiredSql =
    "SELECT id FROM conversation WHERE coalesce(held_date, planned_date) < ?1";
constexpr const char *leaversSql = "SELECT id FROM employee WHERE archived = 1 AND left_on < ?1";
} // namespace

qint64 Store::countExpiredConversations(int years, const QDate &today)
{
    if (years <= 0)
        return 0;
    Statement count(m_db, std::string("SELECT count(*) FROM (") + expiredSql + ") AS expired");
    count.bind(1, retention::cutoff(years, today));
    return count.step() ? count.int64(0) : 0;
}

qint64 Store::removeExpiredConversations(int years, const QDate &today)
{
    const qint64 count = countExpiredConversations(years, today);
    if (count == 0)
        return 0;
    Transaction transaction(m_db);
    removeConversations(expiredSql, retention::cutoff(years, today));
    transaction.commit();
    m_db.dialect().purgeRemoved(m_db); // as for erasure
    return count;
}

std::vector<Id> Store::leaversDue(int years, const QDate &today)
{
    std::vector<Id> due;
    if (years <= 0)
        return due;
    Statement find(m_db, leaversSql);
    find.bind(1, retention::cutoff(years, today));
    while (find.step())
        due.push_back(find.int64(0));
    return due;
}

qint64 Store::countLeaversDue(int years, const QDate &today)
{
    return qint64(leaversDue(years, today).size());
}

qint64 Store::removeLeaversDue(int years, const QDate &today)
{
    const std::vector<Id> due = leaversDue(years, today);
    if (due.empty())
        return 0;
    Transaction transaction(m_db);
    for (Id employee : due)
        removeEverythingAbout(employee);
    transaction.commit();
    m_db.dialect().purgeRemoved(m_db); // as for erasure
    return qint64(due.size());
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
// Development conversations and check-ins each have their own rhythm: of each kind,
// finished ones give the last date and an unfinished one the next. Else the next
// conversation is the follow-up agreed in the last finished development conversation,
// and the next check-in the one planned at the latest wrap-up of either kind that planned
// one (finished or not), unless a check-in was held after it.
class OverviewScan
{
public:
    struct Row
    {
        Id id = 0;
        bool finished = false;
        bool checkIn = false;
        QDate held, planned, followUp, nextCheckIn;
    };

    void add(const Row &c)
    {
        add(c.checkIn ? m_checkIns : m_development, c);
        // A plan counts from the moment it is saved, as a follow-up's planned conversation.
        const Key dated{c.held.isValid() ? c.held : c.planned, c.id};
        if (c.nextCheckIn.isValid() && later(dated, m_planFrom)) {
            m_planFrom = dated;
            m_plannedCheckIn = c.nextCheckIn;
        }
    }

    EmployeeOverview result(Employee employee, int openActions) const
    {
        EmployeeOverview row;
        row.employee = std::move(employee);
        row.lastHeld = m_development.last.held;
        row.nextPlanned = m_development.openPlanned.isValid() ? m_development.openPlanned
                                                              : m_development.followUp;
        row.openConversation = m_development.openId;
        row.openActions = openActions;
        row.lastCheckIn = m_checkIns.last.held;
        row.openCheckIn = m_checkIns.openId;
        // A check-in held after the wrap-up that planned one took its place.
        const bool planStands = m_planFrom.id != 0 && !later(m_checkIns.last, m_planFrom);
        row.nextCheckIn = m_checkIns.openPlanned.isValid() ? m_checkIns.openPlanned
                          : planStands                     ? m_plannedCheckIn
                                                           : QDate();
        return row;
    }

private:
    // A finished conversation's place in time: its held date, its id breaking a tie.
    struct Key
    {
        QDate held;
        Id id = 0;
    };
    // Where one kind of conversation stands.
    struct Kind
    {
        Key last;
        QDate followUp;
        Id openId = 0;
        QDate openPlanned;
    };

    // Held later, a later id breaking a tie; no date counts as the earliest, and any
    // conversation is later than none.
    static bool later(const Key &a, const Key &b)
    {
        return a.id != 0 && (b.id == 0 || std::pair(a.held, a.id) > std::pair(b.held, b.id));
    }

    static void add(Kind &kind, const Row &c)
    {
        if (c.finished) {
            if (later({c.held, c.id}, kind.last)) {
                kind.last = {c.held, c.id};
                kind.followUp = c.followUp;
            }
        } else if (kind.openId == 0 || earlierPlanned(kind, c.planned, c.id)) {
            // The first planned, an earlier id breaking a tie; no date comes last.
            kind.openId = c.id;
            kind.openPlanned = c.planned;
        }
    }

    static bool earlierPlanned(const Kind &kind, const QDate &planned, Id id)
    {
        if (planned.isValid() != kind.openPlanned.isValid())
            return planned.isValid();
        return std::pair(planned, id) < std::pair(kind.openPlanned, kind.openId);
    }

    Kind m_development;
    Kind m_checkIns;
    Key m_planFrom;
    QDate m_plannedCheckIn;
};

// The people a pass is restricted to: none for everyone, else their ids, each bound.
using Restriction = std::vector<Id>;

// "employee_id IN (?, ?, …)" for a restriction, with one placeholder per person.
std::string employeeIn(const Restriction &ids)
{
    std::string sql = "employee_id IN (";
    for (std::size_t i = 0; i < ids.size(); ++i)
        sql += i == 0 ? "?" : ", ?";
    return sql + ")";
}

void bindIds(Statement &statement, const Restriction &ids)
{
    for (std::size_t i = 0; i < ids.size(); ++i)
        statement.bind(int(i) + 1, ids[i]);
}

// Open action items per conversation (of everyone, or of the restriction's people), in
// conversation order. For everyone it reads the partial index action_item_open alone:
// joining each item to its conversation here cost as much as the scan below.
std::vector<std::pair<Id, int>> openActionsByConversation(Database &db, const Restriction &ids)
{
    Statement counts(db, std::string("SELECT conversation_id, count(*) FROM action_item WHERE "
                                     "status = 'open'") +
                             (ids.empty() ? ""
                                          : " AND conversation_id IN (SELECT id FROM "
                                            "conversation WHERE " +
                                                employeeIn(ids) + ")") +
                             " GROUP BY conversation_id ORDER BY conversation_id");
    bindIds(counts, ids);
    std::vector<std::pair<Id, int>> open;
    while (counts.step())
        open.emplace_back(counts.int64(0), counts.integer(1));
    return open;
}

// What one pass over the conversations gathers about one person.
struct PersonTally
{
    OverviewScan scan;
    int openActions = 0;
    QDate reportSentOn; // the oldest report still waiting for an answer
};

// The tallies of `people` (in their order), from one pass over their conversations in
// id order, which meets the open items' counts in the same order. The pass reads
// everyone's conversations unless `ids` restricts it to those people's.
std::vector<PersonTally> tally(Database &db, const std::vector<Employee> &people,
                               const Restriction &ids)
{
    std::vector<PersonTally> tallies(people.size());
    std::unordered_map<Id, std::size_t> slot;
    slot.reserve(people.size());
    for (std::size_t i = 0; i < people.size(); ++i)
        slot.emplace(people[i].id, i);
    const std::vector<std::pair<Id, int>> open = openActionsByConversation(db, ids);
    auto nextOpen = open.begin();
    Statement c(db, std::string("SELECT employee_id, id, phase = 'finished', kind = 'check-in', "
                                "held_date, planned_date, next_follow_up, next_check_in, "
                                "sign_off = 'sent', sent_on FROM conversation") +
                        (ids.empty() ? "" : " WHERE " + employeeIn(ids)) + " ORDER BY id");
    bindIds(c, ids);
    while (c.step()) {
        const auto found = slot.find(c.int64(0));
        if (found == slot.end())
            continue;
        PersonTally &person = tallies[found->second];
        const Id id = c.int64(1);
        person.scan.add({.id = id,
                         .finished = c.boolean(2),
                         .checkIn = c.boolean(3),
                         .held = c.date(4),
                         .planned = c.date(5),
                         .followUp = c.date(6),
                         .nextCheckIn = c.date(7)});
        while (nextOpen != open.end() && nextOpen->first < id)
            ++nextOpen;
        if (nextOpen != open.end() && nextOpen->first == id)
            person.openActions += nextOpen->second;
        if (c.boolean(8)) {
            const QDate sent = c.date(9);
            if (sent.isValid() && (!person.reportSentOn.isValid() || sent < person.reportSentOn))
                person.reportSentOn = sent;
        }
    }
    return tallies;
}

// The rows of `people`: of everyone when `ids` is empty, else of those with these ids.
std::vector<EmployeeOverview> overviewRows(Database &db, std::vector<Employee> people,
                                           const Restriction &ids)
{
    const std::vector<PersonTally> tallies = tally(db, people, ids);
    std::vector<EmployeeOverview> rows;
    rows.reserve(people.size());
    for (std::size_t i = 0; i < people.size(); ++i) {
        rows.push_back(tallies[i].scan.result(std::move(people[i]), tallies[i].openActions));
        rows.back().reportSentOn = tallies[i].reportSentOn;
    }
    return rows;
}

} // namespace

std::vector<EmployeeOverview> Store::overview()
{
    return overviewRows(m_db, employees().all(), {});
}

std::vector<EmployeeOverview> Store::overviewOf(std::vector<Employee> people)
{
    // Beyond a few hundred people one pass over everyone's conversations costs less than
    // the index lookups, and keeps the statement's placeholders within SQLite's limit.
    constexpr std::size_t mostLookedUp = 500;
    if (people.empty())
        return {};
    Restriction ids;
    if (people.size() <= mostLookedUp) {
        for (const Employee &person : people)
            ids.push_back(person.id);
    }
    return overviewRows(m_db, std::move(people), ids);
}

// One person, not everyone: it runs after every autosave, while someone types.
EmployeeOverview Store::overviewOf(Id employeeId)
{
    return overviewRows(m_db, {employees().get(employeeId)}, {employeeId}).front();
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
