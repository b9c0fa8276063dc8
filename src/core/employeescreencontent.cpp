#include "employeescreencontent.h"

#include "conversationrecord.h"

#include <algorithm>

namespace dialoog {

EmployeeScreenContent employeeScreenContent(const ConversationRecord &record, Id currentQuestion)
{
    EmployeeScreenContent content;
    content.phase = record.conversation.phase;
    std::copy_if(record.goals.begin(), record.goals.end(), std::back_inserter(content.goals),
                 [](const Goal &goal) { return goal.isRunning(); });
    if (content.phase == Phase::Questions && currentQuestion != 0) {
        const auto question =
            std::find_if(record.questions.begin(), record.questions.end(),
                         [currentQuestion](const Question &q) { return q.id == currentQuestion; });
        if (question != record.questions.end())
            content.question = question->text;
    }
    for (ActionItem item : record.actionItems) {
        // Who else takes an action on is not the employee's to read; that someone does is.
        item.ownerName.clear();
        content.actionItems.push_back(std::move(item));
    }
    content.agreements = record.agreements;
    return content;
}

} // namespace dialoog
