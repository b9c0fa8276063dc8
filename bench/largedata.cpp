#include "largedata.h"

#include "store/deferredsearchindex.h"
#include "store/store.h"
#include "store/transaction.h"

#include <QStringList>
#include <array>
#include <cstdio>
#include <memory>

namespace dialoog::bench {

namespace {

// Word lists written for this generator; combined they give varied, searchable text.
constexpr std::array dutchOpeners = {"Wil graag",
                                     "Gaat verder met",
                                     "Heeft afgerond:",
                                     "Twijfelt nog over",
                                     "Krijgt energie van",
                                     "Vindt het lastig om",
                                     "Zou meer tijd willen voor",
                                     "Heeft hulp nodig bij",
                                     "Is trots op",
                                     "Wil volgend kwartaal"};
constexpr std::array dutchThings = {
    "de klantgesprekken",          "het nieuwe planningssysteem", "een cursus presenteren",
    "het inwerken van collega's",  "de migratie naar de cloud",   "feedback geven",
    "het teamoverleg voorzitten",  "de jaarafsluiting",           "een reünie van het team",
    "coaching door een senior",    "de kwartaalrapportage",       "werkdruk en balans",
    "Excel-macro's automatiseren", "het project Zeewolde",        "een opleiding tot scrum master"};
constexpr std::array dutchTails = {"omdat dat goed past bij haar ambitie.",
                                   "zodat hij zelfstandiger wordt.",
                                   "maar de tijd ontbreekt nu.",
                                   "en vraagt daarbij om steun.",
                                   "in overleg met de teamleider.",
                                   "vóór de zomer.",
                                   "met een mentor uit een ander team.",
                                   "zonder extra budget."};
constexpr std::array englishOpeners = {
    "Would like to",        "Keeps working on",   "Finished",
    "Is unsure about",      "Gets energy from",   "Finds it hard to",
    "Wants more time for",  "Needs support with", "Is proud of",
    "Plans next quarter to"};
constexpr std::array englishThings = {
    "the customer calls",        "the new planning tool", "a presentation course",
    "onboarding new colleagues", "the cloud migration",   "giving feedback",
    "chairing the team meeting", "the year-end close",    "mentoring an intern",
    "coaching from a senior",    "the quarterly report",  "workload and balance",
    "automating spreadsheets",   "the Harbour project",   "a scrum master training"};
constexpr std::array englishTails = {
    "because it fits their ambition.",  "to become more independent.",
    "but there is no time right now.",  "and asks for support.",
    "together with the team lead.",     "before the summer.",
    "with a mentor from another team.", "without extra budget."};
constexpr std::array firstNames = {"Sanne", "Daan",   "Fatima", "Lars", "Noor",  "Ahmed",
                                   "Eva",   "Jeroen", "Priya",  "Tom",  "Ilse",  "Mohamed",
                                   "Lotte", "Bram",   "Yara",   "Kees", "Sofie", "Ruben"};
constexpr std::array lastNames = {"de Vries", "Jansen", "Bakker",   "El Amrani", "Visser",
                                  "Smit",     "Meijer", "de Boer",  "Mulder",    "Bos",
                                  "Vos",      "Peters", "Hendriks", "van Dijk"};
constexpr std::array teams = {"Customer Care", "Finance", "Platform", "Sales", "HR",
                              "Logistics",     "Design"};

template <typename List> QString pick(TextGenerator &g, const List &list)
{
    return QString::fromUtf8(list[std::size_t(g.below(int(list.size())))]);
}

} // namespace

std::uint32_t TextGenerator::next()
{
    // xorshift32: tiny, fast and the same on every platform.
    m_state ^= m_state << 13;
    m_state ^= m_state >> 17;
    m_state ^= m_state << 5;
    return m_state;
}

int TextGenerator::below(int n)
{
    return int(next() % std::uint32_t(n));
}

QString TextGenerator::sentence()
{
    if (below(5) < 3)
        return pick(*this, dutchOpeners) + QLatin1Char(' ') + pick(*this, dutchThings) +
               QLatin1Char(' ') + pick(*this, dutchTails);
    return pick(*this, englishOpeners) + QLatin1Char(' ') + pick(*this, englishThings) +
           QLatin1Char(' ') + pick(*this, englishTails);
}

QString TextGenerator::note()
{
    QStringList parts{sentence()};
    for (int extra = below(3); extra > 0; --extra)
        parts << sentence();
    return parts.join(QLatin1Char(' '));
}

QString TextGenerator::shortLine()
{
    return below(5) < 3 ? pick(*this, dutchThings) : pick(*this, englishThings);
}

void fillLargeDatabase(Store &store, const LargeDataSize &size, std::uint32_t seed,
                       const QDate &lastHeld, bool verbose)
{
    TextGenerator g(seed);
    const std::vector<Question> bank = store.questionBank(QStringLiteral("nl"));
    Repository<Note> notes(store.database());
    Repository<ActionItem> actions(store.database());
    Repository<Answer> answers(store.database());
    Repository<FeedbackItem> feedback(store.database());
    Repository<Goal> goals(store.database());
    Repository<GoalUpdate> updates(store.database());
    Repository<Agreement> agreements(store.database());
    Repository<Achievement> achievements(store.database());
    Repository<Reflection> reflections(store.database());
    Repository<Conversation> conversations(store.database());

    // Batches of employees, each one transaction with the search index filled at its end:
    // a transaction per employee with the index written row by row made 10x the data
    // take most of an hour.
    constexpr int batch = 250;
    std::unique_ptr<Transaction> transaction;
    std::unique_ptr<DeferredSearchIndex> searchIndex;
    for (int e = 0; e < size.employees; ++e) {
        if (!transaction) {
            transaction = std::make_unique<Transaction>(store.database());
            searchIndex = std::make_unique<DeferredSearchIndex>(store.database());
        }
        Employee employee;
        employee.name = pick(g, firstNames) + QLatin1Char(' ') + pick(g, lastNames) +
                        QStringLiteral(" %1").arg(e + 1);
        employee.role = QStringLiteral("Specialist");
        employee.team = pick(g, teams);
        employee.startDate = lastHeld.addYears(-3 - g.below(5));
        store.employees().insert(employee);

        std::vector<Goal> employeeGoals;
        const int count = size.conversationsPerEmployee;
        for (int c = 0; c < count; ++c) {
            const bool planned = c == count - 1;
            const QDate date = lastHeld.addDays(-7 * 6 * (count - 2 - c) - g.below(10));
            // Written whole in one insert: an update would index its text a second time
            // while the search index waits for the batch's end.
            Conversation conversation;
            conversation.employeeId = employee.id;
            conversation.plannedDate = date;
            if (!planned) {
                conversation.heldDate = date;
                conversation.phase = Phase::Finished;
                conversation.energy = 1 + g.below(5);
                conversation.workHappiness = 1 + g.below(5);
                conversation.summary = g.note();
                conversation.attentionPoints = g.sentence();
                conversation.nextFollowUp = date.addDays(42);
            }
            conversations.insert(conversation);
            const QDateTime start(date, QTime(10, 0));
            for (int n = 0; n < size.notesPerConversation; ++n) {
                Note note{0,        conversation.id, Phase(g.below(4)), start.addSecs(60 * n),
                          g.note(), g.below(10) == 0};
                notes.insert(note);
            }
            if (planned)
                continue;
            Reflection reflection{0, conversation.id, g.sentence(), g.sentence(), g.sentence()};
            reflections.insert(reflection);
            for (int a = 0; a < 2; ++a) {
                Achievement achievement{0, conversation.id, g.sentence()};
                achievements.insert(achievement);
                Agreement agreement{0, conversation.id, g.shortLine()};
                agreements.insert(agreement);
            }
            for (int a = 0; a < size.actionsPerConversation; ++a) {
                ActionItem action;
                action.conversationId = conversation.id;
                action.text = g.shortLine();
                action.owner = Owner(g.below(2));
                action.dueDate = date.addDays(14 + g.below(30));
                action.status = c < count - 3 ? ActionStatus::Done : ActionStatus::Open;
                if (action.status == ActionStatus::Done)
                    action.doneDate = action.dueDate;
                actions.insert(action);
            }
            for (int a = 0; a < size.answersPerConversation && !bank.empty(); ++a) {
                Answer answer{0, conversation.id, bank[std::size_t(a) % bank.size()].id, g.note()};
                answers.insert(answer);
            }
            for (int f = 0; f < size.feedbackPerConversation; ++f) {
                FeedbackItem item;
                item.employeeId = employee.id;
                item.conversationId = conversation.id;
                item.fromWhom = pick(g, firstNames);
                item.date = date.addDays(-7);
                item.text = g.note();
                feedback.insert(item);
            }
            // A goal per conversation, updated in the three that follow.
            const int finished = std::max(1, count - 1);
            const int goalsHere =
                size.goalsPerEmployee * (c + 1) / finished - size.goalsPerEmployee * c / finished;
            for (int k = 0; k < goalsHere; ++k) {
                Goal goal;
                goal.employeeId = employee.id;
                goal.createdIn = conversation.id;
                goal.what = g.shortLine();
                goal.why = g.sentence();
                goal.status = GoalStatus::Active;
                goal.targetDate = date.addDays(180);
                goals.insert(goal);
                employeeGoals.push_back(goal);
            }
            for (Goal &goal : employeeGoals) {
                if (goal.createdIn == conversation.id || goal.progress >= 100 || g.below(3) != 0)
                    continue;
                goal.progress = std::min(100, goal.progress + 20 + g.below(30));
                GoalUpdate update{0,
                                  goal.id,
                                  conversation.id,
                                  goal.progress >= 100 ? GoalStatus::Achieved : GoalStatus::Active,
                                  goal.progress,
                                  g.sentence()};
                updates.insert(update);
            }
        }
        if ((e + 1) % batch == 0 || e + 1 == size.employees) {
            searchIndex->finish();
            transaction->commit();
            searchIndex.reset();
            transaction.reset();
            if (verbose)
                std::fprintf(stderr, "  %d of %d employees\n", e + 1, size.employees);
        }
    }
}

} // namespace dialoog::bench
