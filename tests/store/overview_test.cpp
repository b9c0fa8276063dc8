#include "store/demodata.h"
#include "store/storeerror.h"
#include "store/transaction.h"
#include "storetestsupport.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <map>

using namespace dialoog;
using namespace dialoog::test;

TEST_CASE("one employee's overview row is the same as that person's row in the whole overview")
{
    TempStore store;
    fillDemoData(*store, QDate(2026, 6, 15));
    const std::vector<EmployeeOverview> all = store->overview();
    REQUIRE(all.size() >= 8);
    bool someoneWithOpenItems = false, someoneWithPlan = false;
    for (const EmployeeOverview &row : all) {
        CHECK(store->overviewOf(row.employee.id) == row);
        someoneWithOpenItems |= row.openActions > 0;
        someoneWithPlan |= row.openConversation != 0;
    }
    // The comparison means something only if the rows differ in what they count.
    CHECK(someoneWithOpenItems);
    CHECK(someoneWithPlan);
    CHECK_THROWS_AS(store->overviewOf(9999), StoreError);
}

TEST_CASE("the rows of some people are the same as their rows in the whole overview, in the "
          "order asked, however many are asked")
{
    TempStore store;
    fillDemoData(*store, QDate(2026, 6, 15));
    const std::vector<EmployeeOverview> all = store->overview();
    REQUIRE(all.size() >= 8);
    // Every other person, backwards: the rows come in the order asked, not the file's.
    std::vector<Employee> some;
    std::vector<EmployeeOverview> expected;
    for (std::size_t i = all.size(); i-- > 0;) {
        if (i % 2 == 0) {
            some.push_back(all[i].employee);
            expected.push_back(all[i]);
        }
    }
    CHECK(store->overviewOf(some) == expected);
    CHECK(store->overviewOf(std::vector<Employee>{}).empty());
    // Beyond a few hundred people one pass over everyone's conversations gives them.
    {
        Transaction adding(store->database());
        for (int i = 0; i < 500; ++i) {
            Employee e = person(QStringLiteral("Extra %1").arg(i));
            store->employees().insert(e);
        }
        adding.commit();
    }
    std::vector<Employee> many = store->employees().all();
    REQUIRE(many.size() > 500);
    std::reverse(many.begin(), many.end());
    std::vector<EmployeeOverview> everyone = store->overview();
    std::reverse(everyone.begin(), everyone.end());
    CHECK(store->overviewOf(many) == everyone);
}

namespace {

Id conversation(Store &store, Id employee, Phase phase, const QDate &planned,
                const QDate &held = {}, const QDate &followUp = {})
{
    Conversation c;
    c.employeeId = employee;
    c.phase = phase;
    c.plannedDate = planned;
    c.heldDate = held;
    c.nextFollowUp = followUp;
    return store.repository<Conversation>().insert(c);
}

} // namespace

TEST_CASE("the overview gives the last held date, the next conversation or else the follow-up "
          "agreed, and the open items")
{
    TempStore store;
    const auto add = [&store](const char *name) {
        Employee e = person(QString::fromLatin1(name));
        return store->employees().insert(e);
    };
    const Id nobody = add("Nobody Yet"), held = add("Only Held"), planned = add("Planned Too"),
             undated = add("Undated Next");

    conversation(*store, held, Phase::Finished, {}, QDate(2026, 1, 10), QDate(2026, 3, 1));
    conversation(*store, held, Phase::Finished, {}, QDate(2026, 2, 10), QDate(2026, 4, 1));
    // Held the same day, saved later: its follow-up is the one agreed last.
    conversation(*store, held, Phase::Finished, {}, QDate(2026, 2, 10), QDate(2026, 5, 1));
    conversation(*store, held, Phase::Finished, {}, {},
                 QDate(2026, 9, 9)); // no date: never the last

    const Id earlier =
        conversation(*store, planned, Phase::Finished, {}, QDate(2026, 1, 5), QDate(2026, 2, 1));
    conversation(*store, planned, Phase::Preparation, {}); // no date comes after any date
    const Id next = conversation(*store, planned, Phase::Goals, QDate(2026, 6, 1));
    conversation(*store, planned, Phase::Preparation, QDate(2026, 6, 1));
    conversation(*store, planned, Phase::Preparation, QDate(2026, 7, 1));
    auto items = store->repository<ActionItem>();
    for (ActionStatus status : {ActionStatus::Open, ActionStatus::Open, ActionStatus::Done}) {
        ActionItem item;
        item.conversationId = status == ActionStatus::Done ? next : earlier;
        item.text = QStringLiteral("Item");
        item.status = status;
        items.insert(item);
    }

    conversation(*store, undated, Phase::Finished, {}, QDate(2026, 4, 2), QDate(2026, 7, 1));
    const Id open = conversation(*store, undated, Phase::Preparation, {});

    std::map<Id, EmployeeOverview> rows;
    for (const EmployeeOverview &row : store->overview())
        rows[row.employee.id] = row;
    REQUIRE(rows.size() == 4);
    for (const auto &[id, row] : rows)
        CHECK(store->overviewOf(id) == row);

    CHECK_FALSE(rows[nobody].lastHeld.isValid());
    CHECK_FALSE(rows[nobody].nextPlanned.isValid());
    CHECK(rows[nobody].openConversation == 0);
    CHECK(rows[nobody].openActions == 0);

    CHECK(rows[held].lastHeld == QDate(2026, 2, 10));
    CHECK(rows[held].nextPlanned == QDate(2026, 5, 1));
    CHECK(rows[held].openConversation == 0);

    CHECK(rows[planned].lastHeld == QDate(2026, 1, 5));
    CHECK(rows[planned].openConversation == next);
    CHECK(rows[planned].nextPlanned == QDate(2026, 6, 1));
    CHECK(rows[planned].openActions == 2);

    CHECK(rows[undated].openConversation == open);
    CHECK(rows[undated].nextPlanned == QDate(2026, 7, 1));
}

