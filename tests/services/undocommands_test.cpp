#include "services/conversationdocument.h"
#include "store/store.h"
#include "testdatabase.h"

#include <QTemporaryDir>
#include <QUndoStack>
#include <algorithm>
#include <catch2/catch.hpp>
#include <functional>
#include <malloc.h>
#include <memory>

using namespace dialoog;

namespace {

// An employee with an earlier, held conversation (an open action item, a running
// goal), a note for next time, and a new conversation open in a document.
struct Fixture
{
    test::TestDatabase database{QStringLiteral("undo.sqlite")};
    Store store{database.location(), Store::Open::CreateIfMissing};
    Id employee = 0;
    Id id = 0;
    std::unique_ptr<ConversationDocument> doc;

    Fixture()
    {
        Employee e{0, QStringLiteral("Sanne"), {}, {}, {}, {}, 6, false};
        store.employees().insert(e);
        employee = e.id;
        ConversationRecord earlier =
            store.conversations().load(store.conversations().create(e.id, QDate(2026, 1, 10)).id);
        earlier.conversation.phase = Phase::Finished;
        earlier.conversation.heldDate = QDate(2026, 1, 10);
        earlier.conversation.noFollowUp = true;
        ActionItem open;
        open.text = QStringLiteral("Read the style guide");
        earlier.actionItems.push_back(open);
        Goal goal;
        goal.employeeId = e.id;
        goal.what = QStringLiteral("Learn SQL");
        goal.status = GoalStatus::Active;
        goal.progress = 20;
        earlier.goals.push_back(goal);
        store.conversations().save(earlier);
        InboxNote note{0, e.id, QDateTime(QDate(2026, 2, 1), QTime(9, 0)),
                       QStringLiteral("Ask about the move"), false};
        store.repository<InboxNote>().insert(note);
        id = store.conversations().create(e.id, QDate(2026, 3, 1)).id;
        doc = std::make_unique<ConversationDocument>(store, store.conversations().load(id));
    }

