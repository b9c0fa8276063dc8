#include "conversationrepository.h"

#include "repository.h"
#include "transaction.h"

#include <algorithm>

namespace dialoog {
namespace {

// Makes the rows of T under `parentId` exactly `children`.
template <typename T>
void syncChildren(Database &db, std::string_view column, Id parentId, std::vector<T> &children,
                  Id T::*parentField)
{
    Repository<T> repo(db);
    for (const T &stored : repo.where(column, parentId)) {
        const bool kept = std::any_of(children.begin(), children.end(),
                                      [&stored](const T &c) { return c.id == stored.id; });
        if (!kept)
            repo.remove(stored.id);
    }
    for (T &child : children) {
        child.*parentField = parentId;
        repo.save(child);
    }
}

} // namespace

Conversation ConversationRepository::create(Id employeeId, const QDate &plannedDate)
{
    Conversation conversation;
    conversation.employeeId = employeeId;
    conversation.plannedDate = plannedDate;
    Repository<Conversation>(m_db).insert(conversation);
    return conversation;
}

ConversationRecord ConversationRepository::load(Id conversationId, const QString &language)
{
    ConversationRecord r;
    r.conversation = Repository<Conversation>(m_db).get(conversationId);
    r.employee = Repository<Employee>(m_db).get(r.conversation.employeeId);
    r.reflection = Repository<Reflection>(m_db)
                       .firstWhere("conversation_id", conversationId)
                       .value_or(Reflection{0, conversationId, {}, {}, {}});
    r.achievements = Repository<Achievement>(m_db).where("conversation_id", conversationId);
    r.feedback = Repository<FeedbackItem>(m_db).where("conversation_id", conversationId);
    if (r.conversation.phase != Phase::Finished) {
        // What was gathered between conversations waits for the next one; saving the
        // conversation makes it part of it.
        const std::vector<FeedbackItem> between = Repository<FeedbackItem>(m_db).matching(
            "employee_id = ? AND conversation_id IS NULL", {r.employee.id});
        r.feedback.insert(r.feedback.end(), between.begin(), between.end());
        r.inbox = Repository<InboxNote>(m_db).matching("employee_id = ? AND done = 0", {r.employee.id});
    }
    r.goals = Repository<Goal>(m_db).where("employee_id", r.employee.id);
    for (Goal &goal : r.goals)
        goal.steps = stepsOf(goal.id);
    r.goalUpdates = Repository<GoalUpdate>(m_db).where("conversation_id", conversationId);
    r.answers = Repository<Answer>(m_db).where("conversation_id", conversationId);
    r.notes = Repository<Note>(m_db).where("conversation_id", conversationId);
    r.actionItems = Repository<ActionItem>(m_db).where("conversation_id", conversationId);
    r.earlierActions = Repository<ActionItem>(m_db).matching(
        "conversation_id IN (SELECT id FROM conversation WHERE employee_id = ?) AND conversation_id <> ? "
        "AND (status = 'open' OR closed_in = ?)",
        {r.employee.id, conversationId, conversationId});
    r.agreements = Repository<Agreement>(m_db).where("conversation_id", conversationId);

    Repository<Question> questions(m_db);
    const std::vector<Id> picked = pickedQuestions(conversationId);
    if (!picked.empty()) {
        for (Id id : picked)
            r.questions.push_back(questions.get(id));
        return r;
    }
    std::vector<Question> bank = questions.all();
    std::stable_sort(bank.begin(), bank.end(),
                     [](const Question &a, const Question &b) { return a.sortOrder < b.sortOrder; });
    for (const Question &q : bank) {
        const bool answered = std::any_of(r.answers.begin(), r.answers.end(),
                                          [&q](const Answer &a) { return a.questionId == q.id; });
        if (answered || (q.active && q.language == language))
            r.questions.push_back(q);
    }
    return r;
}

void ConversationRepository::save(ConversationRecord &r)
{
    Transaction transaction(m_db);
    Repository<Conversation>(m_db).save(r.conversation);
    const Id id = r.conversation.id;
    r.reflection.conversationId = id;
    Repository<Reflection>(m_db).save(r.reflection);
    for (Goal &goal : r.goals) {
        if (goal.id == 0 && goal.createdIn == 0)
            goal.createdIn = id; // a goal first saved with this conversation was set in it
        Repository<Goal>(m_db).save(goal);
        syncChildren(m_db, "goal_id", goal.id, goal.steps, &GoalStep::goalId);
    }
    // Ad-hoc questions join the bank, inactive, so their answers keep their wording.
    std::vector<Id> picked;
    for (Question &question : r.questions) {
        Repository<Question>(m_db).save(question);
        picked.push_back(question.id);
    }
    setPickedQuestions(id, picked);
    syncChildren(m_db, "conversation_id", id, r.achievements, &Achievement::conversationId);
    syncChildren(m_db, "conversation_id", id, r.feedback, &FeedbackItem::conversationId);
    syncChildren(m_db, "conversation_id", id, r.goalUpdates, &GoalUpdate::conversationId);
    syncChildren(m_db, "conversation_id", id, r.answers, &Answer::conversationId);
    syncChildren(m_db, "conversation_id", id, r.notes, &Note::conversationId);
    syncChildren(m_db, "conversation_id", id, r.actionItems, &ActionItem::conversationId);
    syncChildren(m_db, "conversation_id", id, r.agreements, &Agreement::conversationId);
    for (ActionItem &earlier : r.earlierActions)
        Repository<ActionItem>(m_db).update(earlier);
    // Only the done flag changes here; a note removed from the inbox meanwhile (an undo
    // in the main window) stays removed.
    for (const InboxNote &note : r.inbox)
        Repository<InboxNote>(m_db).tryUpdate(note);
    transaction.commit();
}

std::vector<Conversation> ConversationRepository::forEmployee(Id employeeId)
{
    return Repository<Conversation>(m_db).where("employee_id", employeeId);
}

std::vector<GoalStep> ConversationRepository::stepsOf(Id goalId)
{
    return Repository<GoalStep>(m_db).where("goal_id", goalId);
}

std::vector<Conversation> ConversationRepository::earlierConversations(const Conversation &conversation)
{
    std::vector<Conversation> earlier = Repository<Conversation>(m_db).matching(
        "employee_id = ? AND id <> ? AND phase = 'finished' AND held_date IS NOT NULL", {conversation.employeeId, conversation.id});
    const QDate when = conversation.heldDate.isValid() ? conversation.heldDate : conversation.plannedDate;
    if (when.isValid())
        std::erase_if(earlier, [&when](const Conversation &c) { return c.heldDate > when; });
    std::stable_sort(earlier.begin(), earlier.end(),
                     [](const Conversation &a, const Conversation &b) { return a.heldDate < b.heldDate; });
    return earlier;
}

std::vector<Agreement> ConversationRepository::agreementsOf(Id conversationId)
{
    return Repository<Agreement>(m_db).where("conversation_id", conversationId);
}

std::vector<std::pair<QDate, QString>> ConversationRepository::earlierAnswers(const Conversation &conversation,
                                                                             const Question &question)
{
    Statement statement(m_db, R"sql(
SELECT c.held_date, a.text FROM answer a
    JOIN conversation c ON c.id = a.conversation_id
    JOIN question q ON q.id = a.question_id
WHERE c.employee_id = ? AND c.id <> ? AND (q.id = ? OR q.text = ?) AND trim(a.text) <> ''
ORDER BY c.held_date IS NULL, c.held_date, c.id)sql");
    statement.bind(1, conversation.employeeId).bind(2, conversation.id).bind(3, question.id).bind(4, question.text);
    std::vector<std::pair<QDate, QString>> answers;
    while (statement.step())
        answers.emplace_back(statement.date(0), statement.text(1));
    return answers;
}

std::vector<Id> ConversationRepository::pickedQuestions(Id conversationId)
{
    Statement statement(m_db, "SELECT question_id FROM conversation_question WHERE conversation_id = ? "
                              "ORDER BY position");
    statement.bind(1, conversationId);
    std::vector<Id> ids;
    while (statement.step())
        ids.push_back(statement.int64(0));
    return ids;
}

void ConversationRepository::setPickedQuestions(Id conversationId, const std::vector<Id> &questionIds)
{
    Transaction transaction(m_db);
    Statement(m_db, "DELETE FROM conversation_question WHERE conversation_id = ?").bind(1, conversationId).run();
    Statement insert(m_db, "INSERT INTO conversation_question (conversation_id, question_id, position) "
                           "VALUES (?, ?, ?)");
    int position = 0;
    for (Id question : questionIds) {
        insert.bind(1, conversationId).bind(2, question).bind(3, ++position);
        insert.run();
    }
    transaction.commit();
}

} // namespace dialoog
