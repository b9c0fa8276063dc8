#include "store/demodata.h"
#include "storetestsupport.h"

#include <catch2/catch.hpp>
#include <map>
#include <set>

using namespace dialoog;
using namespace dialoog::test;

namespace {

bool isCheckIn(const Conversation &c)
{
    return c.kind == ConversationKind::CheckIn;
}

// Everything a person scored, held conversations and check-ins alike, oldest first.
std::vector<int> energyScores(Store &store, Id employee)
{
    std::vector<Conversation> held = store.conversations().forEmployee(employee);
    std::erase_if(held, [](const Conversation &c) { return c.phase != Phase::Finished; });
    std::sort(held.begin(), held.end(), [](const Conversation &a, const Conversation &b) {
        return std::pair(a.heldDate, a.id) < std::pair(b.heldDate, b.id);
    });
    std::vector<int> scores;
    for (const Conversation &c : held)
        scores.push_back(c.energy);
    return scores;
}

std::vector<Conversation> allConversations(Store &store)
{
    std::vector<Conversation> all;
    for (const Employee &e : store.employees().all())
        for (const Conversation &c : store.conversations().forEmployee(e.id))
            all.push_back(c);
    return all;
}

} // namespace

TEST_CASE("sample data has at least eight people in two teams, each with earlier conversations "
          "that cover every phase")
{
    TempStore store;
    const QDate today(2026, 6, 15);
    const DemoSummary summary = fillDemoData(*store, today);
    CHECK(summary.employees >= 8);
    const std::vector<Employee> employees = store->employees().all();
    CHECK(int(employees.size()) == summary.employees);
    CHECK(int(allConversations(*store).size()) == summary.conversations);
    std::set<QString> teams;
    std::set<Phase> phases;
    bool openAction = false, doneAction = false, privateNote = false;
    for (const Employee &e : employees) {
        teams.insert(e.team);
        std::vector<Conversation> conversations = store->conversations().forEmployee(e.id);
        std::erase_if(conversations, isCheckIn); // below
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

TEST_CASE("sample data has held check-ins on each topic, with scores, notes and agreements")
{
    TempStore store;
    fillDemoData(*store, QDate(2026, 6, 15));
    std::set<CheckInTopic> topics;
    std::set<Id> people;
    for (const Conversation &c : allConversations(*store)) {
        if (!isCheckIn(c))
            continue;
        people.insert(c.employeeId);
        topics.insert(c.topic);
        CHECK(c.phase == Phase::Finished);
        CHECK(c.heldDate.isValid());
        CHECK(c.energy >= 1);
        CHECK(c.workHappiness >= 1);
        CHECK_FALSE(c.topicText.isEmpty());
        CHECK(c.nextCheckIn > c.heldDate);
        const ConversationRecord r = store->conversations().load(c.id);
        CHECK_FALSE(r.notes.empty());
        CHECK_FALSE(r.agreements.empty());
        CHECK(r.answers.empty()); // a check-in asks no questions from the bank
        if (c.topic == CheckInTopic::Goal)
            CHECK(r.goalUpdates.size() == 1);
    }
    CHECK(people.size() == store->employees().all().size() - 1); // one has a check-in to come
    CHECK(topics == std::set{CheckInTopic::Project, CheckInTopic::Learning, CheckInTopic::Goal});
}

TEST_CASE("sample data has a report sent over two weeks ago without an answer, one agreed with "
          "a response, and one disputed with a response")
{
    TempStore store;
    const QDate today(2026, 6, 15);
    fillDemoData(*store, today);
    std::map<SignOff, std::vector<Conversation>> bySignOff;
    for (const Conversation &c : allConversations(*store))
        bySignOff[c.signOff].push_back(c);

    const auto unanswered =
        std::count_if(bySignOff[SignOff::Sent].begin(), bySignOff[SignOff::Sent].end(),
                      [&today](const Conversation &c) {
                          return c.sentOn < today.addDays(-14) && !c.answeredOn.isValid() &&
                                 c.employeeResponse.isEmpty();
                      });
    CHECK(unanswered == 1);
    const auto withResponse = [](const std::vector<Conversation> &list) {
        return std::count_if(list.begin(), list.end(), [](const Conversation &c) {
            return !c.employeeResponse.isEmpty() && c.answeredOn.isValid() &&
                   c.sentOn <= c.answeredOn;
        });
    };
    CHECK(withResponse(bySignOff[SignOff::Agreed]) == 1);
    CHECK(withResponse(bySignOff[SignOff::Disputed]) == 1);
    CHECK_FALSE(bySignOff[SignOff::Seen].empty());
    CHECK_FALSE(bySignOff[SignOff::Draft].empty());
    // Nothing is answered before it was sent, or after today.
    for (const Conversation &c : allConversations(*store)) {
        if (c.answeredOn.isValid())
            CHECK((c.sentOn <= c.answeredOn && c.answeredOn <= today));
        if (c.signOff != SignOff::Draft)
            CHECK(c.sentOn >= c.heldDate);
    }
}

TEST_CASE("in the sample data exactly one person's energy fell by two or more over their last "
          "two scores, and nobody scored 2 or lower twice in a row")
{
    TempStore store;
    fillDemoData(*store, QDate(2026, 6, 15));
    QStringList falling;
    for (const Employee &e : store->employees().all()) {
        const std::vector<int> scores = energyScores(*store, e.id);
        REQUIRE(scores.size() >= 2);
        const int last = scores.back(), before = scores[scores.size() - 2];
        if (before - last >= 2)
            falling << e.name;
        for (std::size_t i = 1; i < scores.size(); ++i)
            CHECK_FALSE((scores[i] <= 2 && scores[i - 1] <= 2));
    }
    CHECK(falling == QStringList{QStringLiteral("Mila Smit")});
}

TEST_CASE("the Dutch sample data is in Dutch throughout, with the same shape as the English")
{
    TempStore english, dutch;
    const QDate today(2026, 6, 15);
    const DemoSummary en = fillDemoData(*english, today, QStringLiteral("en"));
    const DemoSummary nl = fillDemoData(*dutch, today, QStringLiteral("nl"));
    CHECK(nl.employees == en.employees);
    CHECK(nl.conversations == en.conversations);

    std::set<QString> teams;
    for (const Employee &e : dutch->employees().all())
        teams.insert(e.team);
    CHECK(teams ==
          std::set{QStringLiteral("Klantenservice"), QStringLiteral("Productontwikkeling")});

    const std::vector<Conversation> nlAll = allConversations(*dutch);
    const std::vector<Conversation> enAll = allConversations(*english);
    REQUIRE(nlAll.size() == enAll.size());
    for (std::size_t i = 0; i < nlAll.size(); ++i) {
        INFO("conversation " << nlAll[i].id);
        const ConversationRecord nlr = dutch->conversations().load(nlAll[i].id);
        const ConversationRecord enr = english->conversations().load(enAll[i].id);
        // The same conversations, scores and sign-offs, in other words.
        CHECK(nlr.conversation.date() == enr.conversation.date());
        CHECK(nlr.conversation.kind == enr.conversation.kind);
        CHECK(nlr.conversation.energy == enr.conversation.energy);
        CHECK(nlr.conversation.signOff == enr.conversation.signOff);
        CHECK(nlr.notes.size() == enr.notes.size());
        CHECK(nlr.answers.size() == enr.answers.size());
        for (std::size_t n = 0; n < nlr.notes.size(); ++n)
            CHECK(nlr.notes[n].text != enr.notes[n].text);
        if (!nlr.conversation.summary.isEmpty())
            CHECK(nlr.conversation.summary.startsWith(QStringLiteral("Een goed gesprek")));
        CHECK(nlr.conversation.employeeResponse.isEmpty() ==
              enr.conversation.employeeResponse.isEmpty());
        // Answers belong to the Dutch questions of the bank.
        for (const Answer &a : nlr.answers)
            CHECK(dutch->questions().get(a.questionId).language == QStringLiteral("nl"));
        for (const Answer &a : enr.answers)
            CHECK(english->questions().get(a.questionId).language == QStringLiteral("en"));
    }
    CHECK(dutch->check().ok);
}

TEST_CASE("the same day gives the same sample data")
{
    TempStore a, b;
    fillDemoData(*a, QDate(2026, 1, 1));
    fillDemoData(*b, QDate(2026, 1, 1));
    CHECK(a->conversations().load(5) == b->conversations().load(5));
}
