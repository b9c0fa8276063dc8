#include "../store/storetestsupport.h"
#include "report/handover.h"
#include "store/demodata.h"
#include "store/jsonformat.h"
#include "store/jsonimport.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <catch2/catch.hpp>
#include <map>

using namespace dialoog;
using namespace dialoog::test;
using jsonformat::Json;

namespace {

// An employee's history with every id replaced by what it stands for, so two databases
// can be compared field by field: a conversation by its place in the employee's list, a
// goal and an action item likewise, a question by its text.
class History
{
public:
    History(Store &store, Id employeeId) : m_store(store)
    {
        employee = store.employees().get(employeeId);
        for (const Conversation &c : store.conversations().forEmployee(employeeId))
            m_conversations.emplace(c.id, int(m_conversations.size()) + 1);
        for (const Goal &g : store.repository<Goal>().where("employee_id", employeeId))
            m_goals.emplace(g.id, int(m_goals.size()) + 1);
        for (const auto &[id, place] : m_conversations) {
            for (const ActionItem &a : store.repository<ActionItem>().where("conversation_id", id))
                m_actions.emplace(a.id, int(m_actions.size()) + 1);
        }
        employee.id = 0;
        for (InboxNote n : store.repository<InboxNote>().where("employee_id", employeeId)) {
            n.id = n.employeeId = 0;
            inbox.push_back(n);
        }
        for (const auto &[id, place] : m_conversations)
            records.push_back(normalized(store.conversations().load(id)));
    }

    Employee employee;
    std::vector<InboxNote> inbox;
    std::vector<ConversationRecord> records;

private:
    static Id of(const std::map<Id, int> &places, Id id) { return id == 0 ? 0 : places.at(id); }

    Id question(Id id) { return Id(qHash(m_store.questions().get(id).text)); }

    ConversationRecord normalized(ConversationRecord r)
    {
        r.employee.id = 0;
        Conversation &c = r.conversation;
        c.id = of(m_conversations, c.id);
        c.employeeId = 0;
        r.reflection.id = 0;
        r.reflection.conversationId = 0;
        for (Achievement &a : r.achievements)
            a.id = a.conversationId = 0;
        for (FeedbackItem &f : r.feedback) {
            f.id = f.employeeId = 0;
            f.conversationId = of(m_conversations, f.conversationId);
        }
        for (Goal &g : r.goals) {
            g.id = of(m_goals, g.id);
            g.employeeId = 0;
            g.createdIn = of(m_conversations, g.createdIn);
            for (GoalStep &s : g.steps)
                s.id = s.goalId = 0;
        }
        for (GoalUpdate &u : r.goalUpdates) {
            u.id = 0;
            u.goalId = of(m_goals, u.goalId);
            u.conversationId = of(m_conversations, u.conversationId);
        }
        for (Question &q : r.questions)
            q.id = 0;
        for (Answer &a : r.answers) {
            a.questionId = question(a.questionId);
            a.id = a.conversationId = 0;
        }
        for (Note &n : r.notes)
            n.id = n.conversationId = 0;
        for (std::vector<ActionItem> *list : {&r.actionItems, &r.earlierActions}) {
            for (ActionItem &a : *list) {
                a.id = of(m_actions, a.id);
                a.conversationId = of(m_conversations, a.conversationId);
                a.carriedOverFrom = of(m_actions, a.carriedOverFrom);
                a.closedIn = of(m_conversations, a.closedIn);
            }
        }
        for (Agreement &a : r.agreements)
            a.id = a.conversationId = 0;
        for (InboxNote &n : r.inbox)
            n.id = n.employeeId = 0;
        return r;
    }

    Store &m_store;
    std::map<Id, int> m_conversations, m_goals, m_actions;
};

// The demo person with the longest history, with notes for next time and feedback
// gathered since the last conversation.
Id richestEmployee(Store &store)
{
    fillDemoData(store, QDate(2026, 6, 1));
    Id best = 0;
    std::size_t most = 0;
    for (const Employee &e : store.employees().all()) {
        const std::size_t count = store.conversations().forEmployee(e.id).size();
        if (count > most) {
            most = count;
            best = e.id;
        }
    }
    InboxNote open{0, best, QDateTime(QDate(2026, 5, 20), QTime(9, 30)),
                   QStringLiteral("Ask about the team move"), false};
    InboxNote done{0, best, QDateTime(QDate(2026, 4, 2), QTime(16, 0)),
                   QStringLiteral("Congratulate on the release"), true};
    store.repository<InboxNote>().insert(open);
    store.repository<InboxNote>().insert(done);
    FeedbackItem between{0,
                         best,
                         0,
                         QStringLiteral("Noor"),
                         Relation::Customer,
                         QDate(2026, 5, 21),
                         QStringLiteral("Calm under pressure")};
    store.repository<FeedbackItem>().insert(between);
    return best;
}

HandoverOptions options(Id employee)
{
    HandoverOptions o;
    o.employeeId = employee;
    o.includePrivateNotes = true;
    o.locale = QLocale(QLocale::English, QLocale::Netherlands);
    return o;
}

std::string_view view(const std::string &s)
{
    return s;
}

} // namespace

