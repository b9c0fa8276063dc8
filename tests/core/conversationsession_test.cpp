#include "core/conversationsession.h"

#include <algorithm>
#include <catch2/catch.hpp>

using namespace dialoog;

namespace {

const QDate today(2026, 3, 10);

ConversationRecord record()
{
    ConversationRecord r;
    r.employee = Employee{7, QStringLiteral("Sanne"), {}, {}, {}, {}, 6, false};
    r.conversation.id = 3;
    r.conversation.employeeId = 7;
    r.conversation.plannedDate = today;
    r.questions = {
        Question{1, QStringLiteral("en"), QStringLiteral("What gives you energy?"), true, 1},
        Question{2, QStringLiteral("en"), QStringLiteral("What do you want to learn?"), true, 2}};
    return r;
}

bool hasHint(const ConversationSession &s, Phase phase, Hint::Kind kind)
{
    const QList<Hint> hints = s.hints(phase);
    return std::any_of(hints.begin(), hints.end(),
                       [kind](const Hint &h) { return h.kind == kind; });
}

struct Counter
{
    int changed = 0, hints = 0, phases = 0;
    QList<Phase> seen;
    explicit Counter(ConversationSession &s)
    {
        QObject::connect(&s, &ConversationSession::changed, [this] { ++changed; });
        QObject::connect(&s, &ConversationSession::hintsChanged, [this] { ++hints; });
        QObject::connect(&s, &ConversationSession::phaseChanged, [this](Phase p) {
            ++phases;
            seen << p;
        });
    }
};

} // namespace

TEST_CASE("a new conversation starts in preparation and walks the four phases in order")
{
    ConversationSession s(record(), [] { return today; });
    Counter counter(s);
    CHECK(s.phase() == Phase::Preparation);
    CHECK(s.next());
    CHECK(s.phase() == Phase::Goals);
    CHECK(s.next());
    CHECK(s.phase() == Phase::Questions);
    CHECK(s.next());
    CHECK(s.phase() == Phase::WrapUp);
    CHECK(counter.seen == QList<Phase>{Phase::Goals, Phase::Questions, Phase::WrapUp});
    CHECK(s.previous());
    CHECK(s.phase() == Phase::Questions);
    CHECK(s.goTo(Phase::Preparation));
    CHECK_FALSE(s.previous());
    CHECK(s.phase() == Phase::Preparation);
}

TEST_CASE("the manager may jump to any phase, in any order")
{
    ConversationSession s(record(), [] { return today; });
    CHECK(s.goTo(Phase::WrapUp));
    CHECK(s.phase() == Phase::WrapUp);
    CHECK(s.goTo(Phase::Goals));
    CHECK(s.phase() == Phase::Goals);
}

TEST_CASE("a conversation cannot finish without a summary and a follow-up date or an explicit 'no "
          "follow-up'")
{
    ConversationSession s(record(), [] { return today; });
    s.goTo(Phase::WrapUp);
    CHECK_FALSE(s.canFinish());
    CHECK(s.missingToFinish().size() == 2);
    CHECK_FALSE(s.next());
    CHECK_FALSE(s.goTo(Phase::Finished));
    CHECK(s.phase() == Phase::WrapUp);

    s.setSummary(QStringLiteral("Wants to grow towards a lead role."));
    CHECK(s.missingToFinish().size() == 1);
    CHECK(s.missingToFinish().front().contains(QStringLiteral("follow-up")));
    CHECK_FALSE(s.finish());

    SECTION("with a follow-up date")
    {
        CHECK(s.setFollowUp(today.addDays(42)));
        CHECK(s.finish());
        CHECK(s.phase() == Phase::Finished);
        CHECK(s.record().conversation.heldDate == today);
    }
    SECTION("with an explicit 'no follow-up'")
    {
        s.setNoFollowUp(true);
        CHECK(s.finish());
        CHECK(s.isFinished());
    }
}

