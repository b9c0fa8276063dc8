#include "demodata.h"

#include "demotexts.h"
#include "store.h"
#include "transaction.h"

#include <QRandomGenerator>
#include <array>

namespace dialoog {
namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// Mila Smit: energy 4, 4 in a check-in, then 2 in her last conversation. Everyone
// else scores a steady 3 or 4, so hers is the one falling-energy signal.
constexpr int fallingEnergy = 8;

// Where each person's last report stands with them: one just held, one sent weeks ago
// and not answered, one agreed and one disputed with the employee's own words.
SignOff lastSignOff(int index)
{
    switch (index) {
    case 0:
        return SignOff::Draft;
    case 3:
        return SignOff::Seen;
    case 6:
        return SignOff::Disputed;
    case 7:
        return SignOff::Sent;
    default:
        return SignOff::Agreed; // Fatima (2) with a response
    }
}

class DemoWriter
{
public:
    DemoWriter(Store &store, const QDate &today, const QString &language)
        : m_store(store), m_today(today),
          m_language(language == QLatin1String("nl") ? QStringLiteral("nl") : QStringLiteral("en")),
          m_text(demoTexts(m_language)), m_random(20261126)
    {
    }

    DemoSummary run()
    {
        DemoSummary summary;
        Transaction transaction(m_store.database());
        std::vector<Employee> people;
        for (std::size_t i = 0; i < m_text.people.size(); ++i) {
            people.push_back(employee(int(i)));
            summary.conversations += person(int(i), people.back());
            ++summary.employees;
        }
        // After all development conversations, so that those keep their ids whatever
        // the check-ins add.
        for (std::size_t i = 0; i < people.size(); ++i)
            summary.conversations += checkIn(int(i), people[i]);
        transaction.commit();
        return summary;
    }

private:
    int pick(int count) { return int(m_random.bounded(count)); }

    Employee employee(int index)
    {
        const DemoTexts::Person &p = m_text.people[std::size_t(index)];
        Employee employee{0,
                          s(p.name),
                          s(p.role),
                          s(p.team),
                          s(p.email),
                          m_today.addYears(-1 - index % 5).addMonths(-index),
                          index % 3 == 0 ? 4 : 6,
                          false};
        m_store.employees().insert(employee);
        return employee;
    }

    int person(int index, const Employee &employee)
    {
        m_index = index;
        m_held = 2 + index % 3; // earlier conversations
        const int weeks = employee.rhythmWeeks;
        // Some people are overdue: their last conversation lies more than a rhythm back.
        const int lastAgo = (index % 4 == 1) ? weeks * 7 + 10 + index : 7 + index * 3;
        ConversationRecord record;
        for (int n = 0; n < m_held; ++n) {
            const QDate date = m_today.addDays(-lastAgo - (m_held - 1 - n) * weeks * 7);
            record = conversation(employee, date, n);
            record.conversation.nextFollowUp = date.addDays(weeks * 7);
            m_store.conversations().save(record);
        }
        // A check-in a few days ago for most people, so the rhythm view shows a manager who
        // mostly keeps up; half-way between the last two for those overdue for their
        // conversation, and for the one whose energy falls (its check-in scored before the
        // fall, so the fall is the newest change).
        const bool recent = index % 4 != 1 && index != fallingEnergy;
        m_checkInDay[std::size_t(index)] =
            recent ? m_today.addDays(-(2 + index % 6))
                   : record.conversation.heldDate.addDays(-weeks * 7 / 2);
        // The next one is planned; some are already under way, each in another phase.
        if (index % 5 == 4)
            return m_held;
        nextConversation(employee, record.conversation.nextFollowUp, index);
        return m_held + 1;
    }

    void nextConversation(const Employee &employee, const QDate &planned, int index)
    {
        ConversationRecord next = m_store.conversations().load(
            m_store.conversations().create(employee.id, planned).id, m_language);
        const auto phase = static_cast<Phase>(index % 4);
        next.conversation.phase = phase;
        const DemoTexts::Reflection &reflection = m_text.nextReflection;
        if (phase != Phase::Preparation || index % 2 == 0)
            next.reflection = Reflection{0, 0, s(reflection.wentWell), s(reflection.growth),
                                         s(reflection.ambitions)};
        if (phase >= Phase::Goals) {
            next.conversation.energy = 3 + pick(3);
            next.conversation.workHappiness = 3 + pick(3);
            next.achievements.push_back(
                Achievement{0, 0, s(m_text.achievements[std::size_t(pick(6))])});
        }
        if (phase >= Phase::Questions && !next.questions.empty())
            next.answers.push_back(Answer{0, 0, next.questions.front().id, s(m_text.nextAnswer)});
        if (phase == Phase::WrapUp)
            next.notes.push_back(Note{0, 0, Phase::WrapUp, QDateTime(m_today, QTime(10, 15)),
                                      s(m_text.wrapUpNote), false});
        m_store.conversations().save(next);
    }