TEST_CASE("the overview counts each person's open items and oldest waiting report when their "
          "conversations are interleaved with other people's")
{
    TempStore store;
    Employee anna = person(QStringLiteral("Anna de Wit")), bram = person(QStringLiteral("Bram Os"));
    store->employees().insert(anna);
    store->employees().insert(bram);
    auto items = store->repository<ActionItem>();
    const auto itemsOn = [&items](Id conversationId, int open, int done) {
        for (int i = 0; i < open + done; ++i) {
            ActionItem item;
            item.conversationId = conversationId;
            item.text = QStringLiteral("Item %1").arg(i);
            item.status = i < open ? ActionStatus::Open : ActionStatus::Done;
            items.insert(item);
        }
    };
    // In id order: Anna, Bram, Anna, Bram, Anna; the items added out of that order.
    const Id a1 = conversation(*store, anna.id, Phase::Finished, {}, QDate(2026, 1, 5));
    const Id b1 = conversation(*store, bram.id, Phase::Finished, {}, QDate(2026, 1, 6));
    const Id a2 = conversation(*store, anna.id, Phase::Finished, {}, QDate(2026, 2, 5));
    const Id b2 = conversation(*store, bram.id, Phase::Preparation, QDate(2026, 7, 1));
    const Id a3 = conversation(*store, anna.id, Phase::Preparation, QDate(2026, 6, 1));
    itemsOn(a3, 1, 0);
    itemsOn(b1, 2, 1);
    itemsOn(a1, 3, 0);
    itemsOn(b2, 0, 2);
    itemsOn(a2, 0, 1);
    // Bram's later conversation went out first: the oldest report is not the first found.
    auto conversations = store->repository<Conversation>();
    const auto sent = [&conversations](Id id, const QDate &on) {
        Conversation c = conversations.get(id);
        c.signOff = SignOff::Sent;
        c.sentOn = on;
        conversations.save(c);
    };
    sent(b1, QDate(2026, 3, 1));
    sent(a2, QDate(2026, 2, 20));
    sent(b2, QDate(2026, 2, 1));

    std::map<Id, EmployeeOverview> rows;
    for (const EmployeeOverview &row : store->overview())
        rows[row.employee.id] = row;
    REQUIRE(rows.size() == 2);
    CHECK(rows[anna.id].openActions == 4);
    CHECK(rows[bram.id].openActions == 2);
    CHECK(rows[anna.id].reportSentOn == QDate(2026, 2, 20));
    CHECK(rows[bram.id].reportSentOn == QDate(2026, 2, 1));
    CHECK(rows[anna.id].lastHeld == QDate(2026, 2, 5));
    CHECK(rows[anna.id].openConversation == a3);
    CHECK(rows[bram.id].openConversation == b2);
    for (const auto &[id, row] : rows)
        CHECK(store->overviewOf(id) == row);
}

TEST_CASE("the overview gives the day the oldest report still waiting for an answer was sent")
{
    TempStore store;
    Employee e = person(QStringLiteral("Fleur van Dijk"));
    store->employees().insert(e);
    Employee other = person(QStringLiteral("Bram Jansen"));
    store->employees().insert(other);
    const auto report = [&store](Id employee, const QDate &held, SignOff signOff,
                                 const QDate &sent) {
        Conversation c;
        c.employeeId = employee;
        c.heldDate = held;
        c.phase = Phase::Finished;
        c.signOff = signOff;
        c.sentOn = sent;
        c.answeredOn = signOff == SignOff::Sent ? QDate() : sent.addDays(3);
        store->repository<Conversation>().insert(c);
    };
    report(e.id, QDate(2026, 1, 10), SignOff::Agreed, QDate(2026, 1, 11));
    report(e.id, QDate(2026, 2, 10), SignOff::Sent, QDate(2026, 2, 12));
    report(e.id, QDate(2026, 3, 10), SignOff::Sent, QDate(2026, 3, 11));
    report(other.id, QDate(2026, 3, 10), SignOff::Seen, QDate(2026, 3, 11));
    CHECK(store->overviewOf(e.id).reportSentOn == QDate(2026, 2, 12));
    CHECK_FALSE(store->overviewOf(other.id).reportSentOn.isValid());
    for (const EmployeeOverview &row : store->overview())
        CHECK(row == store->overviewOf(row.employee.id));
}

