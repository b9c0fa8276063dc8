#include "services/conversationdocument.h"
#include "services/employeescreenfeed.h"
#include "store/store.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <memory>

using namespace dialoog;

namespace {

struct FeedFixture
{
    QTemporaryDir dir;
    Store store{dir.filePath(QStringLiteral("feed.sqlite")), Store::Open::CreateIfMissing};
    std::unique_ptr<ConversationDocument> doc;

    FeedFixture()
    {
        Employee e{0, QStringLiteral("Sanne"), {}, {}, {}, {}, 6, false};
        store.employees().insert(e);
        const Id id = store.conversations().create(e.id, QDate(2026, 3, 1)).id;
        doc = std::make_unique<ConversationDocument>(store, store.conversations().load(id));
    }
};

} // namespace

TEST_CASE("the employee's screen is told of agreements and goals, not of private notes or "
          "points of attention")
{
    FeedFixture f;
    EmployeeScreenFeed feed(*f.doc, QStringLiteral("en"));
    QSignalSpy changed(&feed, &EmployeeScreenFeed::changed);

    f.doc->addNote(QStringLiteral("Seems tired"), true);
    f.doc->addNote(QStringLiteral("Likes mentoring"), false);
    f.doc->setText(TextField::AttentionPoints, QStringLiteral("Raise the late arrivals"));
    CHECK(changed.isEmpty());

    f.doc->addAgreement(QStringLiteral("Check in every two weeks"));
    CHECK(changed.size() == 1);
    REQUIRE(feed.content().agreements.size() == 1);
    Goal goal;
    goal.what = QStringLiteral("Give a talk");
    goal.status = GoalStatus::Active;
    f.doc->addGoal(goal);
    CHECK(changed.size() == 2);
    CHECK(feed.content().goals.size() == 1);
}

TEST_CASE("the employee's screen speaks the language of the conversation's questions")
{
    FeedFixture f;
    const EmployeeScreenFeed feed(*f.doc, QStringLiteral("fr"));
    REQUIRE_FALSE(f.doc->record().questions.empty());
    CHECK(feed.language() == f.doc->record().questions.front().language);
}
