#include "demodata.h"

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

struct Person
{
    const char *name, *role, *team, *email;
};

// Fictional people; any likeness is chance.
constexpr std::array<Person, 9> people = {{
    {"Sanne de Vries", "Support engineer", "Customer Care", "sanne.devries@example.org"},
    {"Daan Bakker", "Team lead support", "Customer Care", "daan.bakker@example.org"},
    {"Fatima el Amrani", "Support engineer", "Customer Care", "fatima.elamrani@example.org"},
    {"Joost Mulder", "Knowledge base editor", "Customer Care", "joost.mulder@example.org"},
    {"Emma Jansen", "Backend developer", "Product Development", "emma.jansen@example.org"},
    {"Lucas Visser", "Frontend developer", "Product Development", "lucas.visser@example.org"},
    {"Noor Hendriks", "Product designer", "Product Development", "noor.hendriks@example.org"},
    {"Thomas O'Neill", "Test engineer", "Product Development", "thomas.oneill@example.org"},
    {"Mila Smit", "Junior developer", "Product Development", "mila.smit@example.org"},
}};

constexpr std::array<std::array<const char *, 3>, 6> goalPool = {{
    {"Lead a customer workshop on her own", "Wants to grow towards a consultant role",
     "Co-host two workshops first; presentation training in spring"},
    {"Learn to review code for security issues", "Security incidents cost the team a lot of time",
     "Pair with the security champion; OWASP course; review one pull request a week"},
    {"Speak up more in planning meetings", "Has good ideas that now get lost",
     "Prepare one proposal per planning; ask for feedback afterwards"},
    {"Get the accessibility certificate", "Our product must meet the accessibility rules",
     "Online course, two hours a week; audit one screen a month"},
    {"Mentor a new colleague", "Enjoys helping others and wants to test leadership",
     "Buddy for the next starter; monthly check-in with the team lead"},
    {"Automate the release checklist", "Releases take a day of manual work",
     "Hackathon day per sprint; demo to the team"},
}};

constexpr std::array<const char *, 6> achievementPool = {
    "Handled the migration of the ticket system without downtime",
    "Wrote the onboarding guide that three starters used",
    "Solved the long-standing invoice bug",
    "Received a thank-you mail from a large customer",
    "Ran the team retrospectives for a quarter",
    "Cut the build time in half",
};

constexpr std::array<std::array<const char *, 2>, 5> feedbackPool = {{
    {"Always willing to help, and explains things patiently.", "Priya Ramdin"},
    {"Could share progress earlier; we sometimes hear about problems late.", "Kees van Dam"},
    {"Very reliable in the weekend rota.", "Lotte Kramer"},
    {"Brings calm to hectic incidents.", "Ahmed Yilmaz"},
    {"Great ideas in the design review; would like to see more of them.", "Iris de Boer"},
}};

constexpr std::array<const char *, 6> actionPool = {
    "Sign up for the presentation training",
    "Plan a pairing session with the security champion",
    "Share the draft proposal before the next planning",
    "Ask two colleagues for feedback on the workshop",
    "Check the training budget with HR",
    "Block two focus hours a week in the calendar",
};

class DemoWriter
{
public:
    DemoWriter(Store &store, const QDate &today)
        : m_store(store), m_today(today), m_random(20261126)
    {
    }

    DemoSummary run()
    {
        DemoSummary summary;
        Transaction transaction(m_store.database());
        for (std::size_t i = 0; i < people.size(); ++i) {
            summary.conversations += person(int(i));
            ++summary.employees;
        }
        transaction.commit();
        return summary;
    }

private:
    int pick(int count) { return int(m_random.bounded(count)); }

    int person(int index)
    {
        const Person &p = people[std::size_t(index)];
        Employee employee{0,
                          s(p.name),
                          s(p.role),
                          s(p.team),
                          s(p.email),
                          m_today.addYears(-1 - index % 5).addMonths(-index),
                          index % 3 == 0 ? 4 : 6,
                          false};
        m_store.employees().insert(employee);

        const int held = 2 + index % 3; // earlier conversations
        const int weeks = employee.rhythmWeeks;
        // Some people are overdue: their last conversation lies more than a rhythm back.
        const int lastAgo = (index % 4 == 1) ? weeks * 7 + 10 + index : 7 + index * 3;
        ConversationRecord record;
        for (int n = 0; n < held; ++n) {
            const QDate date = m_today.addDays(-lastAgo - (held - 1 - n) * weeks * 7);
            const QDate nextDate = date.addDays(weeks * 7);
            record = conversation(employee, date, n);
            record.conversation.nextFollowUp = nextDate;
            m_store.conversations().save(record);
        }
        // The next one is planned; some are already under way, each in another phase.
        if (index % 5 != 4) {
            ConversationRecord next = m_store.conversations().load(
                m_store.conversations().create(employee.id, record.conversation.nextFollowUp).id);
            const auto phase = static_cast<Phase>(index % 4);
            next.conversation.phase = phase;
            if (phase != Phase::Preparation || index % 2 == 0)
                next.reflection =
                    Reflection{0, 0, s("The migration project went well."),
                               s("Planning my own time."), s("Grow towards a lead role.")};
            if (phase >= Phase::Goals) {
                next.conversation.energy = 3 + pick(3);
                next.conversation.workHappiness = 3 + pick(3);
                next.achievements.push_back(
                    Achievement{0, 0, s(achievementPool[std::size_t(pick(6))])});
            }
            if (phase >= Phase::Questions && !next.questions.empty())
                next.answers.push_back(Answer{0, 0, next.questions.front().id,
                                              s("Solving hard customer problems with the team.")});
            if (phase == Phase::WrapUp)
                next.notes.push_back(Note{0, 0, Phase::WrapUp, QDateTime(m_today, QTime(10, 15)),
                                          s("Wants to discuss the training budget next time."),
                                          false});
            m_store.conversations().save(next);
            return held + 1;
        }
        return held;
    }

