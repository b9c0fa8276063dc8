#include "jsonexport.h"

#include "groupedrows.h"
#include "jsonformat.h"
#include "statement.h"
#include "store.h"
#include "transaction.h"

#include <map>

namespace dialoog {
namespace {

using jsonformat::date;
using jsonformat::Json;
using jsonformat::text;

// Document-local numbers, 1, 2, 3… in the order things appear.
class Refs
{
public:
    int assign(Id id) { return m_refs.emplace(id, int(m_refs.size()) + 1).first->second; }
    Json of(Id id) const
    {
        const auto it = m_refs.find(id);
        return it == m_refs.end() ? Json(nullptr) : Json(it->second);
    }

private:
    std::map<Id, int> m_refs;
};

// An object built member by member, in order. nlohmann's own ways (a braced list, or
// operator[]) wrap each member in a temporary array and search the members before every
// insert; the exporter's keys are fixed and distinct, so they are appended directly.
class Object
{
public:
    template <typename Value> Object &add(const char *key, Value &&value)
    {
        m_json.get_ref<Json::object_t &>().Json::object_t::Container::emplace_back(
            key, Json(std::forward<Value>(value)));
        return *this;
    }
    Json json() { return std::move(m_json); }

private:
    Json m_json = Json::object();
};

constexpr const char *byEmployee = "employee_id = ?";
constexpr const char *byConversation =
    "conversation_id IN (SELECT id FROM conversation WHERE employee_id = ?)";
constexpr const char *byGoal = "goal_id IN (SELECT id FROM goal WHERE employee_id = ?)";

// A note or inbox note with its time as stored (see isotext::dateTimeText).
struct TimedRow
{
    Id id = 0;
    Id owner = 0;
    Phase phase = Phase::Preparation; // notes only
    std::string createdAt;
    QString text;
    bool flag = false; // a note's privacy, an inbox note's done
};

std::string storedText(const Statement &s, int column)
{
    return s.isNull(column) ? std::string() : std::string(s.utf8(column));
}

// Columns as in Table<Note>: conversation_id, phase, created_at, text, private.
TimedRow readNote(const Statement &s)
{
    return TimedRow{
        s.int64(0),       s.int64(1), fromKey<Phase>(s.text(2)).value_or(Phase::Preparation),
        storedText(s, 3), s.text(4),  s.boolean(5)};
}

// Columns as in Table<InboxNote>: employee_id, created_at, text, done.
TimedRow readInboxNote(const Statement &s)
{
    return TimedRow{s.int64(0),       s.int64(1), Phase::Preparation,
                    storedText(s, 2), s.text(3),  s.boolean(4)};
}

Json dateTimeText(const std::string &stored)
{
    const std::string text = stored.empty() ? stored : isotext::dateTimeText(stored);
    return text.empty() ? Json(nullptr) : Json(text);
}

// The rows an export holds, each table read once, in id order: the whole store's, or one
// employee's.
class Rows
{
public:
    Rows(Store &store, std::optional<Id> employee) : m_store(store), m_employee(employee) {}

    template <typename T> GroupedRows<T> of(const char *ofEmployee, Id T::*owner)
    {
        return GroupedRows<T>(m_employee
                                  ? m_store.repository<T>().matching(ofEmployee, {*m_employee})
                                  : m_store.repository<T>().all(),
                              owner);
    }

    // Like of(), each row read by `read` from Table<T>'s columns.
    template <typename T>
    GroupedRows<TimedRow> timed(const char *ofEmployee, TimedRow (*read)(const Statement &))
    {
        Statement statement(
            m_store.database(),
            Repository<T>::select(m_employee ? std::string("WHERE ") + ofEmployee + " ORDER BY id"
                                             : "ORDER BY id"));
        if (m_employee)
            statement.bind(1, *m_employee);
        std::vector<TimedRow> rows;
        while (statement.step())
            rows.push_back(read(statement));
        return GroupedRows<TimedRow>(std::move(rows), &TimedRow::owner);
    }

    // Each conversation's picked questions, in their order.
    std::unordered_map<Id, std::vector<Id>> pickedQuestions()
    {
        Statement statement(m_store.database(),
                            std::string("SELECT conversation_id, question_id FROM "
                                        "conversation_question") +
                                (m_employee ? std::string(" WHERE ") + byConversation : "") +
                                " ORDER BY conversation_id, position, question_id");
        if (m_employee)
            statement.bind(1, *m_employee);
        std::unordered_map<Id, std::vector<Id>> picked;
        while (statement.step())
            picked[statement.int64(0)].push_back(statement.int64(1));
        return picked;
    }

private:
    Store &m_store;
    std::optional<Id> m_employee;
};

class Exporter
{
public:
    Exporter(Store &store, const ExportOptions &options)
        : m_store(store), m_options(options), m_rows(store, options.employeeId),
          m_conversationRows(m_rows.of(byEmployee, &Conversation::employeeId)),
          m_actionRows(m_rows.of(byConversation, &ActionItem::conversationId))
    {
    }

