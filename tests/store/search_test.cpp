#include "store/search.h"
#include "storetestsupport.h"

#include <algorithm>
#include <catch2/catch.hpp>

using namespace dialoog;
using dialoog::test::TempStore;

namespace {

// One employee with one conversation that holds a note, in a fresh store.
struct SearchFixture
{
    TempStore db;
    Employee employee = test::person();
    ConversationRecord record;

    SearchFixture()
    {
        db->employees().insert(employee);
        Conversation c = db->conversations().create(employee.id, QDate(2025, 3, 14));
        record = db->conversations().load(c.id);
    }
    void addNote(const QString &text, bool isPrivate = false, Phase phase = Phase::Questions)
    {
        Note note;
        note.phase = phase;
        note.createdAt = QDateTime(QDate(2025, 3, 14), QTime(10, 0));
        note.text = text;
        note.isPrivate = isPrivate;
        record.notes.push_back(note);
        db->conversations().save(record);
    }
    std::vector<SearchHit> find(const QString &typed) { return db->search().find(typed); }
};

QString plain(QString snippet)
{
    return snippet.remove(SearchHit::markStart).remove(SearchHit::markEnd);
}

} // namespace

TEST_CASE("what the user types becomes an all-words prefix query", "[search]")
{
    CHECK(Search::matchExpression(QStringLiteral("presen")) == QStringLiteral("\"presen\"*"));
    CHECK(Search::matchExpression(QStringLiteral("  team   lead ")) ==
          QStringLiteral("\"team\"* \"lead\"*"));
    // Quotes and operators are the user's text, never query syntax.
    CHECK(Search::matchExpression(QStringLiteral("\"OR\" NEAR(")) ==
          QStringLiteral("\"OR\"* \"NEAR(\"*"));
    CHECK(Search::matchExpression(QStringLiteral("- ... \"")).isEmpty());
    CHECK(Search::matchExpression(QString()).isEmpty());
}

TEST_CASE("on a server, what the user types becomes quoted prefix words, never query syntax",
          "[search]")
{
    CHECK(Search::tsQuery(QStringLiteral("presen")) == QStringLiteral("'presen':*"));
    CHECK(Search::tsQuery(QStringLiteral("  team   lead ")) ==
          QStringLiteral("'team':* & 'lead':*"));
    CHECK(Search::tsQuery(QStringLiteral("O'Brien !x | y\\")) ==
          QStringLiteral("'O''Brien':* & '!x':* & 'y\\\\':*"));
    CHECK(Search::tsQuery(QStringLiteral("- ... & |")).isEmpty());
}

TEST_CASE("a note is found by a word, a prefix, or without its accents", "[search]")
{
    SearchFixture f;
    f.addNote(QStringLiteral("Wil graag een reünie organiseren voor het team"));
    f.addNote(QStringLiteral("Presentation skills: practise with the quarterly review"));

    for (const QString &typed : {QStringLiteral("reünie"), QStringLiteral("reunie"),
                                 QStringLiteral("REUN"), QStringLiteral("team reu")}) {
        INFO(typed.toStdString());
        const std::vector<SearchHit> hits = f.find(typed);
        REQUIRE(hits.size() == 1);
        CHECK(plain(hits.front().snippet) ==
              QStringLiteral("Wil graag een reünie organiseren voor het team"));
    }
    const std::vector<SearchHit> hits = f.find(QStringLiteral("quart"));
    REQUIRE(hits.size() == 1);
    const SearchHit &hit = hits.front();
    CHECK(hit.snippet.contains(SearchHit::markStart + QStringLiteral("quarterly") +
                               SearchHit::markEnd));
    CHECK(hit.source == SearchSource::Note);
    CHECK(hit.employeeId == f.employee.id);
    CHECK(hit.employeeName == f.employee.name);
    CHECK(hit.conversationId == f.record.conversation.id);
    CHECK(hit.date == QDate(2025, 3, 14));
    CHECK(hit.phase == Phase::Questions);
    CHECK_FALSE(hit.isPrivate);
    CHECK(f.find(QStringLiteral("quarterly nothing")).empty());
}

TEST_CASE("private notes are found and marked as private", "[search]")
{
    SearchFixture f;
    f.addNote(QStringLiteral("Worried about the workload at home"), true, Phase::Preparation);
    const std::vector<SearchHit> hits = f.find(QStringLiteral("workload"));
    REQUIRE(hits.size() == 1);
    CHECK(hits.front().isPrivate);
    CHECK(hits.front().phase == Phase::Preparation);
}