TEST_CASE("a blank summary does not count as a summary")
{
    ConversationSession s(record(), [] { return today; });
    s.setSummary(QStringLiteral("   \n"));
    s.setNoFollowUp(true);
    CHECK_FALSE(s.canFinish());
}

TEST_CASE("a follow-up must lie after the conversation, and choosing one clears 'no follow-up'")
{
    ConversationSession s(record(), [] { return today; });
    CHECK_FALSE(s.setFollowUp(today));
    CHECK_FALSE(s.setFollowUp(today.addDays(-1)));
    s.setNoFollowUp(true);
    CHECK(s.setFollowUp(today.addDays(1)));
    CHECK_FALSE(s.record().conversation.noFollowUp);
    s.setNoFollowUp(true);
    CHECK_FALSE(s.record().conversation.nextFollowUp.isValid());
}

TEST_CASE("the next check-in lies after the conversation, leaves the follow-up alone and can be "
          "taken away")
{
    ConversationSession s(record(), [] { return today; });
    REQUIRE(s.setFollowUp(today.addDays(42)));
    CHECK_FALSE(s.setNextCheckIn(today));
    CHECK_FALSE(s.setNextCheckIn(today.addDays(-3)));
    CHECK_FALSE(s.record().conversation.nextCheckIn.isValid());
    CHECK(s.setNextCheckIn(today.addDays(14)));
    CHECK(s.record().conversation.nextCheckIn == today.addDays(14));
    CHECK(s.record().conversation.nextFollowUp == today.addDays(42));
    s.setNoFollowUp(true); // no follow-up conversation, but a check-in still
    CHECK(s.record().conversation.nextCheckIn == today.addDays(14));
    CHECK(s.setNextCheckIn(QDate()));
    CHECK_FALSE(s.record().conversation.nextCheckIn.isValid());
}

TEST_CASE("a finished conversation can be reopened to wrap-up")
{
    ConversationSession s(record(), [] { return today; });
    s.setSummary(QStringLiteral("Done."));
    s.setNoFollowUp(true);
    REQUIRE(s.finish());
    CHECK_FALSE(s.goTo(Phase::Goals)); // looking back does not reopen
    CHECK(s.isFinished());
    CHECK(s.previous());
    CHECK(s.phase() == Phase::WrapUp);
}

TEST_CASE("preparation reports what is still missing, and each hint goes away when it is done")
{
    ConversationRecord r = record();
    r.goals = {Goal{11,
                    7,
                    1,
                    QStringLiteral("Lead a workshop"),
                    QStringLiteral("Growth"),
                    GoalStatus::Active,
                    20,
                    {},
                    {GoalStep{1, 11, StepKind::Task, QStringLiteral("Co-host two")}}}};
    ConversationSession s(r, [] { return today; });
    Counter counter(s);
    for (Hint::Kind kind :
         {Hint::Kind::EnergyNotAsked, Hint::Kind::NoReflection, Hint::Kind::NoAchievements,
          Hint::Kind::NoFeedback, Hint::Kind::GoalsNotReviewed})
        CHECK(hasHint(s, Phase::Preparation, kind));

    CHECK(s.setScores(4, 3));
    CHECK_FALSE(hasHint(s, Phase::Preparation, Hint::Kind::EnergyNotAsked));
    s.setReflection(Reflection{0, 0, QStringLiteral("The release"), {}, {}});
    CHECK_FALSE(hasHint(s, Phase::Preparation, Hint::Kind::NoReflection));
    s.addAchievement(QStringLiteral("Migrated the ticket system"));
    CHECK_FALSE(hasHint(s, Phase::Preparation, Hint::Kind::NoAchievements));
    s.addFeedback(FeedbackItem{0, 0, 0, QStringLiteral("Priya"), Relation::Peer, today,
                               QStringLiteral("Helpful")});
    CHECK_FALSE(hasHint(s, Phase::Preparation, Hint::Kind::NoFeedback));
    CHECK(s.reviewGoal(GoalUpdate{0, 11, 0, GoalStatus::Active, 45, {}}));
    CHECK(s.hints(Phase::Preparation).isEmpty());
    CHECK(counter.hints == 5);
    CHECK(counter.changed == 5);
}

