#include "store/storeerror.h"
#include "storetestsupport.h"

#include <catch2/catch.hpp>

using namespace dialoog;
using namespace dialoog::test;

namespace {

// Parent rows every child type can point at.
struct Parents
{
    Id employee = 0, conversation = 0, goal = 0, question = 0, action = 0;

    explicit Parents(Store &store)
    {
        Employee e = person();
        employee = store.employees().insert(e);
        conversation = store.conversations().create(employee, QDate(2026, 1, 5)).id;
        Goal g{0,  employee, conversation, QStringLiteral("Learn SQL"), {}, GoalStatus::Active, 10,
               {}, {}};
        goal = store.repository<Goal>().insert(g);
        Question q{0, QStringLiteral("nl"), QStringLiteral("Wat geeft je energie?"), true, 99};
        question = store.questions().insert(q);
        ActionItem a{0,
                     conversation,
                     QStringLiteral("Earlier item"),
                     Owner::Manager,
                     {},
                     {},
                     {},
                     ActionStatus::Open,
                     0};
        action = store.repository<ActionItem>().insert(a);
    }
};

// A value of each type with every field set away from its default, and a change to it.
template <typename T> T sample(const Parents &p);
template <typename T> void change(T &value);

template <> Employee sample(const Parents &)
{
    return Employee{.name = QStringLiteral("Noor Hendriks"),
                    .role = QStringLiteral("Designer"),
                    .team = QStringLiteral("Product"),
                    .email = QStringLiteral("noor@example.org"),
                    .startDate = QDate(2019, 9, 2),
                    .rhythmWeeks = 4,
                    .archived = true,
                    .checkInWeeks = 3,
                    .leftOn = QDate(2026, 6, 30)};
}
template <> void change(Employee &v)
{
    v.team = QStringLiteral("Research"), v.archived = false, v.leftOn = {}, v.checkInWeeks = 0;
}

template <> Conversation sample(const Parents &p)
{
    return Conversation{.employeeId = p.employee,
                        .plannedDate = QDate(2026, 2, 1),
                        .heldDate = QDate(2026, 2, 3),
                        .phase = Phase::Questions,
                        .nextFollowUp = QDate(2026, 3, 15),
                        .noFollowUp = false,
                        .energy = 4,
                        .workHappiness = 5,
                        .wellbeingNote = QStringLiteral("Energetic"),
                        .attentionPoints = QStringLiteral("Workload"),
                        .summary = QStringLiteral("Good talk"),
                        .correctedOn = QDate(2026, 2, 10),
                        .kind = ConversationKind::CheckIn,
                        .topic = CheckInTopic::Learning,
                        .topicText = QStringLiteral("The failed release"),
                        .nextCheckIn = QDate(2026, 2, 17),
                        .signOff = SignOff::Disputed,
                        .sentOn = QDate(2026, 2, 4),
                        .answeredOn = QDate(2026, 2, 6),
                        .employeeResponse = QStringLiteral("I see the workload differently.")};
}
template <> void change(Conversation &v)
{
    v.phase = Phase::Finished, v.noFollowUp = true, v.nextFollowUp = {};
    v.kind = ConversationKind::Development, v.signOff = SignOff::Agreed, v.employeeResponse = {};
}

template <> Reflection sample(const Parents &p)
{
    return Reflection{0, p.conversation, QStringLiteral("Release"), QStringLiteral("Planning"),
                      QStringLiteral("Lead")};
}
template <> void change(Reflection &v)
{
    v.ambitions = QStringLiteral("Architect");
}

template <> Achievement sample(const Parents &p)
{
    return Achievement{0, p.conversation, QStringLiteral("Shipped it")};
}
template <> void change(Achievement &v)
{
    v.text += QStringLiteral(" on time");
}

template <> FeedbackItem sample(const Parents &p)
{
    return FeedbackItem{0,
                        p.employee,
                        p.conversation,
                        QStringLiteral("Priya"),
                        Relation::Customer,
                        QDate(2026, 1, 2),
                        QStringLiteral("Very clear explanations")};
}
template <> void change(FeedbackItem &v)
{
    v.conversationId = 0, v.relation = Relation::Peer;
}

template <> Goal sample(const Parents &p)
{
    return Goal{0,
                p.employee,
                p.conversation,
                QStringLiteral("Give a talk"),
                QStringLiteral("Visibility"),
                GoalStatus::Proposed,
                5,
                QDate(2026, 6, 1),
                {}};
}
template <> void change(Goal &v)
{
    v.status = GoalStatus::Achieved, v.progress = 100, v.createdIn = 0;
}

template <> GoalStep sample(const Parents &p)
{
    return GoalStep{0, p.goal, StepKind::Training, QStringLiteral("Course")};
}
template <> void change(GoalStep &v)
{
    v.kind = StepKind::Project, v.text = QStringLiteral("Pilot project");
}

template <> GoalUpdate sample(const Parents &p)
{
    return GoalUpdate{0, p.goal, p.conversation, GoalStatus::Active, 60, QStringLiteral("Halfway")};
}
template <> void change(GoalUpdate &v)
{
    v.status = GoalStatus::Dropped, v.note = QStringLiteral("No longer needed");
}

template <> Question sample(const Parents &)
{
    return Question{0, QStringLiteral("en"), QStringLiteral("What would you change?"), false, 40};
}
template <> void change(Question &v)
{
    v.active = true, v.sortOrder = 2;
}

template <> Answer sample(const Parents &p)
{
    return Answer{0, p.conversation, p.question, QStringLiteral("Klanten helpen")};
}
template <> void change(Answer &v)
{
    v.text = QStringLiteral("Collega's helpen");
}

template <> Note sample(const Parents &p)
{
    return Note{0,
                p.conversation,
                Phase::WrapUp,
                QDateTime(QDate(2026, 1, 5), QTime(10, 0, 1, 5)),
                QStringLiteral("Check the budget"),
                true};
}
template <> void change(Note &v)
{
    v.isPrivate = false, v.phase = Phase::Goals;
}

template <> ActionItem sample(const Parents &p)
{
    return ActionItem{0,
                      p.conversation,
                      QStringLiteral("Book the course"),
                      Owner::Other,
                      QStringLiteral("HR"),
                      QDate(2026, 2, 1),
                      QDate(2026, 1, 20),
                      ActionStatus::Done,
                      p.action,
                      p.conversation};
}
template <> void change(ActionItem &v)
{
    v.status = ActionStatus::Dropped, v.carriedOverFrom = 0, v.doneDate = {};
}

template <> Agreement sample(const Parents &p)
{
    return Agreement{0, p.conversation, QStringLiteral("Meet monthly")};
}
template <> void change(Agreement &v)
{
    v.text = QStringLiteral("Meet every two weeks");
}

} // namespace