    ConversationRecord stored() { return store.conversations().load(id); }
};

using View = std::function<QString(Fixture &, const ConversationRecord &)>;

struct Case
{
    const char *name;
    std::function<bool(ConversationDocument &)> edit;
    View view;
    std::function<void(ConversationDocument &)> setup = {};
};

template <typename T> QString texts(const std::vector<T> &items)
{
    QStringList list;
    for (const T &item : items)
        list << item.text;
    return list.join(QLatin1Char('|'));
}

QString goals(Fixture &, const ConversationRecord &r)
{
    QStringList list;
    for (const Goal &g : r.goals) {
        list << QStringLiteral("%1/%2/%3/%4/%5")
                    .arg(g.what, g.why)
                    .arg(int(g.status))
                    .arg(g.progress)
                    .arg(texts(g.steps));
    }
    for (const GoalUpdate &u : r.goalUpdates)
        list << QStringLiteral("update %1 %2 %3").arg(u.goalId).arg(u.progress).arg(u.note);
    return list.join(QLatin1Char(';'));
}

QString actions(const std::vector<ActionItem> &items)
{
    QStringList list;
    for (const ActionItem &a : items)
        list << QStringLiteral("%1 %2 %3 %4")
                    .arg(a.text)
                    .arg(int(a.status))
                    .arg(a.closedIn)
                    .arg(a.doneDate.toString());
    return list.join(QLatin1Char('|'));
}

// Planned conversations other than the open one: where the follow-up plan shows.
QString followUp(Fixture &f, const ConversationRecord &r)
{
    QStringList list{r.conversation.nextFollowUp.toString(),
                     QString::number(r.conversation.noFollowUp)};
    for (const Conversation &c : f.store.conversations().forEmployee(f.employee)) {
        if (c.id != f.id && c.phase == Phase::Preparation)
            list << c.plannedDate.toString();
    }
    return list.join(QLatin1Char(' '));
}

bool addAchievement(ConversationDocument &d)
{
    return d.addAchievement(QStringLiteral("Shipped 2.0"));
}
bool addAgreement(ConversationDocument &d)
{
    return d.addAgreement(QStringLiteral("Monthly check-in"));
}

bool addGoal(ConversationDocument &d)
{
    Goal g;
    g.what = QStringLiteral("Chair a meeting");
    return d.addGoal(g);
}

bool addActionItem(ConversationDocument &d)
{
    ActionItem a;
    a.text = QStringLiteral("Book the course");
    return d.addActionItem(a);
}

int lastGoal(const ConversationDocument &d)
{
    return int(d.record().goals.size()) - 1;
}

QString notes(Fixture &, const ConversationRecord &r)
{
    QStringList list;
    for (const Note &n : r.notes)
        list << n.text + (n.isPrivate ? QStringLiteral(" (private)") : QString());
    // Settled notes for next time stay in the open record, marked done; the store has them done.
    list << QStringLiteral("inbox:");
    for (const InboxNote &n : r.inbox) {
        if (!n.done)
            list << n.text;
    }
    return list.join(QLatin1Char('|'));
}

std::vector<Case> listCases()
{
    const View achievements = [](Fixture &, const ConversationRecord &r) {
        return texts(r.achievements);
    };
    const View agreements = [](Fixture &, const ConversationRecord &r) {
        return texts(r.agreements);
    };
    const View items = [](Fixture &, const ConversationRecord &r) {
        return actions(r.actionItems);
    };
    return {
        {"a note",
         [](ConversationDocument &d) { return d.addNote(QStringLiteral("Likes pairing"), true); },
         notes},
        {"an achievement", addAchievement, achievements},
        {"a removed achievement", [](ConversationDocument &d) { return d.removeAchievement(0); },
         achievements, addAchievement},
        {"feedback",
         [](ConversationDocument &d) {
             return d.addFeedback(FeedbackItem{0, 0, 0, QStringLiteral("Kees"), Relation::Colleague,
                                               QDate(2026, 2, 2), QStringLiteral("Reliable")});
         },
         [](Fixture &, const ConversationRecord &r) { return texts(r.feedback); }},
        {"an agreement", addAgreement, agreements},
        {"a removed agreement", [](ConversationDocument &d) { return d.removeAgreement(0); },
         agreements, addAgreement},
        {"an action item", addActionItem, items},
        {"an action item's status",
         [](ConversationDocument &d) { return d.setActionStatus(0, ActionStatus::Done); }, items,
         addActionItem},
        {"an earlier action item closed",
         [](ConversationDocument &d) { return d.setEarlierActionStatus(0, ActionStatus::Dropped); },
         [](Fixture &, const ConversationRecord &r) { return actions(r.earlierActions); }},
        {"a note for next time kept",
         [](ConversationDocument &d) { return d.settleInboxNote(0, true); }, notes},
        {"a note for next time dismissed",
         [](ConversationDocument &d) { return d.settleInboxNote(0, false); }, notes},
    };
}

std::vector<Case> goalCases()
{
    return {
        {"a goal", addGoal, goals},
        {"a goal's why",
         [](ConversationDocument &d) {
             Goal g = d.record().goals.back();
             g.why = QStringLiteral("Leads the team later");
             return d.updateGoal(lastGoal(d), g, ConversationDocument::GoalChange::Why);
         },
         goals, addGoal},
        {"a goal step",
         [](ConversationDocument &d) {
             return d.addGoalStep(lastGoal(d), StepKind::Training, QStringLiteral("Course"));
         },
         goals, addGoal},
        {"a removed goal step",
         [](ConversationDocument &d) { return d.removeGoalStep(lastGoal(d), 0); }, goals,
         [](ConversationDocument &d) {
             addGoal(d);
             d.addGoalStep(lastGoal(d), StepKind::Task, QStringLiteral("Take notes"));
         }},
        {"a goal reviewed",
         [](ConversationDocument &d) {
             return d.reviewGoal(GoalUpdate{0, d.record().goals.front().id, 0, GoalStatus::Active,
                                            60, QStringLiteral("Halfway")});
         },
         goals},
    };
}

std::vector<Case> questionCases()
{
    return {
        {"an answer",
         [](ConversationDocument &d) { return d.setAnswer(0, QStringLiteral("More time for")); },
         [](Fixture &, const ConversationRecord &r) { return texts(r.answers); }},
        {"a question of one's own",
         [](ConversationDocument &d) {
             return d.addQuestion(QStringLiteral("What surprised you?"), QStringLiteral("en"));
         },
         [](Fixture &f, const ConversationRecord &r) {
             // The question joins the bank once, however often it is undone and redone.
             const auto bank = f.store.repository<Question>().all();
             const auto rows = std::count_if(bank.begin(), bank.end(), [](const Question &q) {
                 return q.text == QStringLiteral("What surprised you?");
             });
             return texts(r.questions) + (rows > 1 ? QStringLiteral(" DUPLICATED") : QString());
         }},
        {"questions chosen",
         [](ConversationDocument &d) {
             return d.chooseQuestions({{d.record().questions.front(), false}});
         },
         [](Fixture &, const ConversationRecord &r) {
             return texts(r.questions) + texts(r.answers);
         }},
    };
}

std::vector<Case> conversationCases()
{
    return {
        {"the summary",
         [](ConversationDocument &d) {
             return d.setText(TextField::Summary, QStringLiteral("Good talk"));
         },
         [](Fixture &, const ConversationRecord &r) { return r.conversation.summary; }},
        {"the reflection",
         [](ConversationDocument &d) {
             return d.setText(TextField::WentWell, QStringLiteral("The release"));
         },
         [](Fixture &f, const ConversationRecord &r) {
             // One reflection row per conversation, however often it is undone.
             const auto rows =
                 f.store.repository<Reflection>().where("conversation_id", f.id).size();
             return r.reflection.wentWell + (rows > 1 ? QStringLiteral(" DOUBLED") : QString());
         }},
        {"the scores", [](ConversationDocument &d) { return d.setScores(4, 3); },
         [](Fixture &, const ConversationRecord &r) {
             return QStringLiteral("%1 %2")
                 .arg(r.conversation.energy)
                 .arg(r.conversation.workHappiness);
         }},
        {"the follow-up date",
         [](ConversationDocument &d) { return d.setFollowUp(QDate(2026, 4, 12)); }, followUp},
        {"no follow-up", [](ConversationDocument &d) { return d.setNoFollowUp(true); }, followUp,
         [](ConversationDocument &d) { d.setFollowUp(QDate(2026, 4, 12)); }},
        {"the next check-in",
         [](ConversationDocument &d) { return d.setNextCheckIn(QDate(2026, 3, 24)); },
         [](Fixture &, const ConversationRecord &r) {
             return r.conversation.nextCheckIn.toString(Qt::ISODate);
         }},
        {"the next check-in moved",
         [](ConversationDocument &d) { return d.setNextCheckIn(QDate(2026, 4, 7)); },
         [](Fixture &, const ConversationRecord &r) {
             return r.conversation.nextCheckIn.toString(Qt::ISODate);
         },
         [](ConversationDocument &d) { d.setNextCheckIn(QDate(2026, 3, 24)); }},
        {"finishing", [](ConversationDocument &d) { return d.finish(); },
         [](Fixture &, const ConversationRecord &r) {
             return QStringLiteral("%1 %2")
                 .arg(int(r.conversation.phase))
                 .arg(r.conversation.heldDate.toString());
         },
         [](ConversationDocument &d) {
             d.setText(TextField::Summary, QStringLiteral("Fine"));
             d.setNoFollowUp(true);
         }},
    };
}

std::vector<Case> cases()
{
    std::vector<Case> all;
    for (const auto &part : {listCases(), goalCases(), questionCases(), conversationCases()})
        all.insert(all.end(), part.begin(), part.end());
    return all;
}

// Saves, then checks the store and the open record both show `expected`.
void savedAs(Fixture &f, const Case &c, const QString &expected)
{
    REQUIRE(f.doc->saveNow());
    CHECK(c.view(f, f.stored()).toStdString() == expected.toStdString());
    CHECK(c.view(f, f.doc->record()).toStdString() == expected.toStdString());
}

} // namespace