TEST_CASE("the index follows edits and deletions in the same save", "[search]")
{
    SearchFixture f;
    f.addNote(QStringLiteral("Mentor for the new colleague"));
    REQUIRE(f.find(QStringLiteral("mentor")).size() == 1);

    f.record.notes.front().text = QStringLiteral("Coach for the new colleague");
    f.db->conversations().save(f.record);
    CHECK(f.find(QStringLiteral("mentor")).empty());
    CHECK(f.find(QStringLiteral("coach")).size() == 1);

    // Saving again unchanged must neither duplicate nor lose the entry.
    f.db->conversations().save(f.record);
    CHECK(f.find(QStringLiteral("coach")).size() == 1);

    f.record.notes.clear();
    f.db->conversations().save(f.record);
    CHECK(f.find(QStringLiteral("coach")).empty());
}

TEST_CASE("every kind of text about a person is searchable and says where it belongs", "[search]")
{
    SearchFixture f;
    ConversationRecord &r = f.record;
    r.reflection.growth = QStringLiteral("alphaword in the reflection");
    r.achievements.push_back(Achievement{0, 0, QStringLiteral("betaword achievement")});
    FeedbackItem feedback;
    feedback.employeeId = f.employee.id;
    feedback.fromWhom = QStringLiteral("Joost");
    feedback.text = QStringLiteral("gammaword feedback");
    r.feedback.push_back(feedback);
    Goal goal;
    goal.employeeId = f.employee.id;
    goal.what = QStringLiteral("deltaword goal");
    goal.steps.push_back(GoalStep{0, 0, StepKind::Training, QStringLiteral("epsilonword course")});
    r.goals.push_back(goal);
    r.agreements.push_back(Agreement{0, 0, QStringLiteral("zetaword agreement")});
    ActionItem action;
    action.text = QStringLiteral("etaword action");
    r.actionItems.push_back(action);
    r.conversation.summary = QStringLiteral("thetaword summary");
    f.db->conversations().save(r);

    const std::vector<std::pair<QString, SearchSource>> expected = {
        {QStringLiteral("alphaword"), SearchSource::Reflection},
        {QStringLiteral("betaword"), SearchSource::Achievement},
        {QStringLiteral("gammaword"), SearchSource::Feedback},
        {QStringLiteral("deltaword"), SearchSource::Goal},
        {QStringLiteral("epsilonword"), SearchSource::GoalStep},
        {QStringLiteral("zetaword"), SearchSource::Agreement},
        {QStringLiteral("etaword"), SearchSource::ActionItem},
        {QStringLiteral("thetaword"), SearchSource::Conversation},
    };
    for (const auto &[word, source] : expected) {
        INFO(word.toStdString());
        const std::vector<SearchHit> hits = f.find(word);
        REQUIRE(hits.size() == 1);
        CHECK(hits.front().source == source);
        CHECK(hits.front().employeeName == f.employee.name);
    }
}

TEST_CASE("newest text comes first and the number of hits is limited", "[search]")
{
    SearchFixture f;
    for (int i = 0; i < 5; ++i)
        f.addNote(QStringLiteral("Sprint %1 went fine").arg(i));
    const std::vector<SearchHit> all = f.find(QStringLiteral("sprint"));
    REQUIRE(all.size() == 5);
    CHECK(plain(all.front().snippet) == QStringLiteral("Sprint 4 went fine"));
    CHECK(f.db->search().find(QStringLiteral("sprint"), 2).size() == 2);
}

TEST_CASE("erasing an employee leaves nothing of them in the search index", "[search]")
{
    SearchFixture f;
    f.addNote(QStringLiteral("canaryzebra private matter"), true);
    Employee other = test::person(QStringLiteral("Other Person"));
    f.db->employees().insert(other);
    f.db->eraseEmployee(f.employee.id);
    CHECK(f.find(QStringLiteral("canaryzebra")).empty());
    // Not in the index's own tables either (the canary test checks the bytes of the file).
    Statement rows(f.db->database(), "SELECT count(*) FROM search_index");
    REQUIRE(rows.step());
    CHECK(rows.int64(0) == 0);
}

