#include "jsonimport.h"

#include "core/signoff.h"
#include "deferredsearchindex.h"
#include "jsonformat.h"
#include "store.h"
#include "transaction.h"

#include <QCoreApplication>
#include <map>
#include <set>

namespace dialoog {
namespace {

using jsonformat::Json;
// Named here: lupdate loses the class around a member whose return type is spelt std::….
using Utf8 = std::string_view;

// A place in the document, as a JSONPath-like string for messages.
class Place
{
public:
    explicit Place(std::string path = "$") : m_path(std::move(path)) {}
    Place operator/(std::string_view key) const { return Place(m_path + "." + std::string(key)); }
    Place operator[](std::size_t index) const
    {
        return Place(m_path + "[" + std::to_string(index) + "]");
    }
    const std::string &path() const { return m_path; }

    [[noreturn]] void fail(const QString &expected) const
    {
        throw ImportError(QString::fromStdString(m_path) + QStringLiteral(": ") + expected);
    }

private:
    std::string m_path;
};

// A JSON object with the place it stands, and typed, checked reads of its members.
class Node
{
    Q_DECLARE_TR_FUNCTIONS(dialoog::JsonImport)

public:
    Node(const Json &json, Place place, QStringList *unknown = nullptr)
        : m_json(json), m_place(std::move(place)), m_unknown(unknown)
    {
        if (!m_json.is_object())
            m_place.fail(tr("expected an object"));
    }

    const Place &place() const { return m_place; }

    QString text(const char *key, bool required = true) const
    {
        const Utf8 value = utf8(key, required);
        return QString::fromUtf8(value.data(), qsizetype(value.size()));
    }

    // The text member `key` as the document holds it; empty for null when not required.
    Utf8 utf8(const char *key, bool required) const
    {
        const Json *value = find(key);
        if (!value || value->is_null()) {
            if (required)
                (m_place / key).fail(tr("expected a text"));
            return {};
        }
        if (!value->is_string())
            (m_place / key).fail(tr("expected a text"));
        const std::string &text = value->get_ref<const std::string &>();
        // JSON allows "\u0000", but nobody types it and SQLite's text functions stop at
        // it, so the schema's checks would refuse a valid-looking name without a place.
        if (text.find('\0') != std::string::npos)
            (m_place / key).fail(tr("expected a text without the character U+0000"));
        return text;
    }

    QString requiredNonEmpty(const char *key) const
    {
        const QString value = text(key);
        if (value.trimmed().isEmpty())
            (m_place / key).fail(tr("expected a text that is not empty"));
        return value;
    }

    QDate date(const char *key) const
    {
        const Utf8 value = utf8(key, false);
        if (value.empty())
            return {};
        const QDate date = isotext::toDate(value);
        if (!date.isValid() || value.size() != 10)
            (m_place / key).fail(tr("expected a date as YYYY-MM-DD or null"));
        return date;
    }

    QDateTime dateTime(const char *key) const
    {
        const QDateTime value = isotext::toDateTime(utf8(key, true));
        if (!value.isValid())
            (m_place / key).fail(tr("expected a date and time as YYYY-MM-DDThh:mm:ss"));
        return value;
    }

    int integer(const char *key, int min, int max) const
    {
        const Json *value = find(key);
        if (!value || !value->is_number_integer() || value->get<qint64>() < min ||
            value->get<qint64>() > max)
            (m_place / key).fail(tr("expected an integer %1..%2").arg(min).arg(max));
        return int(value->get<qint64>());
    }

    // A member added in a later format version: `fallback` when an older file has none.
    int integerOr(const char *key, int min, int max, int fallback) const
    {
        const Json *value = find(key);
        return !value || value->is_null() ? fallback : integer(key, min, max);
    }

    template <typename Enum> Enum enumerationOr(const char *key, Enum fallback) const
    {
        const Json *value = find(key);
        return !value || value->is_null() ? fallback : enumeration<Enum>(key);
    }

    bool boolean(const char *key) const
    {
        const Json *value = find(key);
        if (!value || !value->is_boolean())
            (m_place / key).fail(tr("expected true or false"));
        return value->get<bool>();
    }

    template <typename Enum> Enum enumeration(const char *key) const
    {
        const QString value = text(key);
        if (const auto parsed = fromKey<Enum>(value))
            return *parsed;
        (m_place / key).fail(tr("unknown value \"%1\"").arg(value));
    }