TEMPLATE_TEST_CASE("every repository creates, reads, updates and deletes its values",
                   "[repository]", Employee, Conversation, Reflection, Achievement, FeedbackItem,
                   Goal, GoalStep, GoalUpdate, Question, Answer, Note, ActionItem, Agreement)
{
    TempStore store;
    const Parents parents(*store);
    // A fresh repository per call: it borrows the connection, which reopen() replaces.
    const auto repo = [&store] { return store->repository<TestType>(); };
    const qint64 before = repo().count();

    TestType value = sample<TestType>(parents);
    const Id id = repo().insert(value);
    CHECK(id > 0);
    CHECK(value.id == id);
    CHECK(repo().count() == before + 1);
    CHECK(repo().get(id) == value);

    change(value);
    repo().update(value);
    store.reopen();
    CHECK(repo().get(id) == value);

    repo().remove(id);
    CHECK_FALSE(repo().find(id).has_value());
    CHECK(repo().count() == before);
    CHECK_THROWS_AS(repo().remove(id), StoreError);
    CHECK_THROWS_AS(repo().update(value), StoreError);
}

TEST_CASE("rows are listed by parent, in the order they were added")
{
    TempStore store;
    const Parents parents(*store);
    auto notes = store->repository<Note>();
    for (int i = 0; i < 3; ++i) {
        Note n{0,
               parents.conversation,
               Phase::Goals,
               QDateTime::currentDateTime(),
               QString::number(i),
               false};
        notes.insert(n);
    }
    const std::vector<Note> listed = notes.where("conversation_id", parents.conversation);
    REQUIRE(listed.size() == 3);
    CHECK(listed[0].text == QStringLiteral("0"));
    CHECK(listed[2].text == QStringLiteral("2"));
    CHECK(notes.where("conversation_id", parents.conversation + 100).empty());
}

TEST_CASE("the schema refuses values the domain does not allow")
{
    TempStore store;
    const Parents parents(*store);
    Employee nameless = person(QStringLiteral("   "));
    CHECK_THROWS_AS(store->employees().insert(nameless), StoreError);
    Goal tooFar{0, parents.employee, 0, QStringLiteral("x"), {}, GoalStatus::Active, 101, {}, {}};
    CHECK_THROWS_AS(store->repository<Goal>().insert(tooFar), StoreError);
    Note orphan{0, 9999, Phase::Goals, QDateTime::currentDateTime(), QStringLiteral("x"), false};
    CHECK_THROWS_AS(store->repository<Note>().insert(orphan), StoreError);
}

TEST_CASE("deleting an employee removes their conversations and everything in them")
{
    TempStore store;
    const Parents parents(*store);
    Note n{
        0,    parents.conversation, Phase::Goals, QDateTime::currentDateTime(), QStringLiteral("x"),
        false};
    store->repository<Note>().insert(n);
    store->employees().remove(parents.employee);
    CHECK(store->repository<Conversation>().count() == 0);
    CHECK(store->repository<Note>().count() == 0);
    CHECK(store->repository<Goal>().count() == 0);
}

TEST_CASE("a new database has the default question bank in English and Dutch")
{
    TempStore store;
    const std::vector<Question> bank = store->questions().all();
    const auto count = [&bank](const char *language) {
        return std::count_if(bank.begin(), bank.end(), [language](const Question &q) {
            return q.language == QLatin1String(language);
        });
    };
    CHECK(count("en") >= 12);
    CHECK(count("nl") == count("en"));
    TempStore empty(Store::Seed::Nothing);
    CHECK(empty->questions().count() == 0);
}