TEST_CASE("every kind of edit is undone and redone across saves, and the store holds exactly what "
          "the record holds")
{
    for (const Case &c : cases()) {
        INFO(c.name);
        Fixture f;
        if (c.setup)
            c.setup(*f.doc);
        REQUIRE(f.doc->saveNow());
        const QString before = c.view(f, f.stored());
        const int steps = f.doc->undoStack()->count();
        REQUIRE(c.edit(*f.doc));
        REQUIRE(f.doc->undoStack()->count() == steps + 1);
        REQUIRE(f.doc->saveNow());
        const QString after = c.view(f, f.stored());
        CHECK(after != before);
        QUndoStack *stack = f.doc->undoStack();
        stack->undo();
        savedAs(f, c, before);
        stack->redo();
        savedAs(f, c, after);
        stack->undo(); // and back and forth between two saves
        stack->redo();
        savedAs(f, c, after);
        stack->undo();
        savedAs(f, c, before);
        stack->redo();
        savedAs(f, c, after);
        // Reopened, the conversation is what was saved.
        const ConversationRecord reopened = f.stored();
        CHECK(c.view(f, reopened) == after);
    }
}

TEST_CASE("typing into one field is one undo step, and typing into another starts the next")
{
    Fixture f;
    ConversationDocument &d = *f.doc;
    for (const QString &text : {QStringLiteral("G"), QStringLiteral("Go"), QStringLiteral("Good")})
        REQUIRE(d.setText(TextField::Summary, text));
    REQUIRE(d.setText(TextField::AttentionPoints, QStringLiteral("Workload")));
    REQUIRE(d.setAnswer(0, QStringLiteral("M")));
    REQUIRE(d.setAnswer(0, QStringLiteral("Mo")));
    REQUIRE(d.setAnswer(1, QStringLiteral("X")));
    CHECK(d.undoStack()->count() == 4);
    d.undoStack()->undo();
    d.undoStack()->undo();
    CHECK(d.record().answers.empty());
    CHECK(d.record().conversation.attentionPoints == QStringLiteral("Workload"));
    d.undoStack()->undo();
    d.undoStack()->undo();
    CHECK(d.record().conversation.summary.isEmpty());
    // Typing back to where the field started leaves no step.
    REQUIRE(d.setText(TextField::Summary, QStringLiteral("x")));
    REQUIRE(d.setText(TextField::Summary, QString()));
    CHECK(d.undoStack()->count() == 0);
}

