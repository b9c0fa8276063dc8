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
    r.goals = Repository<Goal>(m_db).where("employee_id", r.employee.id);
    r.goalUpdates = Repository<GoalUpdate>(m_db).where("conversation_id", conversationId);
    r.answers = Repository<Answer>(m_db).where("conversation_id", conversationId);
    r.notes = Repository<Note>(m_db).where("conversation_id", conversationId);
    r.actionItems = Repository<ActionItem>(m_db).where("conversation_id", conversationId);
    r.agreements = Repository<Agreement>(m_db).where("conversation_id", conversationId);

    std::vector<Question> bank = Repository<Question>(m_db).all();
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
    }
    syncChildren(m_db, "conversation_id", id, r.achievements, &Achievement::conversationId);
    syncChildren(m_db, "conversation_id", id, r.feedback, &FeedbackItem::conversationId);
    syncChildren(m_db, "conversation_id", id, r.goalUpdates, &GoalUpdate::conversationId);
    syncChildren(m_db, "conversation_id", id, r.answers, &Answer::conversationId);
    syncChildren(m_db, "conversation_id", id, r.notes, &Note::conversationId);
    syncChildren(m_db, "conversation_id", id, r.actionItems, &ActionItem::conversationId);
    syncChildren(m_db, "conversation_id", id, r.agreements, &Agreement::conversationId);
    transaction.commit();
}

std::vector<Conversation> ConversationRepository::forEmployee(Id employeeId)
{
    return Repository<Conversation>(m_db).where("employee_id", employeeId);
}

} // namespace dialoog