TEST_CASE("what was written in a check-in is found, and the hit says it came from a check-in",
          "[search]")
{
    SearchFixture f;
    f.addNote(QStringLiteral("Development talk about the roadmap"));
    Conversation checkIn =
        f.db->conversations().create(f.employee.id, QDate(2025, 4, 2), ConversationKind::CheckIn);
    ConversationRecord r = f.db->conversations().load(checkIn.id);
    r.notes.push_back(Note{0, 0, Phase::Preparation, QDateTime(QDate(2025, 4, 2), QTime(9, 0)),
                           QStringLiteral("Check-in about the roadmap demo"), false});
    r.agreements.push_back(Agreement{0, 0, QStringLiteral("Show the roadmap on Friday")});
    r.conversation.summary = QStringLiteral("Roadmap is on track");
    f.db->conversations().save(r);

    const std::vector<SearchHit> hits = f.find(QStringLiteral("roadmap"));
    REQUIRE(hits.size() == 4);
    int fromCheckIn = 0;
    for (const SearchHit &hit : hits) {
        INFO(plain(hit.snippet).toStdString());
        const bool inCheckIn = hit.conversationId == checkIn.id;
        CHECK((hit.kind == ConversationKind::CheckIn) == inCheckIn);
        fromCheckIn += inCheckIn ? 1 : 0;
    }
    CHECK(fromCheckIn == 3);
}

TEST_CASE("hits of one word in several tables and people each get their own place", "[search]")
{
    SearchFixture f;
    f.addNote(QStringLiteral("Kompas for the team's direction"), true, Phase::Goals);
    f.addNote(QStringLiteral("A second kompas note"), false, Phase::Questions);
    Employee other = test::person(QStringLiteral("Noor Visser"));
    f.db->employees().insert(other);
    Conversation checkIn =
        f.db->conversations().create(other.id, QDate(2025, 5, 6), ConversationKind::CheckIn);
    ConversationRecord r = f.db->conversations().load(checkIn.id);
    r.notes.push_back(Note{0, 0, Phase::Preparation, QDateTime(QDate(2025, 5, 6), QTime(9, 0)),
                           QStringLiteral("Kompas again, in a check-in"), false});
    r.agreements.push_back(Agreement{0, 0, QStringLiteral("Draw the kompas together")});
    f.db->conversations().save(r);
    // Feedback gathered between conversations has no conversation: dated by itself.
    FeedbackItem between{0,
                         other.id,
                         0,
                         QStringLiteral("Kees"),
                         Relation::Colleague,
                         QDate(2025, 6, 1),
                         QStringLiteral("Her kompas helps the team")};
    f.db->repository<FeedbackItem>().insert(between);

    const std::vector<SearchHit> hits = f.find(QStringLiteral("kompas"));
    REQUIRE(hits.size() == 5);
    const auto hitWith = [&hits](const char *words) {
        const auto found = std::find_if(hits.cbegin(), hits.cend(), [words](const SearchHit &h) {
            return plain(h.snippet).contains(QString::fromUtf8(words));
        });
        REQUIRE(found != hits.cend());
        return *found;
    };
    const SearchHit privateNote = hitWith("team's direction");
    CHECK(privateNote.employeeId == f.employee.id);
    CHECK(privateNote.conversationId == f.record.conversation.id);
    CHECK(privateNote.date == QDate(2025, 3, 14));
    CHECK(privateNote.phase == Phase::Goals);
    CHECK(privateNote.isPrivate);
    const SearchHit secondNote = hitWith("second kompas");
    CHECK(secondNote.conversationId == f.record.conversation.id);
    CHECK(secondNote.phase == Phase::Questions);
    CHECK_FALSE(secondNote.isPrivate);
    const SearchHit checkInNote = hitWith("in a check-in");
    CHECK(checkInNote.employeeId == other.id);
    CHECK(checkInNote.employeeName == other.name);
    CHECK(checkInNote.conversationId == checkIn.id);
    CHECK(checkInNote.date == QDate(2025, 5, 6));
    CHECK(checkInNote.kind == ConversationKind::CheckIn);
    const SearchHit agreement = hitWith("Draw the");
    CHECK(agreement.source == SearchSource::Agreement);
    CHECK(agreement.conversationId == checkIn.id);
    CHECK(agreement.phase == Phase::WrapUp);
    const SearchHit feedback = hitWith("helps the team");
    CHECK(feedback.source == SearchSource::Feedback);
    CHECK(feedback.employeeId == other.id);
    CHECK(feedback.conversationId == 0);
    CHECK(feedback.date == QDate(2025, 6, 1));
}