    // A reference to a document id: a positive integer, or null where allowed.
    int ref(const char *key, bool nullable) const
    {
        const Json *value = find(key);
        if ((!value || value->is_null()) && nullable)
            return 0;
        if (!value || !value->is_number_integer() || value->get<qint64>() < 1 ||
            value->get<qint64>() > std::numeric_limits<int>::max())
            (m_place / key)
                .fail(nullable ? tr("expected a positive integer id or null")
                               : tr("expected a positive integer id"));
        return int(value->get<qint64>());
    }

    // Calls `each` for every object of the array `key` (a missing array is empty).
    template <typename Each> void forEach(const char *key, Each &&each) const
    {
        forEachValue(key, [this, &each](const Json &value, const Place &place) {
            const Node node(value, place, m_unknown);
            each(node);
            node.reportUnknown();
        });
    }

    // Calls `each` for every value of the array `key`, with its place.
    template <typename Each> void forEachValue(const char *key, Each &&each) const
    {
        const Json *value = find(key);
        if (!value || value->is_null())
            return;
        const Place place = m_place / key;
        if (!value->is_array())
            place.fail(tr("expected a list"));
        for (std::size_t i = 0; i < value->size(); ++i)
            each((*value)[i], place[i]);
    }

    std::optional<Node> child(const char *key) const
    {
        const Json *value = find(key);
        if (!value || value->is_null())
            return std::nullopt;
        return Node(*value, m_place / key, m_unknown);
    }

private:
    const Json *find(const char *key) const
    {
        m_read.insert(key);
        const auto it = m_json.find(key);
        return it == m_json.end() ? nullptr : &*it;
    }

public:
    // A member that is informational only: known, not needed.
    void accept(const char *key) const { find(key); }

    // Notes the members of this object that nothing asked for.
    void reportUnknown() const
    {
        if (!m_unknown)
            return;
        for (auto it = m_json.begin(); it != m_json.end(); ++it) {
            if (!m_read.contains(it.key()))
                *m_unknown << QString::fromStdString(m_place.path() + "." + it.key());
        }
    }

private:
    mutable std::set<std::string> m_read;

    const Json &m_json;
    Place m_place;
    QStringList *m_unknown;
};

// What the document holds, checked, with document ids still to be mapped to rows.
struct Ref
{
    int ref = 0;
    Place place;
};

struct ImportedAction
{
    ActionItem item;
    int ref = 0;
    Ref carriedOverFrom;
    Ref closedIn;
};

struct ImportedConversation
{
    int ref = 0;
    Conversation conversation;
    std::optional<Reflection> reflection;
    std::vector<Achievement> achievements;
    std::vector<std::pair<GoalUpdate, Ref>> goalUpdates;
    std::vector<Ref> questions;
    std::vector<std::pair<Answer, Ref>> answers;
    std::vector<Note> notes;
    std::vector<ImportedAction> actionItems;
    std::vector<Agreement> agreements;
};

struct ImportedEmployee
{
    Employee employee;
    std::vector<std::tuple<Goal, int, Ref>> goals; // goal, its ref, created-in conversation
    std::vector<std::pair<FeedbackItem, Ref>> feedback;
    std::vector<InboxNote> inbox;
    std::vector<ImportedConversation> conversations;
};

class Importer
{
    Q_DECLARE_TR_FUNCTIONS(dialoog::JsonImport)

public:
    Importer(Store &store, const ImportOptions &options) : m_store(store), m_options(options) {}

    ImportSummary run(std::string_view document)
    {
        if (qsizetype(document.size()) > maxImportBytes)
            throw ImportError(tr("The file is too large to import (more than %1 MB).")
                                  .arg(maxImportBytes / (1024 * 1024)));
        Json json;
        try {
            // Refuse deep nesting while parsing, before it costs memory or stack.
            json = Json::parse(document, [](int depth, Json::parse_event_t, Json &) {
                if (depth > maxImportDepth)
                    throw ImportError(
                        tr("The file is nested more deeply than a Dialoog export ever is."));
                return true;
            });
        } catch (const Json::parse_error &e) {
            if (std::string_view(e.what()).find("UTF-8") != std::string_view::npos)
                throw ImportError(tr("The file is not valid UTF-8 text (at byte %1).").arg(e.byte));
            throw ImportError(tr("The file is not valid JSON (at byte %1).").arg(e.byte));
        } catch (const Json::out_of_range &) {
            // A number such as 1e400 is valid JSON that no double can hold.
            throw ImportError(tr("The file holds a number too large to read."));
        } catch (const Json::exception &) {
            throw ImportError(tr("The file is not valid JSON."));
        }
        const Node root(json, Place(), &m_unknown);
        read(root);
        root.reportUnknown();
        return write();
    }

private:
    static void unique(std::map<int, bool> &seen, int ref, const Place &place)
    {
        if (!seen.emplace(ref, true).second)
            place.fail(tr("the id %1 is used twice").arg(ref));
    }

