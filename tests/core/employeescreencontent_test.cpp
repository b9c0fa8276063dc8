#include "core/conversationrecord.h"
#include "core/employeescreencontent.h"

#include <catch2/catch.hpp>

using namespace dialoog;

namespace {

ConversationRecord recordWithEverything()
{
    ConversationRecord r;
    r.conversation.id = 7;
    r.conversation.phase = Phase::Questions;
    r.conversation.attentionPoints = QStringLiteral("Raise the late arrivals");
    Goal running;
    running.what = QStringLiteral("Give a talk");
    running.status = GoalStatus::Active;
    GoalStep step;
    step.text = QStringLiteral("Practise");
    running.steps.push_back(step);
    Goal done = running;
    done.what = QStringLiteral("Learn SQL");
    done.status = GoalStatus::Achieved;
    r.goals = {running, done};
    Question first, second;
    first.id = 3;
    first.text = QStringLiteral("What energises you?");
    second.id = 4;
    second.text = QStringLiteral("What drains you?");
    r.questions = {first, second};
    Note note;
    note.text = QStringLiteral("Seems tired");
    note.isPrivate = true;
    r.notes = {note};
    ActionItem item;
    item.text = QStringLiteral("Ask Priya for review");
    item.owner = Owner::Other;
    item.ownerName = QStringLiteral("Priya Shah");
    r.actionItems = {item};
    Agreement agreement;
    agreement.text = QStringLiteral("Check in every two weeks");
    r.agreements = {agreement};
    return r;
}

} // namespace

TEST_CASE(
    "the employee's screen gets running goals, agreements and action items, and nothing private")
{
    const EmployeeScreenContent c = employeeScreenContent(recordWithEverything(), 0);
    CHECK(c.phase == Phase::Questions);
    REQUIRE(c.goals.size() == 1);
    CHECK(c.goals[0].what == QStringLiteral("Give a talk"));
    CHECK(c.goals[0].steps.size() == 1);
    REQUIRE(c.agreements.size() == 1);
    REQUIRE(c.actionItems.size() == 1);
    CHECK(c.actionItems[0].text == QStringLiteral("Ask Priya for review"));
    CHECK(c.actionItems[0].owner == Owner::Other);
    // Who else takes the action on is another person's business.
    CHECK(c.actionItems[0].ownerName.isEmpty());
    CHECK(c.question.isEmpty());
}

TEST_CASE("the employee's screen names the question being answered only in the questions phase")
{
    ConversationRecord r = recordWithEverything();
    CHECK(employeeScreenContent(r, 4).question == QStringLiteral("What drains you?"));
    CHECK(employeeScreenContent(r, 99).question.isEmpty());
    r.conversation.phase = Phase::WrapUp;
    CHECK(employeeScreenContent(r, 4).question.isEmpty());
}