TEST_CASE("a handover taken over into a fresh database gives the same history, field by field")
{
    TempStore source;
    const Id employee = richestEmployee(*source);
    const History before(*source, employee);
    REQUIRE(before.records.size() >= 3);

    TempStore folder;
    const QString path = folder.dir.filePath(QStringLiteral("handover.json"));
    QString error;
    REQUIRE(writeHandover(*source, options(employee), path, &error));
    CHECK(QFileInfo(path).permissions() ==
          (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray document = file.readAll();

    // One file: the export, and all the summaries as a PDF inside it.
    const Json json = Json::parse(document.toStdString());
    CHECK(json["format"] == "dialoog-handover");
    CHECK(json["export"]["employees"].size() == 1);
    const QByteArray pdf = handoverSummariesPdf(document);
    CHECK(pdf.startsWith("%PDF"));
    std::size_t finished = 0;
    for (const ConversationRecord &r : before.records)
        finished += r.conversation.phase == Phase::Finished ? 1 : 0;
    // At least a page per finished conversation ("/Type /Page", not "/Pages").
    const QString text = QString::fromLatin1(pdf);
    qsizetype pages = 0;
    for (auto it = QRegularExpression(QStringLiteral("/Type\\s*/Page\\b")).globalMatch(text);
         it.hasNext(); it.next())
        ++pages;
    CHECK(finished >= 3);
    CHECK(pages >= qsizetype(finished));

    TempStore target(Store::Seed::Nothing);
    const ImportSummary summary =
        importJson(*target, std::string_view(document.constData(), std::size_t(document.size())));
    CHECK(summary.unknownMembers.isEmpty());
    REQUIRE(target->employees().count() == 1);
    const History after(*target, target->employees().all().front().id);
    CHECK(after.employee == before.employee);
    CHECK(after.inbox == before.inbox);
    REQUIRE(after.records.size() == before.records.size());
    for (std::size_t i = 0; i < before.records.size(); ++i) {
        INFO("conversation " << i + 1);
        const ConversationRecord &a = after.records[i], &b = before.records[i];
        CHECK(a.conversation == b.conversation);
        CHECK(a.reflection == b.reflection);
        CHECK(a.achievements == b.achievements);
        CHECK(a.feedback == b.feedback);
        CHECK(a.goals == b.goals);
        CHECK(a.goalUpdates == b.goalUpdates);
        CHECK(a.questions == b.questions);
        CHECK(a.answers == b.answers);
        CHECK(a.notes == b.notes);
        CHECK(a.actionItems == b.actionItems);
        CHECK(a.earlierActions == b.earlierActions);
        CHECK(a.agreements == b.agreements);
        CHECK(a.inbox == b.inbox);
    }
}

TEST_CASE("taking over someone who is already there is refused, naming them, unless asked to add a "
          "separate person")
{
    TempStore store;
    const Id employee = richestEmployee(*store);
    const std::string document = handoverDocument(*store, options(employee));
    const qint64 employees = store->employees().count();
    const qint64 conversations = store->repository<Conversation>().count();
    const QString name = store->employees().get(employee).name;
    try {
        importJson(*store, view(document));
        FAIL("the conflict was not noticed");
    } catch (const ImportConflict &conflict) {
        REQUIRE(conflict.conflicts().size() == 1);
        CHECK(conflict.conflicts().front().contains(name));
        CHECK(conflict.message().contains(QStringLiteral("Nothing was imported")));
    }
    CHECK(store->employees().count() == employees);
    CHECK(store->repository<Conversation>().count() == conversations);

    SECTION("the same e-mail address under another name is a conflict too")
    {
        Employee renamed = store->employees().get(employee);
        renamed.name = QStringLiteral("Someone Else Entirely");
        store->employees().update(renamed);
        CHECK_THROWS_AS(importJson(*store, view(document)), ImportConflict);
    }
    SECTION("on explicit choice they come in as a separate person")
    {
        importJson(*store, view(document), ImportOptions{true});
        CHECK(store->employees().count() == employees + 1);
        CHECK(store->employees()
                  .matching("name = (SELECT name FROM employee WHERE id = ?)", {employee})
                  .size() == 2);
    }
}

TEST_CASE(
    "a damaged handover file is refused with the place of the problem, and nothing is written")
{
    TempStore source;
    const Id employee = richestEmployee(*source);
    Json json = Json::parse(handoverDocument(*source, options(employee)));
    TempStore target(Store::Seed::Nothing);
    const auto refused = [&target](const std::string &document) -> QString {
        try {
            importJson(*target, document);
        } catch (const ImportError &error) {
            CHECK(target->employees().count() == 0);
            CHECK(target->questions().count() == 0);
            return error.message();
        }
        FAIL("the damaged file was accepted");
        return {};
    };
    SECTION("a value out of range")
    {
        json["export"]["employees"][0]["goals"][0]["progress"] = 1000;
        CHECK(refused(json.dump())
                  .startsWith(QStringLiteral("$.export.employees[0].goals[0].progress:")));
    }
    SECTION("a note for next time without text")
    {
        json["export"]["employees"][0]["inbox"][0]["text"] = "";
        CHECK(refused(json.dump())
                  .startsWith(QStringLiteral("$.export.employees[0].inbox[0].text:")));
    }
    SECTION("no export in it")
    {
        json.erase("export");
        CHECK(refused(json.dump()).startsWith(QStringLiteral("$.export:")));
    }
    SECTION("cut off halfway")
    {
        const std::string whole = json.dump();
        CHECK(
            refused(whole.substr(0, whole.size() / 2)).contains(QStringLiteral("not valid JSON")));
    }
}