    void read(const Node &root)
    {
        // A handover file wraps an export; its summaries PDF is for reading, not importing.
        if (root.text("format", false) == QLatin1String("dialoog-handover")) {
            const int version = root.integer("version", 1, std::numeric_limits<int>::max());
            if (version > 1)
                (root.place() / "version")
                    .fail(
                        tr("this file was written by a newer Dialoog (handover version %1); update "
                           "Dialoog to import it")
                            .arg(version));
            root.accept("employee");
            root.accept("includesPrivateNotes");
            root.text("summariesPdf", false);
            const std::optional<Node> exported = root.child("export");
            if (!exported)
                (root.place() / "export").fail(tr("expected the export of the employee"));
            readExport(*exported);
            exported->reportUnknown();
            return;
        }
        readExport(root);
    }

    void readExport(const Node &root)
    {
        if (root.text("format", false) != QLatin1String(jsonformat::formatName))
            (root.place() / "format")
                .fail(tr("expected \"%1\": this is not a Dialoog export")
                          .arg(QLatin1String(jsonformat::formatName)));
        const int version = root.integer("version", 1, std::numeric_limits<int>::max());
        if (version > jsonformat::version)
            (root.place() / "version")
                .fail(tr("this file was written by a newer Dialoog (format version %1); update "
                         "Dialoog to import it")
                          .arg(version));
        root.accept("includesPrivateNotes");
        root.forEach("questions", [this](const Node &n) {
            const int ref = n.ref("id", false);
            unique(m_questionRefs, ref, n.place() / "id");
            m_questions.emplace_back(Question{0, n.requiredNonEmpty("language"),
                                              n.requiredNonEmpty("text"), n.boolean("active"),
                                              n.integer("order", 0, 1000000)},
                                     ref);
        });
        root.forEach("employees", [this](const Node &n) { m_employees.push_back(employee(n)); });
        checkReferences();
    }

    ImportedEmployee employee(const Node &n)
    {
        ImportedEmployee e;
        e.employee = Employee{0,
                              n.requiredNonEmpty("name"),
                              n.text("role", false),
                              n.text("team", false),
                              n.text("email", false),
                              n.date("startDate"),
                              n.integer("rhythmWeeks", 1, 104),
                              n.boolean("archived"),
                              n.integerOr("checkInWeeks", 0, 104, 0),
                              n.date("leftOn")};
        n.forEach("goals", [&e, this](const Node &g) {
            const int ref = g.ref("id", false);
            unique(m_goalRefs, ref, g.place() / "id");
            Goal goal{0,
                      0,
                      0,
                      g.requiredNonEmpty("what"),
                      g.text("why", false),
                      g.enumeration<GoalStatus>("status"),
                      g.integer("progress", 0, 100),
                      g.date("targetDate"),
                      {}};
            g.forEach("steps", [&goal](const Node &step) {
                goal.steps.push_back(GoalStep{0, 0, step.enumeration<StepKind>("kind"),
                                              step.requiredNonEmpty("text")});
            });
            e.goals.emplace_back(goal, ref, Ref{g.ref("createdIn", true), g.place() / "createdIn"});
        });
        n.forEach("feedback", [&e](const Node &f) {
            FeedbackItem item{0,
                              0,
                              0,
                              f.text("fromWhom", false),
                              f.enumeration<Relation>("relation"),
                              f.date("date"),
                              f.requiredNonEmpty("text")};
            e.feedback.emplace_back(item,
                                    Ref{f.ref("conversation", true), f.place() / "conversation"});
        });
        // Optional: exports from before the inbox existed have none.
        n.forEach("inbox", [&e](const Node &note) {
            e.inbox.push_back(InboxNote{0, 0, note.dateTime("createdAt"),
                                        note.requiredNonEmpty("text"), note.boolean("done")});
        });
        n.forEach("conversations",
                  [&e, this](const Node &c) { e.conversations.push_back(conversation(c)); });
        return e;
    }