    Json run()
    {
        std::vector<Employee> employees;
        if (m_options.employeeId)
            employees.push_back(m_store.employees().get(*m_options.employeeId));
        else
            employees = m_store.employees().all();

        // Numbered up front, so references may point forward as well as back.
        for (const Employee &e : employees) {
            for (const Conversation &c : m_conversationRows.of(e.id)) {
                m_conversations.assign(c.id);
                for (const ActionItem &a : m_actionRows.of(c.id))
                    m_actions.assign(a.id);
            }
        }

        Object doc;
        doc.add("format", jsonformat::formatName)
            .add("version", jsonformat::version)
            .add("includesPrivateNotes", m_options.includePrivateNotes)
            .add("questions", questions());
        Json list = Json::array();
        for (const Employee &e : employees)
            list.push_back(employee(e));
        doc.add("employees", std::move(list));
        return doc.json();
    }

private:
    Json questions()
    {
        Json list = Json::array();
        for (const Question &q : m_store.questions().all()) {
            list.push_back(Object()
                               .add("id", m_questions.assign(q.id))
                               .add("language", text(q.language))
                               .add("text", text(q.text))
                               .add("active", q.active)
                               .add("order", q.sortOrder)
                               .json());
        }
        return list;
    }

    Json employee(const Employee &e)
    {
        Json goals = Json::array();
        for (const Goal &g : m_goalRows.take(e.id)) {
            goals.push_back(Object()
                                .add("id", m_goals.assign(g.id))
                                .add("what", text(g.what))
                                .add("why", text(g.why))
                                .add("steps", steps(g.id))
                                .add("status", text(toKey(g.status)))
                                .add("progress", g.progress)
                                .add("targetDate", date(g.targetDate))
                                .add("createdIn", m_conversations.of(g.createdIn))
                                .json());
        }
        Json feedback = Json::array();
        for (const FeedbackItem &f : m_feedbackRows.take(e.id)) {
            feedback.push_back(Object()
                                   .add("fromWhom", text(f.fromWhom))
                                   .add("relation", text(toKey(f.relation)))
                                   .add("date", date(f.date))
                                   .add("text", text(f.text))
                                   .add("conversation", m_conversations.of(f.conversationId))
                                   .json());
        }
        Json inbox = Json::array();
        for (const TimedRow &n : m_inboxRows.take(e.id)) {
            inbox.push_back(Object()
                                .add("createdAt", dateTimeText(n.createdAt))
                                .add("text", text(n.text))
                                .add("done", n.flag)
                                .json());
        }
        Json conversations = Json::array();
        for (const Conversation &c : m_conversationRows.take(e.id))
            conversations.push_back(conversation(c));
        return Object()
            .add("name", text(e.name))
            .add("role", text(e.role))
            .add("team", text(e.team))
            .add("email", text(e.email))
            .add("startDate", date(e.startDate))
            .add("rhythmWeeks", e.rhythmWeeks)
            .add("checkInWeeks", e.checkInWeeks)
            .add("archived", e.archived)
            .add("leftOn", date(e.leftOn))
            .add("goals", std::move(goals))
            .add("feedback", std::move(feedback))
            .add("inbox", std::move(inbox))
            .add("conversations", std::move(conversations))
            .json();
    }

    Json steps(Id goalId)
    {
        Json list = Json::array();
        for (const GoalStep &step : m_stepRows.take(goalId))
            list.push_back(
                Object().add("kind", text(toKey(step.kind))).add("text", text(step.text)).json());
        return list;
    }

    Json conversation(const Conversation &c)
    {
        Object doc;
        doc.add("id", m_conversations.of(c.id))
            .add("kind", text(toKey(c.kind)))
            .add("plannedDate", date(c.plannedDate))
            .add("heldDate", date(c.heldDate))
            .add("phase", text(toKey(c.phase)))
            .add("nextFollowUp", date(c.nextFollowUp))
            .add("noFollowUp", c.noFollowUp)
            .add("energy", c.energy)
            .add("workHappiness", c.workHappiness)
            .add("wellbeingNote", text(c.wellbeingNote))
            .add("attentionPoints", text(c.attentionPoints))
            .add("summary", text(c.summary))
            .add("correctedOn", date(c.correctedOn))
            .add("topic", text(toKey(c.topic)))
            .add("topicText", text(c.topicText))
            .add("nextCheckIn", date(c.nextCheckIn))
            .add("signOff", text(toKey(c.signOff)))
            .add("sentOn", date(c.sentOn))
            .add("answeredOn", date(c.answeredOn))
            .add("employeeResponse", text(c.employeeResponse));
        const std::vector<Reflection> reflections = m_reflectionRows.take(c.id);
        const Reflection *reflection = reflections.empty() ? nullptr : &reflections.front();
        doc.add("reflection", reflection ? Object()
                                               .add("wentWell", text(reflection->wentWell))
                                               .add("growth", text(reflection->growth))
                                               .add("ambitions", text(reflection->ambitions))
                                               .json()
                                         : Json(nullptr));
        addBeforeWrapUp(doc, c.id);
        addWrapUp(doc, c.id);
        return doc.json();
    }

