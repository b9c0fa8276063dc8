#pragma once

#include "achievement.h"
#include "actionitem.h"
#include "agreement.h"
#include "answer.h"
#include "conversation.h"
#include "employee.h"
#include "feedbackitem.h"
#include "goal.h"
#include "goalupdate.h"
#include "inboxnote.h"
#include "note.h"
#include "question.h"
#include "reflection.h"

#include <algorithm>
#include <vector>

namespace dialoog {

// Everything one conversation is about, loaded and saved as one aggregate.
struct ConversationRecord
{
    Employee employee;
    Conversation conversation;
    Reflection reflection;
    std::vector<Achievement> achievements;
    std::vector<FeedbackItem> feedback;
    std::vector<Goal> goals; // the employee's goals, running and finished
    std::vector<GoalUpdate> goalUpdates;
    std::vector<Question> questions; // the questions picked for this conversation, in order
    std::vector<Answer> answers;
    std::vector<Note> notes;
    std::vector<ActionItem> actionItems;
    // Open items from earlier conversations, and those this conversation closed.
    std::vector<ActionItem> earlierActions;
    // The employee's other conversations, to tell where earlier items came from.
    std::vector<Conversation> otherConversations;
    std::vector<Agreement> agreements;
    // The employee's notes for next time still open when the conversation was loaded
    // (only for a conversation not yet finished); marking one done is saved with it.
    std::vector<InboxNote> inbox;
    // The conversation's version when this record was loaded or last saved: a save based
    // on an older one (another computer saved in between) is refused (StoreError::Conflict).
    qint64 version = 0;
    // Whether `questions` is the pick the store holds for this conversation, so a save
    // need not read it back. False while a development conversation shows the bank's
    // questions because none were picked yet (the first save stores them as its pick).
    bool questionsStored = false;

    // Whether this conversation reviewed the goal (noted its progress).
    bool reviewed(const Goal &goal) const
    {
        return std::any_of(goalUpdates.begin(), goalUpdates.end(),
                           [&goal](const GoalUpdate &u) { return u.goalId == goal.id; });
    }

    bool operator==(const ConversationRecord &) const = default;
};

} // namespace dialoog