    // One held conversation. The random picks come in a fixed order, so the demo is the
    // same on every run.
    ConversationRecord conversation(const Employee &employee, const QDate &date, int number)
    {
        Conversation c = m_store.conversations().create(employee.id, date);
        ConversationRecord r = m_store.conversations().load(c.id, m_language);
        Conversation &conv = r.conversation;
        conv.heldDate = date;
        conv.phase = Phase::Finished;
        score(conv, number);
        signOff(conv, number);
        conv.attentionPoints = s(m_text.attentionPoints);
        const DemoTexts::Reflection &reflection = m_text.heldReflection;
        r.reflection = Reflection{0, c.id, s(reflection.wentWell), s(reflection.growth),
                                  s(reflection.ambitions)};
        r.achievements.push_back(
            Achievement{0, c.id, s(m_text.achievements[std::size_t(pick(6))])});
        const DemoTexts::Feedback &fb = m_text.feedback[std::size_t(pick(5))];
        r.feedback.push_back(FeedbackItem{.employeeId = employee.id,
                                          .conversationId = c.id,
                                          .fromWhom = s(fb.from),
                                          .relation = static_cast<Relation>(pick(4)),
                                          .date = date.addDays(-7),
                                          .text = s(fb.text)});
        if (number == 0)
            addFirstGoals(r, employee, date);
        else
            advanceGoals(r, c.id);
        addAnswersAndNotes(r, c.id, date);
        closeEarlierActions(r, c.id, date);
        addActionsAndAgreement(r, c.id, date);
        conv.summary = s(m_text.summary) + r.goals.front().what;
        return r;
    }

    // Steady scores, 3 or 4; only the falling one drops from 4 to 2 at the end.
    void score(Conversation &conv, int number)
    {
        conv.energy = 3 + pick(2);
        conv.workHappiness = 3 + pick(2);
        if (m_index == fallingEnergy && number >= m_held - 2)
            conv.energy = number == m_held - 1 ? 2 : 4;
        conv.wellbeingNote = s(conv.energy <= 2   ? m_text.fallingNote
                               : conv.energy >= 4 ? m_text.energeticNote
                                                  : m_text.steadyNote);
        // Every other person plans a check-in two weeks after their last conversation.
        if (number == m_held - 1 && m_index % 2 == 0)
            conv.nextCheckIn = conv.heldDate.addDays(14);
    }

    // Earlier reports came back agreed (or seen); the last one as lastSignOff says.
    void signOff(Conversation &conv, int number)
    {
        const bool last = number == m_held - 1;
        conv.signOff = last               ? lastSignOff(m_index)
                       : m_index % 3 == 1 ? SignOff::Seen
                                          : SignOff::Agreed;
        if (conv.signOff == SignOff::Draft)
            return;
        conv.sentOn = conv.heldDate.addDays(1);
        if (conv.signOff == SignOff::Sent)
            return;
        conv.answeredOn = conv.heldDate.addDays(4);
        if (last && conv.signOff == SignOff::Disputed)
            conv.employeeResponse = s(m_text.disputedResponse);
        else if (last && m_index == 2)
            conv.employeeResponse = s(m_text.agreedResponse);
    }

    // The first conversation sets two goals, each with its steps.
    void addFirstGoals(ConversationRecord &r, const Employee &employee, const QDate &date)
    {
        for (int g = 0; g < 2; ++g) {
            const DemoTexts::Goal &pool = m_text.goals[std::size_t((int(employee.id) + g) % 6)];
            Goal goal{.employeeId = employee.id,
                      .createdIn = 0,
                      .what = s(pool.what),
                      .why = s(pool.why),
                      .status = GoalStatus::Active,
                      .progress = 10,
                      .targetDate = date.addMonths(9),
                      .steps = {}};
            const auto steps = s(pool.steps).split(QStringLiteral("; "));
            for (int k = 0; k < steps.size(); ++k)
                goal.steps.push_back(GoalStep{0, 0, static_cast<StepKind>(k % 3), steps[k]});
            r.goals.push_back(goal);
        }
    }

    // Later conversations move the running goals on, some of them to achieved.
    void advanceGoals(ConversationRecord &r, Id conversationId)
    {
        for (Goal &goal : r.goals) {
            if (!goal.isRunning())
                continue;
            goal.progress = std::min(100, goal.progress + 20 + pick(30));
            goal.status = goal.progress == 100 ? GoalStatus::Achieved : GoalStatus::Active;
            r.goalUpdates.push_back(GoalUpdate{0, goal.id, conversationId, goal.status,
                                               goal.progress, s(m_text.goalUpdate)});
        }
    }

    void addAnswersAndNotes(ConversationRecord &r, Id conversationId, const QDate &date)
    {
        for (std::size_t q = 0; q < r.questions.size() && q < 4; ++q) {
            const char *answer = m_text.answers[q][std::size_t(m_index + int(q)) % 2];
            r.answers.push_back(
                Answer{0, conversationId, r.questions[q * 2 % r.questions.size()].id, s(answer)});
        }
        r.notes.push_back(Note{.conversationId = conversationId,
                               .phase = Phase::Questions,
                               .createdAt = QDateTime(date, QTime(14, 5)),
                               .text = s(m_text.questionsNote),
                               .isPrivate = false});
        r.notes.push_back(Note{.conversationId = conversationId,
                               .phase = Phase::Preparation,
                               .createdAt = QDateTime(date, QTime(13, 50)),
                               .text = s(m_text.privateNote),
                               .isPrivate = true});
    }