TEST_CASE("undoing a correction of a conversation held earlier takes its correction date back too")
{
    Fixture f;
    ConversationRecord held = f.stored();
    held.conversation.phase = Phase::Finished;
    held.conversation.heldDate = QDate::currentDate().addDays(-3);
    held.conversation.summary = QStringLiteral("Fine");
    held.conversation.noFollowUp = true;
    f.store.conversations().save(held);
    ConversationDocument doc(f.store, f.stored());
    REQUIRE(doc.setText(TextField::Summary, QStringLiteral("Fine, corrected")));
    CHECK(doc.record().conversation.correctedOn == QDate::currentDate());
    doc.undoStack()->undo();
    CHECK_FALSE(doc.record().conversation.correctedOn.isValid());
    REQUIRE(doc.saveNow());
    CHECK_FALSE(f.stored().conversation.correctedOn.isValid());
    CHECK(f.stored().conversation.summary == QStringLiteral("Fine"));
}

// Not built under AddressSanitizer, whose own heap mallinfo2 does not see: the ASan round
// lists no such test instead of one that passes without measuring.
#if !defined(__SANITIZE_ADDRESS__)
TEST_CASE("an undo step holds only its edit: 2,000 notes cost the undo stack linear memory")
{
    Fixture f;
    const auto heap = [] { return double(mallinfo2().uordblks); };
    const auto addNotes = [&f](int from, int to) {
        for (int i = from; i < to; ++i)
            REQUIRE(f.doc->addNote(QStringLiteral("Note number %1 of the meeting").arg(i), false));
    };
    const double start = heap();
    addNotes(0, 1000);
    const double half = heap();
    addNotes(1000, 2000);
    const double end = heap();
    REQUIRE(f.doc->undoStack()->count() == 2000);
    INFO("first thousand: " << (half - start) << " bytes, second thousand: " << (end - half)
                            << " bytes");
    CHECK(end - half <= 1.5 * (half - start));
    // And every one of them is a step of its own.
    f.doc->undoStack()->setIndex(1000);
    CHECK(f.doc->record().notes.size() == 1000);
}
#endif