TEST_CASE("reviewing a goal records the update and moves the goal's own progress")
{
    ConversationRecord r = record();
    r.goals = {Goal{11, 7, 1, QStringLiteral("Learn SQL"), {}, GoalStatus::Active, 20, {}, {}}};
    ConversationSession s(r, [] { return today; });
    CHECK_FALSE(s.reviewGoal(GoalUpdate{0, 11, 0, GoalStatus::Active, 101, {}}));
    CHECK_FALSE(s.reviewGoal(GoalUpdate{0, 99, 0, GoalStatus::Active, 50, {}}));
    CHECK(s.reviewGoal(GoalUpdate{0, 11, 0, GoalStatus::Active, 50, {}}));
    CHECK(s.reviewGoal(GoalUpdate{0, 11, 0, GoalStatus::Achieved, 100, {}}));
    REQUIRE(s.record().goalUpdates.size() == 1);
    CHECK(s.record().goalUpdates.front().conversationId == 3);
    CHECK(s.record().goals.front().progress == 100);
    CHECK(s.record().goals.front().status == GoalStatus::Achieved);
    CHECK(s.reviewedGoalCount() == 1);
    CHECK(s.runningGoalCount() == 0);
}

TEST_CASE("the goals phase asks for a goal, and for why and how it will be reached")
{
    ConversationSession s(record(), [] { return today; });
    CHECK(hasHint(s, Phase::Goals, Hint::Kind::NoGoals));
    CHECK_FALSE(
        s.addGoal(Goal{0, 0, 0, QStringLiteral("  "), {}, GoalStatus::Proposed, 0, {}, {}}));
    CHECK(s.addGoal(Goal{
        0, 0, 0, QStringLiteral("Present at the meetup"), {}, GoalStatus::Proposed, 0, {}, {}}));
    CHECK_FALSE(hasHint(s, Phase::Goals, Hint::Kind::NoGoals));
    CHECK(hasHint(s, Phase::Goals, Hint::Kind::GoalWithoutWhy));
    CHECK(hasHint(s, Phase::Goals, Hint::Kind::GoalWithoutHow));
    Goal goal = s.record().goals.front();
    CHECK(goal.employeeId == 7);
    CHECK(goal.createdIn == 3);
    goal.why = QStringLiteral("Wants to be seen as the expert");
    CHECK(s.updateGoal(0, goal));
    CHECK_FALSE(s.addGoalStep(0, StepKind::Task, QStringLiteral(" ")));
    CHECK(s.addGoalStep(0, StepKind::Task, QStringLiteral("Talk at the team first")));
    CHECK(s.record().goals.front().steps.size() == 1);
    CHECK(s.hints(Phase::Goals).isEmpty());
    // A goal set in this conversation needs no review in its preparation.
    CHECK_FALSE(hasHint(s, Phase::Preparation, Hint::Kind::GoalsNotReviewed));
}

TEST_CASE("answers are kept per question, and only for questions of this conversation")
{
    ConversationSession s(record(), [] { return today; });
    CHECK(hasHint(s, Phase::Questions, Hint::Kind::NoAnswers));
    CHECK_FALSE(s.setAnswer(42, QStringLiteral("no such question")));
    CHECK(s.setAnswer(1, QStringLiteral("Helping customers")));
    CHECK(s.setAnswer(1, QStringLiteral("Helping customers, and mentoring")));
    CHECK(s.record().answers.size() == 1);
    CHECK(s.answerFor(1) == QStringLiteral("Helping customers, and mentoring"));
    CHECK(s.answeredCount() == 1);
    CHECK(s.hints(Phase::Questions).isEmpty());
}