    static Conversation conversationFields(const Node &n)
    {
        return Conversation{.plannedDate = n.date("plannedDate"),
                            .heldDate = n.date("heldDate"),
                            .phase = n.enumeration<Phase>("phase"),
                            .nextFollowUp = n.date("nextFollowUp"),
                            .noFollowUp = n.boolean("noFollowUp"),
                            .energy = n.integer("energy", 0, 5),
                            .workHappiness = n.integer("workHappiness", 0, 5),
                            .wellbeingNote = n.text("wellbeingNote", false),
                            .attentionPoints = n.text("attentionPoints", false),
                            .summary = n.text("summary", false),
                            .correctedOn = n.date("correctedOn"),
                            .kind = n.enumerationOr("kind", ConversationKind::Development),
                            .topic = n.enumerationOr("topic", CheckInTopic::None),
                            .topicText = n.text("topicText", false),
                            .nextCheckIn = n.date("nextCheckIn"),
                            .signOff = n.enumerationOr("signOff", SignOff::Draft),
                            .sentOn = n.date("sentOn"),
                            .answeredOn = n.date("answeredOn"),
                            .employeeResponse = n.text("employeeResponse", false)};
    }

    // A report marked sent or answered says when: the dates the sign-off rules keep.
    static void checkSignOff(const Node &n, const Conversation &c)
    {
        if (c.signOff != SignOff::Draft && !c.sentOn.isValid())
            (n.place() / "sentOn")
                .fail(tr("expected the date the report was sent, as it is \"%1\"")
                          .arg(toKey(c.signOff)));
        const bool answered = SignOffRules::isAnswer(c.signOff);
        if (answered && !c.answeredOn.isValid())
            (n.place() / "answeredOn")
                .fail(tr("expected the date of the employee's answer, as it is \"%1\"")
                          .arg(toKey(c.signOff)));
        if (answered && c.answeredOn < c.sentOn)
            (n.place() / "answeredOn").fail(tr("expected a date on or after sentOn"));
    }

    ImportedConversation conversation(const Node &n)
    {
        ImportedConversation c;
        c.ref = n.ref("id", false);
        unique(m_conversationRefs, c.ref, n.place() / "id");
        c.conversation = conversationFields(n);
        checkSignOff(n, c.conversation);
        if (const auto r = n.child("reflection")) {
            c.reflection = Reflection{0, 0, r->text("wentWell", false), r->text("growth", false),
                                      r->text("ambitions", false)};
            r->reportUnknown();
        }
        n.forEach("achievements", [&c](const Node &a) {
            c.achievements.push_back(Achievement{0, 0, a.requiredNonEmpty("text")});
        });
        n.forEach("goalUpdates", [&c](const Node &u) {
            GoalUpdate update{0,
                              0,
                              0,
                              u.enumeration<GoalStatus>("status"),
                              u.integer("progress", 0, 100),
                              u.text("note", false)};
            c.goalUpdates.emplace_back(update, Ref{u.ref("goal", false), u.place() / "goal"});
        });
        readRefs(n, "questions", c.questions);
        n.forEach("answers", [&c](const Node &a) {
            c.answers.emplace_back(Answer{0, 0, 0, a.text("text", false)},
                                   Ref{a.ref("question", false), a.place() / "question"});
        });
        n.forEach("notes", [&c](const Node &note) {
            c.notes.push_back(Note{0, 0, note.enumeration<Phase>("phase"),
                                   note.dateTime("createdAt"), note.text("text"),
                                   note.boolean("private")});
        });
        n.forEach("actionItems",
                  [&c, this](const Node &a) { c.actionItems.push_back(actionItem(a)); });
        n.forEach("agreements", [&c](const Node &a) {
            c.agreements.push_back(Agreement{0, 0, a.requiredNonEmpty("text")});
        });
        return c;
    }

    ImportedAction actionItem(const Node &a)
    {
        ImportedAction action;
        action.ref = a.ref("id", false);
        unique(m_actionRefs, action.ref, a.place() / "id");
        action.item = ActionItem{.text = a.requiredNonEmpty("text"),
                                 .owner = a.enumeration<Owner>("owner"),
                                 .ownerName = a.text("ownerName", false),
                                 .dueDate = a.date("dueDate"),
                                 .doneDate = a.date("doneDate"),
                                 .status = a.enumeration<ActionStatus>("status")};
        action.carriedOverFrom = Ref{a.ref("carriedOverFrom", true), a.place() / "carriedOverFrom"};
        action.closedIn = Ref{a.ref("closedIn", true), a.place() / "closedIn"};
        return action;
    }