namespace {

Id checkIn(Store &store, Id employee, Phase phase, const QDate &planned, const QDate &held = {},
           const QDate &nextCheckIn = {})
{
    Conversation c;
    c.employeeId = employee;
    c.kind = ConversationKind::CheckIn;
    c.phase = phase;
    c.plannedDate = planned;
    c.heldDate = held;
    c.nextCheckIn = nextCheckIn;
    return store.repository<Conversation>().insert(c);
}

Id developmentPlanningCheckIn(Store &store, Id employee, const QDate &held,
                              const QDate &nextCheckIn)
{
    Conversation c;
    c.employeeId = employee;
    c.phase = Phase::Finished;
    c.heldDate = held;
    c.nextCheckIn = nextCheckIn;
    return store.repository<Conversation>().insert(c);
}

} // namespace

TEST_CASE("the overview keeps check-ins apart from development conversations and gives the last "
          "check-in and the next one planned")
{
    TempStore store;
    const auto add = [&store](const char *name) {
        Employee e = person(QString::fromLatin1(name));
        return store->employees().insert(e);
    };
    const Id onlyCheckIns = add("Only Check-ins"), fromWrapUp = add("Planned At Wrap-up"),
             heldSince = add("Held Since"), openOne = add("Open Check-in"),
             underWay = add("Under Way");

    // Check-ins neither count as the last development conversation nor become the open one.
    checkIn(*store, onlyCheckIns, Phase::Finished, {}, QDate(2026, 3, 2), QDate(2026, 3, 16));
    checkIn(*store, onlyCheckIns, Phase::Finished, {}, QDate(2026, 2, 16), QDate(2026, 3, 2));

    // Planned at a development conversation's wrap-up, with no check-in since.
    checkIn(*store, fromWrapUp, Phase::Finished, {}, QDate(2026, 1, 5), QDate(2026, 1, 19));
    developmentPlanningCheckIn(*store, fromWrapUp, QDate(2026, 1, 12), QDate(2026, 1, 26));
    // A later conversation that planned no check-in leaves the plan standing.
    conversation(*store, fromWrapUp, Phase::Finished, {}, QDate(2026, 1, 14));

    // Planned at the wrap-up, then a check-in was held (earlier than planned): done.
    developmentPlanningCheckIn(*store, heldSince, QDate(2026, 4, 1), QDate(2026, 4, 15));
    checkIn(*store, heldSince, Phase::Finished, {}, QDate(2026, 4, 10));

    // A check-in under way comes before any plan from a wrap-up.
    developmentPlanningCheckIn(*store, openOne, QDate(2026, 5, 1), QDate(2026, 5, 20));
    const Id open = checkIn(*store, openOne, Phase::Preparation, QDate(2026, 5, 14));
    checkIn(*store, openOne, Phase::Preparation, QDate(2026, 5, 28));

    // Planned at the wrap-up of a conversation not finished yet: it counts from its save.
    conversation(*store, underWay, Phase::Finished, {}, QDate(2026, 3, 1), QDate(2026, 6, 1));
    Conversation current;
    current.employeeId = underWay;
    current.phase = Phase::WrapUp;
    current.plannedDate = QDate(2026, 6, 1);
    current.nextCheckIn = QDate(2026, 6, 15);
    const Id currentId = store->repository<Conversation>().insert(current);

    std::map<Id, EmployeeOverview> rows;
    for (const EmployeeOverview &row : store->overview())
        rows[row.employee.id] = row;
    REQUIRE(rows.size() == 5);
    for (const auto &[id, row] : rows)
        CHECK(store->overviewOf(id) == row);

    CHECK(rows[underWay].nextCheckIn == QDate(2026, 6, 15));
    CHECK(rows[underWay].openConversation == currentId);
    CHECK(rows[underWay].lastHeld == QDate(2026, 3, 1));

    CHECK_FALSE(rows[onlyCheckIns].lastHeld.isValid());
    CHECK_FALSE(rows[onlyCheckIns].nextPlanned.isValid());
    CHECK(rows[onlyCheckIns].openConversation == 0);
    CHECK(rows[onlyCheckIns].lastCheckIn == QDate(2026, 3, 2));
    CHECK(rows[onlyCheckIns].nextCheckIn == QDate(2026, 3, 16));
    CHECK(rows[onlyCheckIns].openCheckIn == 0);

    CHECK(rows[fromWrapUp].lastHeld == QDate(2026, 1, 14));
    CHECK(rows[fromWrapUp].lastCheckIn == QDate(2026, 1, 5));
    CHECK(rows[fromWrapUp].nextCheckIn == QDate(2026, 1, 26));

    CHECK(rows[heldSince].lastCheckIn == QDate(2026, 4, 10));
    CHECK_FALSE(rows[heldSince].nextCheckIn.isValid());

    CHECK(rows[openOne].openCheckIn == open);
    CHECK(rows[openOne].nextCheckIn == QDate(2026, 5, 14));
    CHECK(rows[openOne].openConversation == 0);
    CHECK_FALSE(rows[openOne].lastCheckIn.isValid());
}
