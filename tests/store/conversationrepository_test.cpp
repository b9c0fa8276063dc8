#include "storetestsupport.h"

#include "core/conversationsession.h"

#include <catch2/catch.hpp>

using namespace dialoog;
using namespace dialoog::test;

namespace {

ConversationRecord filledRecord(Store &store)
{
    Employee e = person();
    store.employees().insert(e);
    const Conversation c = store.conversations().create(e.id, QDate(2026, 4, 1));
    ConversationRecord r = store.conversations().load(c.id);
    ConversationSession s(r, [] { return QDate(2026, 4, 1); });
    s.setScores(4, 4);
    s.setReflection(Reflection{0, 0, QStringLiteral("Went well"), QStringLiteral("Growth"), QStringLiteral("Ambition")});
    s.addAchievement(QStringLiteral("Shipped"));
    s.addFeedback(FeedbackItem{0, 0, 0, QStringLiteral("Kees"), Relation::Colleague, QDate(2026, 3, 1), QStringLiteral("Reliable")});
    s.addGoal(Goal{0, 0, 0, QStringLiteral("Mentor a starter"), QStringLiteral("Leadership"), QStringLiteral("Buddy"),
                   GoalStatus::Active, 0, {}});
    s.setAnswer(s.record().questions.front().id, QStringLiteral("Customers"));
    s.addNote(QStringLiteral("Private thought"), true);
    ActionItem a;
    a.text = QStringLiteral("Book training");
    a.dueDate = QDate(2026, 5, 1);
    s.addActionItem(a);
    s.addAgreement(QStringLiteral("Check in monthly"));
    s.setSummary(QStringLiteral("Good"));
    s.setFollowUp(QDate(2026, 5, 15));
    s.finish();
    return s.record();
}

} // namespace

TEST_CASE("a conversation with everything in it is saved and loaded back the same")
{
    TempStore store;
    ConversationRecord saved = filledRecord(*store);
    store->conversations().save(saved);
    CHECK(saved.reflection.id > 0);
    CHECK(saved.actionItems.front().id > 0);
    CHECK(saved.goals.front().createdIn == saved.conversation.id);

    store.reopen();
    const ConversationRecord loaded = store->conversations().load(saved.conversation.id);
    CHECK(loaded == saved);
    CHECK(loaded.conversation.phase == Phase::Finished);
}

TEST_CASE("children removed from the record are deleted on save, others kept")
{
    TempStore store;
    ConversationRecord r = filledRecord(*store);
    store->conversations().save(r);
    r.notes.clear();
    r.agreements.push_back(Agreement{0, 0, QStringLiteral("Second agreement")});
    store->conversations().save(r);
    const ConversationRecord loaded = store->conversations().load(r.conversation.id);
    CHECK(loaded.notes.empty());
    CHECK(loaded.agreements.size() == 2);
}

TEST_CASE("a save that fails halfway changes nothing in the database")
{
    TempStore store;
    ConversationRecord r = filledRecord(*store);
    store->conversations().save(r);
    const ConversationRecord before = store->conversations().load(r.conversation.id);

    r.conversation.summary = QStringLiteral("Changed");
    r.notes.clear();
    r.answers.push_back(Answer{0, 0, 424242, QStringLiteral("points at no question")});
    CHECK_THROWS(store->conversations().save(r));
    CHECK(store->conversations().load(r.conversation.id) == before);
}

TEST_CASE("a conversation uses the active questions of its language, and keeps answered ones")
{
    TempStore store;
    ConversationRecord r = filledRecord(*store);
    store->conversations().save(r);
    const Id answered = r.answers.front().questionId;
    Question q = store->questions().get(answered);
    q.active = false;
    store->questions().update(q);

    const ConversationRecord english = store->conversations().load(r.conversation.id, QStringLiteral("en"));
    CHECK(std::all_of(english.questions.begin(), english.questions.end(), [answered](const Question &x) {
        return x.language == QStringLiteral("en") && (x.active || x.id == answered);
    }));
    CHECK(std::any_of(english.questions.begin(), english.questions.end(),
                      [answered](const Question &x) { return x.id == answered; }));
    const ConversationRecord dutch = store->conversations().load(r.conversation.id, QStringLiteral("nl"));
    CHECK(std::count_if(dutch.questions.begin(), dutch.questions.end(),
                        [](const Question &x) { return x.language == QStringLiteral("nl"); }) >= 12);
}