    // One held conversation. The random picks come in a fixed order, so the demo is the
    // same on every run.
    ConversationRecord conversation(const Employee &employee, const QDate &date, int number)
    {
        Conversation c = m_store.conversations().create(employee.id, date);
        ConversationRecord r = m_store.conversations().load(c.id);
        Conversation &conv = r.conversation;
        conv.heldDate = date;
        conv.phase = Phase::Finished;
        conv.energy = 2 + pick(4);
        conv.workHappiness = 2 + pick(4);
        conv.attentionPoints =
            s("Workload during the release weeks; interest in the analytics project.");
        conv.wellbeingNote = conv.energy <= 2 ? s("Tired after a busy release period.")
                                              : s("Feels energetic; enjoys the current project.");
        r.reflection = Reflection{0, c.id, s("Helped the team through a busy period."),
                                  s("Saying no to extra work more often."),
                                  s("Take on more responsibility in projects.")};
        r.achievements.push_back(Achievement{0, c.id, s(achievementPool[std::size_t(pick(6))])});
        const auto &fb = feedbackPool[std::size_t(pick(5))];
        r.feedback.push_back(FeedbackItem{.employeeId = employee.id,
                                          .conversationId = c.id,
                                          .fromWhom = s(fb[1]),
                                          .relation = static_cast<Relation>(pick(4)),
                                          .date = date.addDays(-7),
                                          .text = s(fb[0])});
        if (number == 0)
            addFirstGoals(r, employee, date);
        else
            advanceGoals(r, c.id);
        addAnswersAndNotes(r, c.id, date);
        closeEarlierActions(r, c.id, date);
        addActionsAndAgreement(r, c.id, date);
        conv.summary = s("A good conversation about growth and workload. ") + r.goals.front().what;
        return r;
    }

    // The first conversation sets two goals, each with its steps.
    void addFirstGoals(ConversationRecord &r, const Employee &employee, const QDate &date)
    {
        for (int g = 0; g < 2; ++g) {
            const auto &pool = goalPool[std::size_t((int(employee.id) + g) % 6)];
            Goal goal{.employeeId = employee.id,
                      .createdIn = 0,
                      .what = s(pool[0]),
                      .why = s(pool[1]),
                      .status = GoalStatus::Active,
                      .progress = 10,
                      .targetDate = date.addMonths(9),
                      .steps = {}};
            const auto steps = s(pool[2]).split(QStringLiteral("; "));
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
                                               goal.progress, s("Steady progress; see notes.")});
        }
    }

    void addAnswersAndNotes(ConversationRecord &r, Id conversationId, const QDate &date)
    {
        for (std::size_t q = 0; q < r.questions.size() && q < 4; ++q) {
            r.answers.push_back(Answer{0, conversationId,
                                       r.questions[q * 2 % r.questions.size()].id,
                                       s("Talked about this at length; mostly positive.")});
        }
        r.notes.push_back(Note{.conversationId = conversationId,
                               .phase = Phase::Questions,
                               .createdAt = QDateTime(date, QTime(14, 5)),
                               .text = s("Mentioned interest in the new analytics project."),
                               .isPrivate = false});
        r.notes.push_back(
            Note{.conversationId = conversationId,
                 .phase = Phase::Preparation,
                 .createdAt = QDateTime(date, QTime(13, 50)),
                 .text = s("Private: check whether the workload worries are growing."),
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
                                           .text = s(actionPool[std::size_t(pick(6))]),
                                           .owner = Owner::Employee,
                                           .ownerName = {},
                                           .dueDate = date.addDays(21),
                                           .doneDate = {},
                                           .status = ActionStatus::Open});
        r.actionItems.push_back(ActionItem{.conversationId = conversationId,
                                           .text = s(actionPool[std::size_t(pick(6))]),
                                           .owner = Owner::Manager,
                                           .ownerName = {},
                                           .dueDate = date.addDays(7),
                                           .doneDate = date.addDays(5),
                                           .status = ActionStatus::Done});
        r.agreements.push_back(
            Agreement{0, conversationId, s("Check in on progress every two weeks, briefly.")});
    }

    Store &m_store;
    QDate m_today;
    QRandomGenerator m_random;
};

} // namespace

DemoSummary fillDemoData(Store &store, const QDate &today)
{
    return DemoWriter(store, today).run();
}

} // namespace dialoog
