#include "core/conversationhistory.h"
#include "core/conversationsession.h"

#include <algorithm>
#include <catch2/catch.hpp>

using namespace dialoog;

namespace {

const QDate today(2026, 3, 10);

ConversationRecord checkIn()
{
    ConversationRecord r;
    r.employee = Employee{7, QStringLiteral("Sanne"), {}, {}, {}, {}, 6, false};
    r.conversation.id = 3;
    r.conversation.employeeId = 7;
    r.conversation.plannedDate = today;
    r.conversation.kind = ConversationKind::CheckIn;
    Goal goal;
    goal.id = 11;
    goal.employeeId = 7;
    goal.what = QStringLiteral("Lead the sprint review");
    goal.createdIn = 1;
    r.goals.push_back(goal);
    return r;
}

QList<Hint::Kind> kinds(const QList<Hint> &hints)
{
    QList<Hint::Kind> result;
    for (const Hint &h : hints)
        result << h.kind;
    return result;
}

} // namespace

TEST_CASE("a check-in has no phase walk: it stays open until it is held")
{
    ConversationSession s(checkIn(), [] { return today; });
    CHECK(s.isCheckIn());
    CHECK(s.phase() == Phase::Preparation);
    CHECK_FALSE(s.goTo(Phase::Goals));
    CHECK_FALSE(s.goTo(Phase::WrapUp));
    CHECK_FALSE(s.previous());
    CHECK(s.phase() == Phase::Preparation);
}

TEST_CASE("a check-in is held at once, with nothing required, and dated today")
{
    ConversationRecord r = checkIn();
    r.conversation.plannedDate = today.addDays(-2);
    ConversationSession s(r, [] { return today; });
    CHECK(s.missingToFinish().isEmpty());
    CHECK(s.next());
    CHECK(s.isFinished());
    CHECK(s.record().conversation.heldDate == today);
}

TEST_CASE("reopening a held check-in takes it back to open, not to a wrap-up phase")
{
    ConversationSession s(checkIn(), [] { return today; });
    REQUIRE(s.finish());
    QList<Phase> seen;
    QObject::connect(&s, &ConversationSession::phaseChanged, [&seen](Phase p) { seen << p; });
    CHECK(s.previous());
    CHECK(s.phase() == Phase::Preparation);
    CHECK(seen == QList<Phase>{Phase::Preparation});
}

TEST_CASE("a check-in's hints ask for the scores, a topic and the next check-in, and nothing more")
{
    ConversationSession s(checkIn(), [] { return today; });
    CHECK(kinds(s.allHints()) == QList<Hint::Kind>{Hint::Kind::EnergyNotAsked, Hint::Kind::NoTopic,
                                                   Hint::Kind::NoNextCheckIn});
    CHECK(s.hints(Phase::WrapUp).isEmpty());
    s.setScores(4, 3);
    s.setTopic(CheckInTopic::Project);
    REQUIRE(s.setNextCheckIn(today.addDays(14)));
    CHECK(s.allHints().isEmpty());
}

TEST_CASE("a check-in's topic text alone counts as a topic")
{
    ConversationSession s(checkIn(), [] { return today; });
    s.setText(TextField::TopicText, QStringLiteral("The new intake form"));
    CHECK(s.record().conversation.topicText == QStringLiteral("The new intake form"));
    CHECK_FALSE(kinds(s.allHints()).contains(Hint::Kind::NoTopic));
}

TEST_CASE("the next check-in comes after this one")
{
    ConversationSession s(checkIn(), [] { return today; });
    CHECK_FALSE(s.setNextCheckIn(today));
    CHECK_FALSE(s.setNextCheckIn(today.addDays(-1)));
    CHECK_FALSE(s.record().conversation.nextCheckIn.isValid());
    CHECK(s.setNextCheckIn(today.addDays(1)));
    CHECK(s.record().conversation.nextCheckIn == today.addDays(1));
    CHECK(s.setNextCheckIn(QDate())); // not planned after all
    CHECK_FALSE(s.record().conversation.nextCheckIn.isValid());
}

TEST_CASE("progress on a goal noted in a check-in counts as a review of that goal")
{
    ConversationSession s(checkIn(), [] { return today; });
    GoalUpdate update;
    update.goalId = 11;
    update.progress = 40;
    update.status = GoalStatus::Active;
    update.note = QStringLiteral("Ran the first review alone");
    REQUIRE(s.reviewGoal(update));
    CHECK(s.record().reviewed(s.record().goals.front()));
    CHECK(s.record().goals.front().progress == 40);
}

TEST_CASE("a development conversation still walks its phases and reopens at the wrap-up")
{
    ConversationRecord r = checkIn();
    r.conversation.kind = ConversationKind::Development;
    r.conversation.summary = QStringLiteral("Agreed on a course");
    r.conversation.noFollowUp = true;
    ConversationSession s(r, [] { return today; });
    CHECK(s.goTo(Phase::Goals));
    REQUIRE(s.finish());
    s.reopen();
    CHECK(s.phase() == Phase::WrapUp);
}

TEST_CASE("energy scores and goal progress from a held check-in join the employee's charts")
{
    EmployeeTimeline timeline;
    Conversation development;
    development.id = 1;
    development.heldDate = QDate(2026, 1, 12);
    development.phase = Phase::Finished;
    development.energy = 4;
    development.workHappiness = 4;
    Conversation checkIn = development;
    checkIn.id = 2;
    checkIn.kind = ConversationKind::CheckIn;
    checkIn.heldDate = QDate(2026, 2, 2);
    checkIn.energy = 2;
    checkIn.workHappiness = 3;
    timeline.entries = {TimelineEntry{development, {}}, TimelineEntry{checkIn, {}}};
    Goal goal;
    goal.id = 11;
    goal.what = QStringLiteral("Lead the sprint review");
    timeline.goals = {goal};
    timeline.goalUpdates = {GoalUpdate{1, 11, 2, GoalStatus::Active, 40, {}}};

    const ChartData scores = scoreChart(timeline, QStringLiteral("E"), QStringLiteral("W"));
    CHECK(scores.dates == std::vector<QDate>{QDate(2026, 1, 12), QDate(2026, 2, 2)});
    CHECK(scores.series.at(0).values == std::vector<std::optional<int>>{4, 2});
    CHECK(scores.series.at(1).values == std::vector<std::optional<int>>{4, 3});
    const ChartData goals = goalProgressChart(timeline);
    REQUIRE(goals.series.size() == 1);
    CHECK(goals.series.front().values == std::vector<std::optional<int>>{std::nullopt, 40});
}