    // Achievements, goal updates, picked questions and answers, in the format's order.
    void addBeforeWrapUp(Object &doc, Id id)
    {
        Json list = Json::array();
        for (const Achievement &a : m_achievementRows.take(id))
            list.push_back(Object().add("text", text(a.text)).json());
        doc.add("achievements", std::exchange(list, Json::array()));
        for (const GoalUpdate &u : m_goalUpdateRows.take(id)) {
            list.push_back(Object()
                               .add("goal", m_goals.of(u.goalId))
                               .add("status", text(toKey(u.status)))
                               .add("progress", u.progress)
                               .add("note", text(u.note))
                               .json());
        }
        doc.add("goalUpdates", std::exchange(list, Json::array()));
        for (Id question : m_picked[id])
            list.push_back(m_questions.of(question));
        doc.add("questions", std::exchange(list, Json::array()));
        for (const Answer &a : m_answerRows.take(id))
            list.push_back(Object()
                               .add("question", m_questions.of(a.questionId))
                               .add("text", text(a.text))
                               .json());
        doc.add("answers", std::exchange(list, Json::array()));
    }

    // Notes, action items and agreements, in the format's order.
    void addWrapUp(Object &doc, Id id)
    {
        Json list = Json::array();
        for (const TimedRow &n : m_noteRows.take(id)) {
            if (n.flag && !m_options.includePrivateNotes)
                continue;
            list.push_back(Object()
                               .add("phase", text(toKey(n.phase)))
                               .add("createdAt", dateTimeText(n.createdAt))
                               .add("text", text(n.text))
                               .add("private", n.flag)
                               .json());
        }
        doc.add("notes", std::exchange(list, Json::array()));
        for (const ActionItem &a : m_actionRows.take(id)) {
            list.push_back(Object()
                               .add("id", m_actions.of(a.id))
                               .add("text", text(a.text))
                               .add("owner", text(toKey(a.owner)))
                               .add("ownerName", text(a.ownerName))
                               .add("dueDate", date(a.dueDate))
                               .add("doneDate", date(a.doneDate))
                               .add("status", text(toKey(a.status)))
                               .add("carriedOverFrom", m_actions.of(a.carriedOverFrom))
                               .add("closedIn", m_conversations.of(a.closedIn))
                               .json());
        }
        doc.add("actionItems", std::exchange(list, Json::array()));
        for (const Agreement &a : m_agreementRows.take(id))
            list.push_back(Object().add("text", text(a.text)).json());
        doc.add("agreements", std::move(list));
    }

    Store &m_store;
    ExportOptions m_options;
    Rows m_rows;
    GroupedRows<Conversation> m_conversationRows;
    GroupedRows<ActionItem> m_actionRows;
    GroupedRows<Goal> m_goalRows = m_rows.of(byEmployee, &Goal::employeeId);
    GroupedRows<GoalStep> m_stepRows = m_rows.of(byGoal, &GoalStep::goalId);
    GroupedRows<FeedbackItem> m_feedbackRows = m_rows.of(byEmployee, &FeedbackItem::employeeId);
    GroupedRows<TimedRow> m_inboxRows = m_rows.timed<InboxNote>(byEmployee, readInboxNote);
    GroupedRows<Reflection> m_reflectionRows =
        m_rows.of(byConversation, &Reflection::conversationId);
    GroupedRows<Achievement> m_achievementRows =
        m_rows.of(byConversation, &Achievement::conversationId);
    GroupedRows<GoalUpdate> m_goalUpdateRows =
        m_rows.of(byConversation, &GoalUpdate::conversationId);
    std::unordered_map<Id, std::vector<Id>> m_picked = m_rows.pickedQuestions();
    GroupedRows<Answer> m_answerRows = m_rows.of(byConversation, &Answer::conversationId);
    GroupedRows<TimedRow> m_noteRows = m_rows.timed<Note>(byConversation, readNote);
    GroupedRows<Agreement> m_agreementRows = m_rows.of(byConversation, &Agreement::conversationId);
    Refs m_questions;
    Refs m_conversations;
    Refs m_goals;
    Refs m_actions;
};

} // namespace

std::string exportJson(Store &store, const ExportOptions &options)
{
    Json document;
    {
        // One moment of the database, read without a lock per statement.
        ReadTransaction read(store.database());
        document = Exporter(store, options).run();
    }
    return document.dump(2) + "\n";
}

} // namespace dialoog