    // A list of ids, such as the questions picked for a conversation.
    static void readRefs(const Node &n, const char *key, std::vector<Ref> &refs)
    {
        n.forEachValue(key, [&refs](const Json &value, const Place &place) {
            if (!value.is_number_integer() || value.get<qint64>() < 1 ||
                value.get<qint64>() > std::numeric_limits<int>::max())
                place.fail(tr("expected a positive integer id"));
            refs.push_back(Ref{int(value.get<qint64>()), place});
        });
    }

    static void known(const std::map<int, bool> &refs, const Ref &ref)
    {
        if (ref.ref != 0 && !refs.contains(ref.ref))
            ref.place.fail(tr("refers to id %1, which the document does not contain").arg(ref.ref));
    }

    // A conversation or goal referred to must be the same employee's.
    static void ours(const std::map<int, bool> &refs, const Ref &ref)
    {
        if (ref.ref != 0 && !refs.contains(ref.ref))
            ref.place.fail(tr("refers to id %1, which is not one of this employee's").arg(ref.ref));
    }

    template <typename Key>
    static void once(std::map<Key, bool> &seen, const Key &key, const Place &place)
    {
        if (!seen.emplace(key, true).second)
            place.fail(tr("appears twice in the same conversation"));
    }

    void checkReferences() const
    {
        for (const ImportedEmployee &e : m_employees) {
            std::map<int, bool> conversations, goals;
            for (const ImportedConversation &c : e.conversations)
                conversations.emplace(c.ref, true);
            for (const auto &goal : e.goals)
                goals.emplace(std::get<1>(goal), true);
            for (const auto &goal : e.goals)
                ours(conversations, std::get<2>(goal));
            for (const auto &[item, ref] : e.feedback)
                ours(conversations, ref);
            for (const ImportedConversation &c : e.conversations) {
                std::map<int, bool> updated, answered, picked;
                for (const auto &[update, ref] : c.goalUpdates) {
                    ours(goals, ref);
                    once(updated, ref.ref, ref.place);
                }
                for (const auto &[answer, ref] : c.answers)
                    once(answered, ref.ref, ref.place);
                for (const Ref &ref : c.questions)
                    once(picked, ref.ref, ref.place);
                for (const auto &[answer, ref] : c.answers)
                    known(m_questionRefs, ref);
                for (const Ref &ref : c.questions)
                    known(m_questionRefs, ref);
                for (const ImportedAction &a : c.actionItems) {
                    known(m_actionRefs, a.carriedOverFrom);
                    ours(conversations, a.closedIn);
                }
            }
        }
    }

    // Someone in the document who is here already, by name or email: never merged.
    void checkConflicts()
    {
        if (m_options.addConflictsAsSeparatePeople)
            return;
        const std::vector<Employee> present = m_store.employees().all();
        QStringList conflicts;
        for (const ImportedEmployee &e : m_employees) {
            for (const Employee &p : present) {
                const bool sameName =
                    p.name.trimmed().compare(e.employee.name.trimmed(), Qt::CaseInsensitive) == 0;
                const bool sameEmail =
                    !p.email.trimmed().isEmpty() &&
                    p.email.trimmed().compare(e.employee.email.trimmed(), Qt::CaseInsensitive) == 0;
                if (sameName && sameEmail)
                    conflicts << tr("%1 has the same name and email as %2 in this database")
                                     .arg(e.employee.name, p.name);
                else if (sameName)
                    conflicts << tr("%1 has the same name as someone in this database")
                                     .arg(e.employee.name);
                else if (sameEmail)
                    conflicts << tr("%1 has the same email (%2) as %3 in this database")
                                     .arg(e.employee.name, p.email, p.name);
            }
        }
        if (!conflicts.isEmpty())
            throw ImportConflict(
                tr("Already in this database: %1. Nothing was imported; import as a separate "
                   "person only if it is someone else.")
                    .arg(conflicts.join(QStringLiteral("; "))),
                conflicts);
    }

    ImportSummary write()
    {
        checkConflicts();
        ImportSummary summary;
        Transaction transaction(m_store.database());
        DeferredSearchIndex searchIndex(m_store.database());
        summary.questionsAdded = writeQuestions();
        for (ImportedEmployee &e : m_employees) {
            writeEmployee(e);
            ++summary.employees;
            summary.conversations += int(e.conversations.size());
        }
        linkActionItems();
        searchIndex.finish();
        transaction.commit();
        summary.unknownMembers = m_unknown;
        return summary;
    }

