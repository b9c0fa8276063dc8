#include "core/domainenums.h"

#include <catch2/catch.hpp>

using namespace dialoog;

TEST_CASE("every enum value survives the trip through its stored key")
{
    for (Phase p :
         {Phase::Preparation, Phase::Goals, Phase::Questions, Phase::WrapUp, Phase::Finished})
        CHECK(fromKey<Phase>(toKey(p)) == p);
    for (Relation r : {Relation::Colleague, Relation::Peer, Relation::Customer, Relation::Other})
        CHECK(fromKey<Relation>(toKey(r)) == r);
    for (GoalStatus s :
         {GoalStatus::Proposed, GoalStatus::Active, GoalStatus::Achieved, GoalStatus::Dropped})
        CHECK(fromKey<GoalStatus>(toKey(s)) == s);
    for (Owner o : {Owner::Employee, Owner::Manager, Owner::Other})
        CHECK(fromKey<Owner>(toKey(o)) == o);
    for (ActionStatus s : {ActionStatus::Open, ActionStatus::Done, ActionStatus::Dropped})
        CHECK(fromKey<ActionStatus>(toKey(s)) == s);
}

TEST_CASE("stored keys are fixed words, and unknown keys are refused")
{
    CHECK(toKey(Phase::WrapUp) == QStringLiteral("wrap-up"));
    CHECK(toKey(Relation::Customer) == QStringLiteral("customer"));
    CHECK_FALSE(fromKey<Phase>(QStringLiteral("Wrap-up")).has_value());
    CHECK_FALSE(fromKey<Owner>(QString()).has_value());
}

TEST_CASE("display names are words for people, not keys")
{
    CHECK(displayName(Phase::Questions) == QStringLiteral("Open questions"));
    CHECK(displayName(ActionStatus::Dropped) == QStringLiteral("Dropped"));
}
