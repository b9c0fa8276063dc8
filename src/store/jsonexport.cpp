#include "jsonexport.h"

#include "jsonformat.h"
#include "store.h"

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

class Exporter
{
public:
    Exporter(Store &store, const ExportOptions &options) : m_store(store), m_options(options) {}

    Json run()
    {
        std::vector<Employee> employees;
        if (m_options.employeeId)
            employees.push_back(m_store.employees().get(*m_options.employeeId));
        else
            employees = m_store.employees().all();

        // Numbered up front, so references may point forward as well as back.
        for (const Employee &e : employees) {
            for (const Conversation &c : m_store.conversations().forEmployee(e.id)) {
                m_conversations.assign(c.id);
                for (const ActionItem &a :
                     m_store.repository<ActionItem>().where("conversation_id", c.id))
                    m_actions.assign(a.id);
            }
        }

        Json doc;
        doc["format"] = jsonformat::formatName;
        doc["version"] = jsonformat::version;
        doc["includesPrivateNotes"] = m_options.includePrivateNotes;
        doc["questions"] = questions();
        Json list = Json::array();
        for (const Employee &e : employees)
            list.push_back(employee(e));
        doc["employees"] = std::move(list);
        return doc;
    }

private:
    Json questions()
    {
        Json list = Json::array();
        for (const Question &q : m_store.questions().all()) {
            list.push_back({{"id", m_questions.assign(q.id)},
                            {"language", text(q.language)},
                            {"text", text(q.text)},
                            {"active", q.active},
                            {"order", q.sortOrder}});
        }
        return list;
    }

    Json employee(const Employee &e)
    {
        Json goals = Json::array();
        for (const Goal &g : m_store.repository<Goal>().where("employee_id", e.id)) {
            goals.push_back({{"id", m_goals.assign(g.id)},
                             {"what", text(g.what)},
                             {"why", text(g.why)},
                             {"steps", steps(g.id)},
                             {"status", text(toKey(g.status))},
                             {"progress", g.progress},
                             {"targetDate", date(g.targetDate)},
                             {"createdIn", m_conversations.of(g.createdIn)}});
        }
        Json feedback = Json::array();
        for (const FeedbackItem &f :
             m_store.repository<FeedbackItem>().where("employee_id", e.id)) {
            feedback.push_back({{"fromWhom", text(f.fromWhom)},
                                {"relation", text(toKey(f.relation))},
                                {"date", date(f.date)},
                                {"text", text(f.text)},
                                {"conversation", m_conversations.of(f.conversationId)}});
        }
        Json inbox = Json::array();
        for (const InboxNote &n : m_store.repository<InboxNote>().where("employee_id", e.id)) {
            inbox.push_back({{"createdAt", jsonformat::dateTime(n.createdAt)},
                             {"text", text(n.text)},
                             {"done", n.done}});
        }
        Json conversations = Json::array();
        for (const Conversation &c : m_store.conversations().forEmployee(e.id))
            conversations.push_back(conversation(c));
        return {{"name", text(e.name)},
                {"role", text(e.role)},
                {"team", text(e.team)},
                {"email", text(e.email)},
                {"startDate", date(e.startDate)},
                {"rhythmWeeks", e.rhythmWeeks},
                {"archived", e.archived},
                {"goals", std::move(goals)},
                {"feedback", std::move(feedback)},
                {"inbox", std::move(inbox)},
                {"conversations", std::move(conversations)}};
    }

    Json steps(Id goalId)
    {
        Json list = Json::array();
        for (const GoalStep &step : m_store.conversations().stepsOf(goalId))
            list.push_back({{"kind", text(toKey(step.kind))}, {"text", text(step.text)}});
        return list;
    }

    template <typename T> std::vector<T> children(Id conversationId)
    {
        return m_store.repository<T>().where("conversation_id", conversationId);
    }

    Json conversation(const Conversation &c)
    {
        Json doc = {{"id", m_conversations.of(c.id)},
                    {"plannedDate", date(c.plannedDate)},
                    {"heldDate", date(c.heldDate)},
                    {"phase", text(toKey(c.phase))},
                    {"nextFollowUp", date(c.nextFollowUp)},
                    {"noFollowUp", c.noFollowUp},
                    {"energy", c.energy},
                    {"workHappiness", c.workHappiness},
                    {"wellbeingNote", text(c.wellbeingNote)},
                    {"attentionPoints", text(c.attentionPoints)},
                    {"summary", text(c.summary)},
                    {"correctedOn", date(c.correctedOn)}};
        const auto reflection =
            m_store.repository<Reflection>().firstWhere("conversation_id", c.id);
        doc["reflection"] = reflection ? Json{{"wentWell", text(reflection->wentWell)},
                                              {"growth", text(reflection->growth)},
                                              {"ambitions", text(reflection->ambitions)}}
                                       : Json(nullptr);
        Json list = Json::array();
        for (const Achievement &a : children<Achievement>(c.id))
            list.push_back({{"text", text(a.text)}});
        doc["achievements"] = std::exchange(list, Json::array());
        for (const GoalUpdate &u : children<GoalUpdate>(c.id)) {
            list.push_back({{"goal", m_goals.of(u.goalId)},
                            {"status", text(toKey(u.status))},
                            {"progress", u.progress},
                            {"note", text(u.note)}});
        }
        doc["goalUpdates"] = std::exchange(list, Json::array());
        for (Id question : m_store.conversations().pickedQuestions(c.id))
            list.push_back(m_questions.of(question));
        doc["questions"] = std::exchange(list, Json::array());
        for (const Answer &a : children<Answer>(c.id))
            list.push_back({{"question", m_questions.of(a.questionId)}, {"text", text(a.text)}});
        doc["answers"] = std::exchange(list, Json::array());
        for (const Note &n : children<Note>(c.id)) {
            if (n.isPrivate && !m_options.includePrivateNotes)
                continue;
            list.push_back({{"phase", text(toKey(n.phase))},
                            {"createdAt", jsonformat::dateTime(n.createdAt)},
                            {"text", text(n.text)},
                            {"private", n.isPrivate}});
        }
        doc["notes"] = std::exchange(list, Json::array());
        for (const ActionItem &a : children<ActionItem>(c.id)) {
            list.push_back({{"id", m_actions.of(a.id)},
                            {"text", text(a.text)},
                            {"owner", text(toKey(a.owner))},
                            {"ownerName", text(a.ownerName)},
                            {"dueDate", date(a.dueDate)},
                            {"doneDate", date(a.doneDate)},
                            {"status", text(toKey(a.status))},
                            {"carriedOverFrom", m_actions.of(a.carriedOverFrom)},
                            {"closedIn", m_conversations.of(a.closedIn)}});
        }
        doc["actionItems"] = std::exchange(list, Json::array());
        for (const Agreement &a : children<Agreement>(c.id))
            list.push_back({{"text", text(a.text)}});
        doc["agreements"] = std::move(list);
        return doc;
    }

    Store &m_store;
    ExportOptions m_options;
    Refs m_questions;
    Refs m_conversations;
    Refs m_goals;
    Refs m_actions;
};

} // namespace

std::string exportJson(Store &store, const ExportOptions &options)
{
    return Exporter(store, options).run().dump(2) + "\n";
}

} // namespace dialoog