TEST_CASE("wrap-up asks for a summary, an agreement or action item, and the follow-up")
{
    ConversationSession s(record(), [] { return today; });
    CHECK(s.hints(Phase::WrapUp).size() == 3);
    CHECK_FALSE(s.addActionItem(ActionItem{}));
    ActionItem item;
    item.text = QStringLiteral("Sign up for the course");
    CHECK(s.addActionItem(item));
    CHECK_FALSE(hasHint(s, Phase::WrapUp, Hint::Kind::NoActionOrAgreement));
    CHECK(s.setActionStatus(0, ActionStatus::Done));
    CHECK(s.record().actionItems.front().doneDate == today);
    CHECK(s.setActionStatus(0, ActionStatus::Open));
    CHECK_FALSE(s.record().actionItems.front().doneDate.isValid());
    CHECK_FALSE(s.setActionStatus(5, ActionStatus::Done));
}

TEST_CASE("notes remember the phase they were taken in and whether they are private")
{
    ConversationSession s(record(), [] { return today; });
    s.goTo(Phase::Questions);
    s.addNote(QStringLiteral("Mentioned the analytics project"), false);
    s.addNote(QStringLiteral("Seems tired"), true);
    REQUIRE(s.record().notes.size() == 2);
    CHECK(s.record().notes[0].phase == Phase::Questions);
    CHECK_FALSE(s.record().notes[0].isPrivate);
    CHECK(s.record().notes[1].isPrivate);
    CHECK(s.record().notes[1].createdAt.isValid());
}

TEST_CASE("scores outside 0..5 are refused and change nothing")
{
    ConversationSession s(record(), [] { return today; });
    Counter counter(s);
    CHECK_FALSE(s.setScores(6, 3));
    CHECK_FALSE(s.setScores(3, -1));
    CHECK(s.record().conversation.energy == 0);
    CHECK(counter.changed == 0);
}

TEST_CASE("a question that opens with a yes/no verb reads as closed, in English and Dutch")
{
    for (const char *closed :
         {"Do you like your work?", "Is the workload OK?", "Heb je genoeg tijd?",
          "Ben je tevreden?", "  can we improve this?", "Vind je het leuk?"})
        CHECK(ConversationSession::looksClosed(QString::fromUtf8(closed)));
    for (const char *open :
         {"What gives you energy?", "How can I help?", "Wat geeft je energie?", "Hoe gaat het?",
          "Which project appeals to you?", "Waarom is dat belangrijk?", ""})
        CHECK_FALSE(ConversationSession::looksClosed(QString::fromUtf8(open)));
}

TEST_CASE("an ad-hoc question joins the conversation, and an answered question cannot be left out")
{
    ConversationSession s(record(), [] { return today; });
    CHECK(s.addQuestion(QStringLiteral("What surprised you?"), QStringLiteral("en")));
    CHECK(s.record().questions.size() == 3);
    CHECK_FALSE(s.record().questions.back().active);
    CHECK(s.setAnswer(1, QStringLiteral("Customers")));
    CHECK_FALSE(s.setQuestionIncluded(s.record().questions[0], false));
    CHECK(s.setQuestionIncluded(s.record().questions[1], false));
    CHECK(s.record().questions.size() == 2);
}

TEST_CASE("a note added tells that only the notes changed; other edits, and undoing the note, "
          "tell that the record changed")
{
    ConversationSession s(record(), [] { return today; });
    QList<ConversationSession::Change> seen;
    QObject::connect(&s, &ConversationSession::changed,
                     [&seen](ConversationSession::Change change) { seen << change; });
    s.addNote(QStringLiteral("Wants to mentor a new colleague"), false);
    s.setSummary(QStringLiteral("Grows towards mentoring"));
    const Note note = s.record().notes.back();
    s.removeItem(&ConversationRecord::notes, 0);
    s.insertItem(&ConversationRecord::notes, 0, note);
    CHECK(seen == QList<ConversationSession::Change>{
                      ConversationSession::Change::Notes, ConversationSession::Change::Record,
                      ConversationSession::Change::Record, ConversationSession::Change::Record});
}