    // A question that is here already, in the same language and words, is used as it
    // is. Returns how many were added.
    int writeQuestions()
    {
        int added = 0;
        auto questions = m_store.questions();
        const std::vector<Question> existing = questions.all();
        for (auto &[question, ref] : m_questions) {
            const auto same =
                std::find_if(existing.begin(), existing.end(), [&q = question](const Question &e) {
                    return e.language == q.language && e.text == q.text;
                });
            if (same != existing.end()) {
                m_questionIds[ref] = same->id;
            } else {
                m_questionIds[ref] = questions.insert(question);
                ++added;
            }
        }
        return added;
    }

    void writeEmployee(ImportedEmployee &e)
    {
        const Id employeeId = m_store.employees().insert(e.employee);
        for (ImportedConversation &c : e.conversations) {
            c.conversation.employeeId = employeeId;
            m_conversationIds[c.ref] = m_store.repository<Conversation>().insert(c.conversation);
        }
        for (auto &[goal, ref, createdIn] : e.goals) {
            goal.employeeId = employeeId;
            goal.createdIn = conversationId(createdIn);
            m_goalIds[ref] = m_store.repository<Goal>().insert(goal);
            for (GoalStep &step : goal.steps) {
                step.goalId = goal.id;
                m_store.repository<GoalStep>().insert(step);
            }
        }
        for (auto &[item, conversation] : e.feedback) {
            item.employeeId = employeeId;
            item.conversationId = conversationId(conversation);
            m_store.repository<FeedbackItem>().insert(item);
        }
        for (InboxNote &note : e.inbox) {
            note.employeeId = employeeId;
            m_store.repository<InboxNote>().insert(note);
        }
        for (ImportedConversation &c : e.conversations)
            writeChildren(c);
    }

    Id conversationId(const Ref &ref) const
    {
        return ref.ref == 0 ? Id(0) : m_conversationIds.at(ref.ref);
    }

    // Carried-over links may point forward, so they are set once every item exists.
    void linkActionItems()
    {
        auto actions = m_store.repository<ActionItem>();
        for (ImportedEmployee &e : m_employees) {
            for (ImportedConversation &c : e.conversations) {
                for (ImportedAction &a : c.actionItems) {
                    if (a.carriedOverFrom.ref == 0 && a.closedIn.ref == 0)
                        continue;
                    if (a.carriedOverFrom.ref != 0)
                        a.item.carriedOverFrom = m_actionIds.at(a.carriedOverFrom.ref);
                    if (a.closedIn.ref != 0)
                        a.item.closedIn = m_conversationIds.at(a.closedIn.ref);
                    actions.update(a.item);
                }
            }
        }
    }

    void writeChildren(ImportedConversation &c)
    {
        const Id id = c.conversation.id;
        if (c.reflection) {
            c.reflection->conversationId = id;
            m_store.repository<Reflection>().insert(*c.reflection);
        }
        const auto insertAll = [this, id](auto &items) {
            for (auto &item : items) {
                item.conversationId = id;
                m_store.repository<std::decay_t<decltype(item)>>().insert(item);
            }
        };
        insertAll(c.achievements);
        for (auto &[update, goal] : c.goalUpdates) {
            update.conversationId = id;
            update.goalId = m_goalIds.at(goal.ref);
            m_store.repository<GoalUpdate>().insert(update);
        }
        std::vector<Id> picked;
        for (const Ref &question : c.questions)
            picked.push_back(m_questionIds.at(question.ref));
        if (!picked.empty())
            m_store.conversations().setPickedQuestions(id, picked);
        for (auto &[answer, question] : c.answers) {
            answer.conversationId = id;
            answer.questionId = m_questionIds.at(question.ref);
            m_store.repository<Answer>().insert(answer);
        }
        insertAll(c.notes);
        for (ImportedAction &a : c.actionItems) {
            a.item.conversationId = id;
            m_actionIds[a.ref] = m_store.repository<ActionItem>().insert(a.item);
        }
        insertAll(c.agreements);
    }

    Store &m_store;
    ImportOptions m_options;
    QStringList m_unknown;
    std::vector<std::pair<Question, int>> m_questions;
    std::vector<ImportedEmployee> m_employees;
    std::map<int, bool> m_questionRefs, m_conversationRefs, m_goalRefs, m_actionRefs;
    // Where each of the document's ids was written: its row id.
    std::map<int, Id> m_questionIds, m_conversationIds, m_goalIds, m_actionIds;
};

} // namespace

ImportSummary importJson(Store &store, std::string_view document, const ImportOptions &options)
{
    return Importer(store, options).run(document);
}

} // namespace dialoog
