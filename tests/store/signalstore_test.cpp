#include "store/signalstore.h"
#include "storetestsupport.h"

#include <catch2/catch.hpp>

using namespace dialoog;
using namespace dialoog::test;

namespace {

Id held(Store &store, Id employee, const QDate &date, int energy, int happiness)
{
    Conversation c;
    c.employeeId = employee;
    c.heldDate = date;
    c.phase = Phase::Finished;
    c.energy = energy;
    c.workHappiness = happiness;
    return store.repository<Conversation>().insert(c);
}

Id planned(Store &store, Id employee, const QDate &date)
{
    Conversation c;
    c.employeeId = employee;
    c.plannedDate = date;
    return store.repository<Conversation>().insert(c);
}

} // namespace

TEST_CASE("the signal rules read every held conversation's scores, and only held ones")
{
    TempStore store;
    Employee anna = person(QStringLiteral("Anna"));
    Employee bert = person(QStringLiteral("Bert"));
    store->employees().insert(anna);
    store->employees().insert(bert);
    held(*store, anna.id, QDate(2026, 10, 12), 4, 3);
    held(*store, anna.id, QDate(2026, 11, 3), 2, 0);
    planned(*store, anna.id, QDate(2026, 12, 20));
    held(*store, bert.id, QDate(2026, 9, 1), 5, 5);

    SignalStore signalStore(store->database());
    std::map<Id, SignalInput> inputs = signalStore.inputs();
    REQUIRE(inputs.size() == 2);
    std::vector<HeldScores> annasScores = inputs[anna.id].held;
    std::sort(annasScores.begin(), annasScores.end(),
              [](const HeldScores &a, const HeldScores &b) { return a.date < b.date; });
    CHECK(annasScores ==
          std::vector<HeldScores>{{QDate(2026, 10, 12), 4, 3}, {QDate(2026, 11, 3), 2, 0}});
    CHECK(inputs[bert.id].held == std::vector<HeldScores>{{QDate(2026, 9, 1), 5, 5}});
    // One person's input is the same as their part of everyone's.
    CHECK(signalStore.inputOf(bert.id).held == inputs[bert.id].held);
    CHECK(signalStore.inputOf(anna.id).held.size() == 2);
    CHECK(signalStore.inputOf(9999).held.empty());
}

TEST_CASE("a goal's input has the day it was set and its latest review in a held conversation")
{
    TempStore store;
    Employee anna = person(QStringLiteral("Anna"));
    store->employees().insert(anna);
    const Id setIn = held(*store, anna.id, QDate(2026, 2, 1), 0, 0);
    const Id reviewed = held(*store, anna.id, QDate(2026, 5, 4), 0, 0);
    const Id laterReview = held(*store, anna.id, QDate(2026, 7, 9), 0, 0);
    const Id notHeldYet = planned(*store, anna.id, QDate(2026, 12, 20));
    Goal running;
    running.employeeId = anna.id;
    running.createdIn = setIn;
    running.what = QStringLiteral("Speak at a meetup");
    running.status = GoalStatus::Active;
    running.targetDate = QDate(2026, 9, 30);
    Goal achieved;
    achieved.employeeId = anna.id;
    achieved.what = QStringLiteral("Learn SQL");
    achieved.status = GoalStatus::Achieved;
    store->repository<Goal>().insert(running);
    store->repository<Goal>().insert(achieved);
    for (const Id conversation : {reviewed, laterReview, notHeldYet}) {
        GoalUpdate update;
        update.goalId = running.id;
        update.conversationId = conversation;
        store->repository<GoalUpdate>().insert(update);
    }

    SignalInput input = SignalStore(store->database()).inputOf(anna.id);
    std::sort(input.goals.begin(), input.goals.end(),
              [](const GoalTrack &a, const GoalTrack &b) { return a.id < b.id; });
    CHECK(input.goals ==
          std::vector<GoalTrack>{{.id = running.id,
                                  .what = QStringLiteral("Speak at a meetup"),
                                  .running = true,
                                  .targetDate = QDate(2026, 9, 30),
                                  .setOn = QDate(2026, 2, 1),
                                  .lastUpdate = QDate(2026, 7, 9)},
                                 {.id = achieved.id, .what = QStringLiteral("Learn SQL")}});
}

TEST_CASE("a dismissal is written, moved to a later day, read back and taken back")
{
    TempStore store;
    Employee anna = person(QStringLiteral("Anna"));
    Employee bert = person(QStringLiteral("Bert"));
    store->employees().insert(anna);
    store->employees().insert(bert);
    SignalStore signalStore(store->database());
    const QString fell = QStringLiteral("energy-fell");
    CHECK_FALSE(signalStore.dismissedOn(anna.id, fell).has_value());

    signalStore.setDismissed(anna.id, fell, QDate(2026, 11, 5));
    CHECK(signalStore.dismissedOn(anna.id, fell) == QDate(2026, 11, 5));
    CHECK_FALSE(signalStore.dismissedOn(bert.id, fell).has_value());
    CHECK_FALSE(signalStore.dismissedOn(anna.id, QStringLiteral("energy-low")).has_value());
    signalStore.setDismissed(anna.id, fell, QDate(2026, 11, 20)); // dismissed again later
    CHECK(signalStore.dismissedOn(anna.id, fell) == QDate(2026, 11, 20));
    CHECK(signalStore.inputOf(anna.id).dismissals ==
          std::vector<SignalDismissal>{{fell, QDate(2026, 11, 20)}});
    CHECK(signalStore.inputs()[anna.id].dismissals.size() == 1);

    signalStore.setDismissed(anna.id, fell, std::nullopt);
    CHECK_FALSE(signalStore.dismissedOn(anna.id, fell).has_value());
    CHECK(signalStore.inputOf(anna.id).dismissals.empty());
}

TEST_CASE("erasing an employee erases their dismissed signals")
{
    TempStore store;
    Employee anna = person(QStringLiteral("Anna"));
    store->employees().insert(anna);
    SignalStore signalStore(store->database());
    signalStore.setDismissed(anna.id, QStringLiteral("energy-fell"), QDate(2026, 11, 5));
    store->eraseEmployee(anna.id);
    Statement left(store->database(), "SELECT count(*) FROM signal_dismissal");
    REQUIRE(left.step());
    CHECK(left.integer(0) == 0);
}
