#include "store/demodata.h"
#include "storetestsupport.h"

#include <catch2/catch.hpp>
#include <set>

using namespace dialoog;
using namespace dialoog::test;

TEST_CASE("sample data has at least eight people in two teams, each with earlier conversations "
          "that cover every phase")
{
    TempStore store;
    const QDate today(2026, 6, 15);
    const DemoSummary summary = fillDemoData(*store, today);
    CHECK(summary.employees >= 8);
    const std::vector<Employee> employees = store->employees().all();
    CHECK(int(employees.size()) == summary.employees);
    std::set<QString> teams;
    std::set<Phase> phases;
    bool openAction = false, doneAction = false, privateNote = false;
    for (const Employee &e : employees) {
        teams.insert(e.team);
        const std::vector<Conversation> conversations = store->conversations().forEmployee(e.id);
        const auto held = std::count_if(
            conversations.begin(), conversations.end(),
            [&today](const Conversation &c) { return c.heldDate.isValid() && c.heldDate < today; });
        CHECK(held >= 2);
        CHECK(held <= 4);
        for (const Conversation &c : conversations) {
            phases.insert(c.phase);
            const ConversationRecord r = store->conversations().load(c.id);
            if (c.phase != Phase::Finished)
                continue;
            CHECK_FALSE(r.reflection.isEmpty());
            CHECK_FALSE(r.achievements.empty());
            CHECK_FALSE(r.feedback.empty());
            CHECK_FALSE(r.answers.empty());
            CHECK_FALSE(r.agreements.empty());
            CHECK_FALSE(r.conversation.summary.isEmpty());
            for (const ActionItem &a : r.actionItems) {
                openAction |= a.status == ActionStatus::Open;
                doneAction |= a.status == ActionStatus::Done;
            }
            for (const Note &n : r.notes)
                privateNote |= n.isPrivate;
        }
    }
    CHECK(teams.size() == 2);
    CHECK(phases.size() == 5);
    CHECK(openAction);
    CHECK(doneAction);
    CHECK(privateNote);
    CHECK(store->check().ok);
}

TEST_CASE("the same day gives the same sample data")
{
    TempStore a, b;
    fillDemoData(*a, QDate(2026, 1, 1));
    fillDemoData(*b, QDate(2026, 1, 1));
    CHECK(a->conversations().load(5) == b->conversations().load(5));
}
