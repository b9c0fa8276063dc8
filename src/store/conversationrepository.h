#pragma once

#include "core/conversationhistory.h"
#include "core/conversationrecord.h"

#include <QString>
#include <vector>

namespace dialoog {

class Database;

// Loads and saves a conversation with everything said in it, as one aggregate.
class ConversationRepository final
{
public:
    explicit ConversationRepository(Database &db) : m_db(db) {}

    // A new planned conversation for the employee, in the Preparation phase.
    Conversation create(Id employeeId, const QDate &plannedDate,
                        ConversationKind kind = ConversationKind::Development);
    // The employee's check-in not yet held (the earliest planned), or 0.
    Id openCheckIn(Id employeeId);

    // The conversation, its children, the employee's goals with their steps, the
    // open action items of earlier conversations, and its questions: those picked
    // for it, or (never saved yet) the active bank in `language` plus any answered.
    // A check-in has no questions, and leaves feedback gathered since the last
    // conversation for the next preparation.
    ConversationRecord load(Id conversationId, const QString &language = QStringLiteral("en"));

    // Writes the whole record in one transaction: children that are gone from the
    // record are deleted, new ones (id 0) are inserted and get their ids. With
    // PlanFollowUp::Yes (the workspace) a changed follow-up date also creates, moves or
    // removes the planned next conversation (FollowUpPlanner), in the same transaction.
    enum class PlanFollowUp
    {
        No,
        Yes
    };
    // `previous`: the record as it was last loaded or saved, when the caller keeps it; rows
    // equal to it are then neither read back nor written (the save while typing), and a
    // conversation saved meanwhile on top of an older version is refused whole
    // (StoreError::Conflict). Such a save counts the version up, except on a file when it
    // only adds notes: that one checks it (see checkVersion in the .cpp).
    void save(ConversationRecord &record, PlanFollowUp plan = PlanFollowUp::No,
              const ConversationRecord *previous = nullptr);

    std::vector<Conversation> forEmployee(Id employeeId);
    // Every conversation of the employee with its agreements, their goals and goal updates.
    EmployeeTimeline timeline(Id employeeId);
    // Cancels a conversation that has not been held: it is deleted, and the earlier
    // items it closed are open again, since that conversation never took place. One
    // that holds anything written in it (its own action items, notes, answers,
    // agreements, goal updates, achievements) is refused with StoreError::Constraint,
    // so nothing vanishes silently; so is a held one.
    void cancelPlanned(Id conversationId);
    std::vector<GoalStep> stepsOf(Id goalId);

    // The employee's finished conversations held before this one, oldest first.
    std::vector<Conversation> earlierConversations(const Conversation &conversation);
    std::vector<Agreement> agreementsOf(Id conversationId);
    // What the employee answered to the same question (same id or same wording) in
    // earlier conversations: date held and answer, oldest first.
    std::vector<std::pair<QDate, QString>> earlierAnswers(const Conversation &conversation,
                                                          const Question &question);

    // The questions picked for a conversation, in order (empty: never saved).
    std::vector<Id> pickedQuestions(Id conversationId);
    void setPickedQuestions(Id conversationId, const std::vector<Id> &questionIds);

private:
    Database &m_db;
};

} // namespace dialoog
