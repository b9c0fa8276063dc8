#include "tables.h"

#include "statement.h"

namespace dialoog {
namespace {

// Enum columns hold stable keys; an unknown key (hand-edited file) falls back to a
// safe default rather than crashing.
template <typename Enum> Enum enumColumn(const Statement &s, int column, Enum fallback)
{
    return fromKey<Enum>(s.text(column)).value_or(fallback);
}

} // namespace

// --- employee
const std::string_view Table<Employee>::name = "employee";
const std::array<std::string_view, 9> Table<Employee>::columns = {
    "name",         "role",     "team",           "email",  "start_date",
    "rhythm_weeks", "archived", "check_in_weeks", "left_on"};
void Table<Employee>::bind(Statement &s, const Employee &v)
{
    s.bind(1, v.name).bind(2, v.role).bind(3, v.team).bind(4, v.email).bind(5, v.startDate);
    s.bind(6, v.rhythmWeeks).bind(7, v.archived).bind(8, v.checkInWeeks).bind(9, v.leftOn);
}
Employee Table<Employee>::read(const Statement &s)
{
    return Employee{.id = s.int64(0),
                    .name = s.text(1),
                    .role = s.text(2),
                    .team = s.text(3),
                    .email = s.text(4),
                    .startDate = s.date(5),
                    .rhythmWeeks = s.integer(6),
                    .archived = s.boolean(7),
                    .checkInWeeks = s.integer(8),
                    .leftOn = s.date(9)};
}

// --- conversation
const std::string_view Table<Conversation>::name = "conversation";
const std::array<std::string_view, 20> Table<Conversation>::columns = {
    "employee_id",   "planned_date", "held_date",      "phase",          "next_follow_up",
    "no_follow_up",  "energy",       "work_happiness", "wellbeing_note", "attention_points",
    "summary",       "corrected_on", "kind",           "check_in_topic", "topic_text",
    "next_check_in", "sign_off",     "sent_on",        "answered_on",    "employee_response"};
void Table<Conversation>::bind(Statement &s, const Conversation &v)
{
    s.bind(1, v.employeeId).bind(2, v.plannedDate).bind(3, v.heldDate).bind(4, toKey(v.phase));
    s.bind(5, v.nextFollowUp).bind(6, v.noFollowUp).bind(7, v.energy).bind(8, v.workHappiness);
    s.bind(9, v.wellbeingNote)
        .bind(10, v.attentionPoints)
        .bind(11, v.summary)
        .bind(12, v.correctedOn);
    s.bind(13, toKey(v.kind)).bind(14, toKey(v.topic)).bind(15, v.topicText);
    s.bind(16, v.nextCheckIn).bind(17, toKey(v.signOff)).bind(18, v.sentOn);
    s.bind(19, v.answeredOn).bind(20, v.employeeResponse);
}
Conversation Table<Conversation>::read(const Statement &s)
{
    return Conversation{.id = s.int64(0),
                        .employeeId = s.int64(1),
                        .plannedDate = s.date(2),
                        .heldDate = s.date(3),
                        .phase = enumColumn(s, 4, Phase::Preparation),
                        .nextFollowUp = s.date(5),
                        .noFollowUp = s.boolean(6),
                        .energy = s.integer(7),
                        .workHappiness = s.integer(8),
                        .wellbeingNote = s.text(9),
                        .attentionPoints = s.text(10),
                        .summary = s.text(11),
                        .correctedOn = s.date(12),
                        .kind = enumColumn(s, 13, ConversationKind::Development),
                        .topic = enumColumn(s, 14, CheckInTopic::None),
                        .topicText = s.text(15),
                        .nextCheckIn = s.date(16),
                        .signOff = enumColumn(s, 17, SignOff::Draft),
                        .sentOn = s.date(18),
                        .answeredOn = s.date(19),
                        .employeeResponse = s.text(20)};
}

// --- reflection
const std::string_view Table<Reflection>::name = "reflection";
const std::array<std::string_view, 4> Table<Reflection>::columns = {"conversation_id", "went_well",
                                                                    "growth", "ambitions"};
void Table<Reflection>::bind(Statement &s, const Reflection &v)
{
    s.bind(1, v.conversationId).bind(2, v.wentWell).bind(3, v.growth).bind(4, v.ambitions);
}
Reflection Table<Reflection>::read(const Statement &s)
{
    return Reflection{s.int64(0), s.int64(1), s.text(2), s.text(3), s.text(4)};
}

// --- achievement
const std::string_view Table<Achievement>::name = "achievement";
const std::array<std::string_view, 2> Table<Achievement>::columns = {"conversation_id", "text"};
void Table<Achievement>::bind(Statement &s, const Achievement &v)
{
    s.bind(1, v.conversationId).bind(2, v.text);
}
Achievement Table<Achievement>::read(const Statement &s)
{
    return Achievement{s.int64(0), s.int64(1), s.text(2)};
}

// --- feedback
const std::string_view Table<FeedbackItem>::name = "feedback";
const std::array<std::string_view, 6> Table<FeedbackItem>::columns = {
    "employee_id", "conversation_id", "from_whom", "relation", "date", "text"};
void Table<FeedbackItem>::bind(Statement &s, const FeedbackItem &v)
{
    s.bind(1, v.employeeId).bindId(2, v.conversationId).bind(3, v.fromWhom);
    s.bind(4, toKey(v.relation)).bind(5, v.date).bind(6, v.text);
}
FeedbackItem Table<FeedbackItem>::read(const Statement &s)
{
    return FeedbackItem{
        s.int64(0), s.int64(1), s.int64(2), s.text(3), enumColumn(s, 4, Relation::Other),
        s.date(5),  s.text(6)};
}

// --- goal
const std::string_view Table<Goal>::name = "goal";
// Steps are rows of their own (goal_step); ConversationRepository loads and saves them.
const std::array<std::string_view, 7> Table<Goal>::columns = {
    "employee_id", "created_in", "what", "why", "status", "progress", "target_date"};
void Table<Goal>::bind(Statement &s, const Goal &v)
{
    s.bind(1, v.employeeId).bindId(2, v.createdIn).bind(3, v.what).bind(4, v.why);
    s.bind(5, toKey(v.status)).bind(6, v.progress).bind(7, v.targetDate);
}
Goal Table<Goal>::read(const Statement &s)
{
    return Goal{s.int64(0),   s.int64(1), s.int64(2),
                s.text(3),    s.text(4),  enumColumn(s, 5, GoalStatus::Proposed),
                s.integer(6), s.date(7),  {}};
}

// --- goal step
const std::string_view Table<GoalStep>::name = "goal_step";
const std::array<std::string_view, 3> Table<GoalStep>::columns = {"goal_id", "kind", "text"};
void Table<GoalStep>::bind(Statement &s, const GoalStep &v)
{
    s.bind(1, v.goalId).bind(2, toKey(v.kind)).bind(3, v.text);
}
GoalStep Table<GoalStep>::read(const Statement &s)
{
    return GoalStep{s.int64(0), s.int64(1), enumColumn(s, 2, StepKind::Task), s.text(3)};
}

// --- goal update
const std::string_view Table<GoalUpdate>::name = "goal_update";
const std::array<std::string_view, 5> Table<GoalUpdate>::columns = {"goal_id", "conversation_id",
                                                                    "status", "progress", "note"};
void Table<GoalUpdate>::bind(Statement &s, const GoalUpdate &v)
{
    s.bind(1, v.goalId).bind(2, v.conversationId).bind(3, toKey(v.status));
    s.bind(4, v.progress).bind(5, v.note);
}
GoalUpdate Table<GoalUpdate>::read(const Statement &s)
{
    return GoalUpdate{s.int64(0),   s.int64(1), s.int64(2), enumColumn(s, 3, GoalStatus::Active),
                      s.integer(4), s.text(5)};
}

// --- question
const std::string_view Table<Question>::name = "question";
const std::array<std::string_view, 4> Table<Question>::columns = {"language", "text", "active",
                                                                  "sort_order"};
void Table<Question>::bind(Statement &s, const Question &v)
{
    s.bind(1, v.language).bind(2, v.text).bind(3, v.active).bind(4, v.sortOrder);
}
Question Table<Question>::read(const Statement &s)
{
    return Question{s.int64(0), s.text(1), s.text(2), s.boolean(3), s.integer(4)};
}

// --- answer
const std::string_view Table<Answer>::name = "answer";
const std::array<std::string_view, 3> Table<Answer>::columns = {"conversation_id", "question_id",
                                                                "text"};
void Table<Answer>::bind(Statement &s, const Answer &v)
{
    s.bind(1, v.conversationId).bind(2, v.questionId).bind(3, v.text);
}
Answer Table<Answer>::read(const Statement &s)
{
    return Answer{s.int64(0), s.int64(1), s.int64(2), s.text(3)};
}

// --- note
const std::string_view Table<Note>::name = "note";
const std::array<std::string_view, 5> Table<Note>::columns = {"conversation_id", "phase",
                                                              "created_at", "text", "private"};
void Table<Note>::bind(Statement &s, const Note &v)
{
    s.bind(1, v.conversationId).bind(2, toKey(v.phase)).bind(3, v.createdAt).bind(4, v.text);
    s.bind(5, v.isPrivate);
}
Note Table<Note>::read(const Statement &s)
{
    return Note{s.int64(0),    s.int64(1), enumColumn(s, 2, Phase::Preparation),
                s.dateTime(3), s.text(4),  s.boolean(5)};
}

// --- action item
const std::string_view Table<ActionItem>::name = "action_item";
const std::array<std::string_view, 9> Table<ActionItem>::columns = {
    "conversation_id",   "text",     "owner", "owner_name", "due_date", "done_date", "status",
    "carried_over_from", "closed_in"};
void Table<ActionItem>::bind(Statement &s, const ActionItem &v)
{
    s.bind(1, v.conversationId).bind(2, v.text).bind(3, toKey(v.owner)).bind(4, v.ownerName);
    s.bind(5, v.dueDate).bind(6, v.doneDate).bind(7, toKey(v.status)).bindId(8, v.carriedOverFrom);
    s.bindId(9, v.closedIn);
}
ActionItem Table<ActionItem>::read(const Statement &s)
{
    return ActionItem{s.int64(0), s.int64(1), s.text(2), enumColumn(s, 3, Owner::Other),
                      s.text(4),  s.date(5),  s.date(6), enumColumn(s, 7, ActionStatus::Open),
                      s.int64(8), s.int64(9)};
}

// --- agreement
const std::string_view Table<Agreement>::name = "agreement";
const std::array<std::string_view, 2> Table<Agreement>::columns = {"conversation_id", "text"};
void Table<Agreement>::bind(Statement &s, const Agreement &v)
{
    s.bind(1, v.conversationId).bind(2, v.text);
}
Agreement Table<Agreement>::read(const Statement &s)
{
    return Agreement{s.int64(0), s.int64(1), s.text(2)};
}

// --- inbox note
const std::string_view Table<InboxNote>::name = "inbox_note";
const std::array<std::string_view, 4> Table<InboxNote>::columns = {"employee_id", "created_at",
                                                                   "text", "done"};
void Table<InboxNote>::bind(Statement &s, const InboxNote &v)
{
    s.bind(1, v.employeeId).bind(2, v.createdAt).bind(3, v.text).bind(4, v.done);
}
InboxNote Table<InboxNote>::read(const Statement &s)
{
    return InboxNote{s.int64(0), s.int64(1), s.dateTime(2), s.text(3), s.boolean(4)};
}

} // namespace dialoog
