#include "store/followupplanner.h"
#include "storetestsupport.h"

#include <catch2/catch.hpp>

using namespace dialoog;
using namespace dialoog::test;

namespace {

const QDate held(2024, 2, 29);
constexpr auto plan = ConversationRepository::PlanFollowUp::Yes;

struct Fixture
{
    TempStore db;
    Employee employee = person();
    ConversationRecord record;

    Fixture()
    {
        db->employees().insert(employee);
        record = db->conversations().load(db->conversations().create(employee.id, held).id);
        record.conversation.phase = Phase::WrapUp;
        db->conversations().save(record, plan);
    }

    void followUp(const QDate &date, bool none = false)
    {
        record.conversation.nextFollowUp = date;
        record.conversation.noFollowUp = none;
        db->conversations().save(record, plan);
    }

    // The employee's conversations other than the one at wrap-up.
    std::vector<Conversation> others()
    {
        std::vector<Conversation> all = db->conversations().forEmployee(employee.id);
        std::erase_if(all,
                      [this](const Conversation &c) { return c.id == record.conversation.id; });
        return all;
    }
};

} // namespace

TEST_CASE("choosing a follow-up date creates the planned next conversation on that date")
{
    Fixture f;
    CHECK(f.others().empty());
    f.followUp(QDate(2024, 4, 11));
    const std::vector<Conversation> planned = f.others();
    REQUIRE(planned.size() == 1);
    CHECK(planned[0].plannedDate == QDate(2024, 4, 11));
    CHECK(planned[0].phase == Phase::Preparation);
    CHECK_FALSE(planned[0].heldDate.isValid());
    CHECK(FollowUpPlanner(f.db->database()).plannedFollowUp(f.record.conversation)->id ==
          planned[0].id);
    // Saving again without a change to the date adds nothing.
    f.record.conversation.summary = QStringLiteral("Good talk");
    f.db->conversations().save(f.record, plan);
    CHECK(f.others().size() == 1);
}

TEST_CASE("moving the follow-up date moves the planned conversation instead of adding one")
{
    Fixture f;
    f.followUp(QDate(2024, 4, 11));
    const Id id = f.others().at(0).id;
    f.followUp(QDate(2024, 3, 31)); // across a month end
    REQUIRE(f.others().size() == 1);
    CHECK(f.others()[0].id == id);
    CHECK(f.others()[0].plannedDate == QDate(2024, 3, 31));
}

TEST_CASE("an already planned conversation is moved to the chosen follow-up date")
{
    Fixture f;
    const Conversation earlier = f.db->conversations().create(f.employee.id, QDate(2024, 5, 1));
    f.followUp(QDate(2024, 4, 11));
    REQUIRE(f.others().size() == 1);
    CHECK(f.others()[0].id == earlier.id);
    CHECK(f.others()[0].plannedDate == QDate(2024, 4, 11));
}

TEST_CASE("clearing the date or choosing no follow-up removes the planned conversation only while "
          "it is empty")
{
    Fixture f;
    SECTION("cleared and empty: removed")
    {
        f.followUp(QDate(2024, 4, 11));
        f.followUp(QDate());
        CHECK(f.others().empty());
    }
    SECTION("no follow-up and empty: removed")
    {
        f.followUp(QDate(2024, 4, 11));
        f.followUp(QDate(), true);
        CHECK(f.others().empty());
    }
    SECTION("something written in it: kept")
    {
        f.followUp(QDate(2024, 4, 11));
        ConversationRecord next = f.db->conversations().load(f.others().at(0).id);
        next.reflection.wentWell = QStringLiteral("The release");
        f.db->conversations().save(next);
        f.followUp(QDate(), true);
        REQUIRE(f.others().size() == 1);
        CHECK(f.others()[0].plannedDate == QDate(2024, 4, 11));
    }
}

TEST_CASE("setting the follow-up date back, or clearing it again, brings the planned conversation "
          "back in step")
{
    Fixture f;
    const ConversationRecord withoutFollowUp = f.record;
    f.followUp(QDate(2024, 4, 11));
    const ConversationRecord withFollowUp = f.record;
    f.followUp(QDate(2024, 4, 18));
    f.record = withFollowUp; // the date set back
    f.db->conversations().save(f.record, plan);
    REQUIRE(f.others().size() == 1);
    CHECK(f.others()[0].plannedDate == QDate(2024, 4, 11));
    f.record = withoutFollowUp; // and cleared
    f.db->conversations().save(f.record, plan);
    CHECK(f.others().empty());
}

TEST_CASE("saves that do not plan (import, demo data) leave the planned conversations alone")
{
    Fixture f;
    f.record.conversation.nextFollowUp = QDate(2024, 4, 11);
    f.db->conversations().save(f.record);
    CHECK(f.others().empty());
}

TEST_CASE("a finished conversation's follow-up does not touch another employee's plans")
{
    Fixture f;
    Employee other = person(QStringLiteral("Bram"));
    f.db->employees().insert(other);
    const Conversation theirs = f.db->conversations().create(other.id, QDate(2024, 4, 1));
    f.followUp(QDate(2024, 4, 11));
    CHECK(f.db->conversations().forEmployee(other.id).size() == 1);
    CHECK(f.db->conversations().forEmployee(other.id)[0].plannedDate == theirs.plannedDate);
}