    // Most of what stayed open last time is done now; the rest carries on.
    static void closeEarlierActions(ConversationRecord &r, Id conversationId, const QDate &date)
    {
        for (std::size_t i = 0; i < r.earlierActions.size(); ++i) {
            ActionItem &earlier = r.earlierActions[i];
            if (i % 3 == 2)
                continue;
            earlier.status = i % 4 == 3 ? ActionStatus::Dropped : ActionStatus::Done;
            earlier.doneDate = earlier.status == ActionStatus::Done ? date.addDays(-3) : QDate();
            earlier.closedIn = conversationId;
        }
    }

    void addActionsAndAgreement(ConversationRecord &r, Id conversationId, const QDate &date)
    {
        r.actionItems.push_back(ActionItem{.conversationId = conversationId,
                                           .text = s(m_text.actions[std::size_t(pick(6))]),
                                           .owner = Owner::Employee,
                                           .ownerName = {},
                                           .dueDate = date.addDays(21),
                                           .doneDate = {},
                                           .status = ActionStatus::Open});
        r.actionItems.push_back(ActionItem{.conversationId = conversationId,
                                           .text = s(m_text.actions[std::size_t(pick(6))]),
                                           .owner = Owner::Manager,
                                           .ownerName = {},
                                           .dueDate = date.addDays(7),
                                           .doneDate = date.addDays(5),
                                           .status = ActionStatus::Done});
        r.agreements.push_back(Agreement{0, conversationId, s(m_text.agreement)});
    }

    // A short check-in between the last two conversations: a project, a learning
    // experience or a goal, by turns. Returns how many conversations it added.
    int checkIn(int index, const Employee &employee)
    {
        // Sanne's conversation was a week ago; her first check-in is still to come (the
        // one her last conversation planned).
        if (index == 0)
            return 0;
        const QDate day = m_checkInDay[std::size_t(index)];
        ConversationRecord r = m_store.conversations().load(
            m_store.conversations().create(employee.id, day).id, m_language);
        Conversation &c = r.conversation;
        c.kind = ConversationKind::CheckIn;
        c.heldDate = day;
        c.phase = Phase::Finished;
        c.energy = index == fallingEnergy ? 4 : 3 + pick(2);
        c.workHappiness = 3 + pick(2);
        c.nextCheckIn = day.addDays(14);
        r.questions.clear(); // a check-in asks no questions from the bank
        // Goal check-ins go to those with two conversations: their goals still run.
        const std::size_t turn = std::size_t((index + 2) % 3);
        const DemoTexts::CheckIn &text = m_text.checkIns[turn];
        c.topic =
            std::array{CheckInTopic::Project, CheckInTopic::Learning, CheckInTopic::Goal}[turn];
        c.topicText = s(text.topic);
        if (c.topic == CheckInTopic::Goal)
            noteGoalProgress(r);
        const QDateTime at(day, QTime(11, 0));
        r.notes.push_back(Note{0, 0, Phase::Preparation, at, s(text.note), false});
        if (index == fallingEnergy)
            r.notes.push_back(
                Note{0, 0, Phase::Preparation, at, s(m_text.checkInPrivateNote), true});
        r.agreements.push_back(Agreement{0, 0, s(text.agreement)});
        r.actionItems.push_back(ActionItem{.conversationId = 0,
                                           .text = s(text.action),
                                           .owner = Owner::Employee,
                                           .ownerName = {},
                                           .dueDate = day.addDays(14),
                                           .doneDate = {},
                                           .status = ActionStatus::Open});
        m_store.conversations().save(r);
        return 1;
    }

    // A goal check-in is about the first running goal, with one line of progress half-way
    // between where it started (10 %) and where the next conversation put it.
    void noteGoalProgress(ConversationRecord &r)
    {
        for (const Goal &goal : r.goals) {
            if (!goal.isRunning())
                continue;
            r.conversation.topicText = goal.what;
            r.goalUpdates.push_back(GoalUpdate{0, goal.id, 0, GoalStatus::Active,
                                               (10 + goal.progress) / 10 * 5,
                                               s(m_text.checkInGoalUpdate)});
            return;
        }
    }

    Store &m_store;
    QDate m_today;
    QString m_language;
    const DemoTexts &m_text;
    QRandomGenerator m_random;
    int m_index = 0; // the person being written
    int m_held = 0;  // how many conversations they held
    std::array<QDate, std::tuple_size_v<decltype(DemoTexts::people)>> m_checkInDay{};
};

} // namespace

DemoSummary fillDemoData(Store &store, const QDate &today, const QString &language)
{
    return DemoWriter(store, today, language).run();
}

} // namespace dialoog
