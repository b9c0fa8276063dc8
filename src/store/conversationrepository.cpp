#include "conversationrepository.h"

#include "followupplanner.h"
#include "repository.h"
#include "storeerror.h"
#include "transaction.h"

#include <algorithm>
#include <iterator>
#include <optional>
#include <unordered_map>

namespace dialoog {
namespace {

// Makes the rows of T under `parentId` exactly `children`. Rows that are already stored
// as they are are not written again: a save while typing touches only what changed.
// `previous`: the rows as the last save left them, so they need not be read back.
// A row another window removed meanwhile (feedback taken back in the main window while
// a conversation that had picked it up is open) stays removed: nothing to write, and no
// save that fails for ever.
template <typename T> void write(Repository<T> &repo, T &row)
{
    if (row.id == 0)
        repo.insert(row);
    else
        repo.tryUpdate(row);
}

template <typename T>
void syncChildren(Database &db, std::string_view column, Id parentId, std::vector<T> &children,
                  Id T::*parentField, const std::vector<T> *previous = nullptr)
{
    Repository<T> repo(db);
    // The usual save while typing: the rows as last saved, in the same order, perhaps
    // with new ones after them. Compared pairwise, without reading or copying anything.
    const bool sameStart =
        previous && previous->size() <= children.size() &&
        std::equal(previous->begin(), previous->end(), children.begin(),
                   [](const T &was, const T &is) { return was.id == is.id && was.id != 0; });
    if (sameStart) {
        for (std::size_t i = 0; i < children.size(); ++i) {
            T &child = children[i];
            child.*parentField = parentId;
            if (i < previous->size() && (*previous)[i] == child)
                continue;
            write(repo, child);
        }
        return;
    }
    std::unordered_map<Id, T> stored;
    for (T &row : previous ? std::vector<T>(*previous) : repo.where(column, parentId)) {
        if (row.id == 0)
            continue;
        const bool kept = std::any_of(children.begin(), children.end(),
                                      [&row](const T &c) { return c.id == row.id; });
        if (kept)
            stored.emplace(row.id, std::move(row));
        else
            repo.tryRemove(row.id);
    }
    for (T &child : children) {
        child.*parentField = parentId;
        if (const auto same = stored.find(child.id); same != stored.end() && same->second == child)
            continue;
        write(repo, child);
    }
}

template <typename T> const T *sameId(const std::vector<T> *rows, Id id)
{
    if (!rows || id == 0)
        return nullptr;
    const auto found =
        std::find_if(rows->begin(), rows->end(), [id](const T &row) { return row.id == id; });
    return found == rows->end() ? nullptr : &*found;
}

// Saves one row unless it is stored exactly so already.
template <typename T> void saveIfChanged(Database &db, T &row)
{
    Repository<T> repo(db);
    if (row.id != 0 && repo.find(row.id) == std::optional<T>(row))
        return;
    repo.save(row);
}

std::vector<Id> idsOf(const std::vector<Question> &questions)
{
    std::vector<Id> ids;
    ids.reserve(questions.size());
    for (const Question &q : questions)
        ids.push_back(q.id);
    return ids;
}

// Open items of the employee's other conversations, and those this one closed.
std::vector<ActionItem> earlierActionsOf(Database &db, const ConversationRecord &r)
{
    const Id conversationId = r.conversation.id;
    std::vector<ActionItem> items =
        Repository<ActionItem>(db).matching("conversation_id IN (SELECT id FROM conversation WHERE "
                                            "employee_id = ?) AND conversation_id <> ? "
                                            "AND (status = 'open' OR closed_in = ?)",
                                            {r.employee.id, conversationId, conversationId});
    // Open items of conversations after this one are not this one's business (looking
    // back at an old conversation); undated conversations count as earlier.
    const QDate when = r.conversation.date();
    if (when.isValid()) {
        std::erase_if(items, [&](const ActionItem &item) {
            if (item.closedIn == conversationId)
                return false;
            const auto from = std::find_if(
                r.otherConversations.begin(), r.otherConversations.end(),
                [&item](const Conversation &c) { return c.id == item.conversationId; });
            return from != r.otherConversations.end() && from->date() > when;
        });
    }
    return items;
}

StoreError conflict()
{
    return StoreError(StoreError::Kind::Conflict,
                      QCoreApplication::translate("dialoog::ConversationRepository",
                                                  "Someone else saved this conversation in the "
                                                  "meantime."));
}

// Counts the conversation's version up, first in the save: on a server the row stays
// locked until the commit, so two saves of the same conversation cannot both pass. With
// `basedOn` (a save by a window that loaded the record), a version that moved on since
// means another computer saved in between: the whole save is refused, nothing overwritten.
qint64 countUpVersion(Database &db, Id conversationId, const qint64 *basedOn)
{
    // On a file the new version is known without RETURNING, which made SQLite gather the
    // row in a table of its own: its cost was nearly half of the whole statement's.
    if (basedOn && !db.isServer()) {
        Statement update(db, "UPDATE conversation SET version = version + 1 "
                             "WHERE id = ? AND version = ?");
        update.bind(1, conversationId).bind(2, *basedOn).run();
        if (db.changes() == 0)
            throw conflict();
        return *basedOn + 1;
    }
    Statement update(db, basedOn ? "UPDATE conversation SET version = version + 1 "
                                   "WHERE id = ? AND version = ? RETURNING version"
                                 : "UPDATE conversation SET version = version + 1 "
                                   "WHERE id = ? RETURNING version");
    update.bind(1, conversationId);
    if (basedOn)
        update.bind(2, *basedOn);
    const bool counted = update.step();
    if (!counted && !basedOn)
        return 0; // not stored yet under this id: the row is written next
    if (!counted)
        throw conflict();
    return update.int64(0);
}

// Why a save that only adds notes checks the version on a file but does not count it up.
// The version guards the rows a save overwrites or deletes: a window whose record is
// older than the last change to them must not write over that change. A new note is a
// row nobody else holds: no other window's save can have changed it, and none can
// overwrite or delete it later, since a window's save writes and removes only rows its
// own record held (a save without the record last saved checks no version at all, so
// counting up never held it back either). Such a save only needs its record to be
// current, so a stale window is still refused whole; counting up as well would refuse
// other windows' later saves for a change that is none of their business, and cost the
// conversation's page in the log at every note. The check and the insert are one moment:
// a file has one writer at a time (BEGIN IMMEDIATE), and a transaction that read an
// older snapshot cannot write. On a server the version still counts up: its UPDATE locks
// the row until the commit, and it announces the save to the other computers (the
// trigger of migration 10), which then show the new note.
qint64 checkVersion(Database &db, Id conversationId, qint64 basedOn)
{
    Statement current(db, "SELECT version FROM conversation WHERE id = ?");
    current.bind(1, conversationId);
    if (!current.step() || current.int64(0) != basedOn)
        throw conflict();
    return basedOn;
}

// Whether the save would write new notes and nothing else: the record, its new notes
// set aside, equals the one last saved (`was`). Compared as a whole, so that a part the
// record gains later is compared too. The other cases are those where save() writes
// rows equal to the ones last saved: a reflection or a pick of questions not stored yet.
bool addsNotesOnly(ConversationRecord &r, const ConversationRecord &was)
{
    const auto saved = std::ptrdiff_t(was.notes.size());
    if (!was.questionsStored || r.reflection.id == 0 || std::ssize(r.notes) < saved ||
        std::any_of(r.notes.begin() + saved, r.notes.end(),
                    [](const Note &note) { return note.id != 0; }))
        return false;
    std::vector<Note> added(std::make_move_iterator(r.notes.begin() + saved),
                            std::make_move_iterator(r.notes.end()));
    r.notes.erase(r.notes.begin() + saved, r.notes.end());
    const bool same = r == was;
    std::move(added.begin(), added.end(), std::back_inserter(r.notes));
    return same;
}

// The save while typing notes: the version checked (a file) or counted up (a server, see
// checkVersion), then the new notes, the rows after those last saved.
void saveNewNotes(Database &db, ConversationRecord &r, std::size_t saved)
{
    const Id id = r.conversation.id;
    r.version =
        db.isServer() ? countUpVersion(db, id, &r.version) : checkVersion(db, id, r.version);
    Repository<Note> notes(db);
    for (std::size_t i = saved; i < r.notes.size(); ++i) {
        r.notes[i].conversationId = id;
        notes.insert(r.notes[i]);
    }
}

void saveConversation(Database &db, Conversation &conversation,
                      ConversationRepository::PlanFollowUp plan, const ConversationRecord *previous)
{
    const Conversation before =
        previous ? previous->conversation
        : conversation.id == 0
            ? Conversation{}
            : Repository<Conversation>(db).find(conversation.id).value_or(Conversation{});
    if (conversation.id == 0 || !(before == conversation))
        Repository<Conversation>(db).save(conversation);
    if (plan == ConversationRepository::PlanFollowUp::Yes)
        FollowUpPlanner(db).apply(before, conversation);
}

// The employee's goals with their steps. A goal belongs to the conversation it was set
// in: one set here that the record no longer holds is deleted, like any child of the
// conversation; goals set elsewhere are only updated.
void saveGoals(Database &db, ConversationRecord &r, const ConversationRecord *previous)
{
    const Id id = r.conversation.id;
    for (Goal &goal : r.goals) {
        if (goal.id == 0 && goal.createdIn == 0)
            goal.createdIn = id; // a goal first saved with this conversation was set in it
        const Goal *earlier = sameId(previous ? &previous->goals : nullptr, goal.id);
        if (earlier && *earlier == goal)
            continue;
        // Stored goals are read without their steps; compare like with like.
        Goal bare = goal;
        bare.steps.clear();
        std::optional<Goal> stored;
        if (earlier) {
            stored = *earlier;
            stored->steps.clear();
        } else if (goal.id != 0) {
            stored = Repository<Goal>(db).find(goal.id);
        }
        if (goal.id == 0 || stored != std::optional<Goal>(bare))
            Repository<Goal>(db).save(goal);
        syncChildren(db, "goal_id", goal.id, goal.steps, &GoalStep::goalId,
                     earlier ? &earlier->steps : nullptr);
    }
    if (!previous)
        return;
    for (const Goal &was : previous->goals) {
        if (was.id != 0 && was.createdIn == id && !sameId(&r.goals, was.id))
            Repository<Goal>(db).tryRemove(was.id);
    }
}

void saveChildren(Database &db, ConversationRecord &r, const ConversationRecord *previous)
{
    const Id id = r.conversation.id;
    const auto was = [previous](auto member) { return previous ? &(previous->*member) : nullptr; };
    syncChildren(db, "conversation_id", id, r.achievements, &Achievement::conversationId,
                 was(&ConversationRecord::achievements));
    syncChildren(db, "conversation_id", id, r.feedback, &FeedbackItem::conversationId,
                 was(&ConversationRecord::feedback));
    syncChildren(db, "conversation_id", id, r.goalUpdates, &GoalUpdate::conversationId,
                 was(&ConversationRecord::goalUpdates));
    syncChildren(db, "conversation_id", id, r.answers, &Answer::conversationId,
                 was(&ConversationRecord::answers));
    syncChildren(db, "conversation_id", id, r.notes, &Note::conversationId,
                 was(&ConversationRecord::notes));
    syncChildren(db, "conversation_id", id, r.actionItems, &ActionItem::conversationId,
                 was(&ConversationRecord::actionItems));
    syncChildren(db, "conversation_id", id, r.agreements, &Agreement::conversationId,
                 was(&ConversationRecord::agreements));
}

// Rows of the employee's that the conversation only marks: earlier action items it
// closes, and notes for next time it settles.
void saveEarlierItems(Database &db, ConversationRecord &r, const ConversationRecord *previous)
{
    for (ActionItem &item : r.earlierActions) {
        const ActionItem *earlier = sameId(previous ? &previous->earlierActions : nullptr, item.id);
        if (earlier && *earlier == item)
            continue;
        if (Repository<ActionItem>(db).find(item.id) != std::optional<ActionItem>(item))
            Repository<ActionItem>(db).update(item);
    }
    // A note deleted meanwhile from the main window has nothing left to mark.
    for (const InboxNote &note : r.inbox) {
        const InboxNote *earlier = sameId(previous ? &previous->inbox : nullptr, note.id);
        if (!earlier || !(*earlier == note))
            Repository<InboxNote>(db).tryUpdate(note);
    }
}

} // namespace

Conversation ConversationRepository::create(Id employeeId, const QDate &plannedDate,
                                            ConversationKind kind)
{
    Conversation conversation;
    conversation.employeeId = employeeId;
    conversation.plannedDate = plannedDate;
    conversation.kind = kind;
    Repository<Conversation>(m_db).insert(conversation);
    return conversation;
}

Id ConversationRepository::openCheckIn(Id employeeId)
{
    // No planned date sorts last, an earlier id breaking a tie.
    Statement open(m_db, "SELECT id FROM conversation WHERE employee_id = ? AND kind = ? AND "
                         "phase <> 'finished' "
                         "ORDER BY planned_date IS NULL, planned_date, id LIMIT 1");
    open.bind(1, employeeId).bind(2, toKey(ConversationKind::CheckIn));
    return open.step() ? open.int64(0) : 0;
}

ConversationRecord ConversationRepository::load(Id conversationId, const QString &language)
{
    ConversationRecord r;
    r.conversation = Repository<Conversation>(m_db).get(conversationId);
    Statement version(m_db, "SELECT version FROM conversation WHERE id = ?");
    version.bind(1, conversationId);
    r.version = version.step() ? version.int64(0) : 0;
    r.employee = Repository<Employee>(m_db).get(r.conversation.employeeId);
    r.reflection = Repository<Reflection>(m_db)
                       .firstWhere("conversation_id", conversationId)
                       .value_or(Reflection{0, conversationId, {}, {}, {}});
    r.achievements = Repository<Achievement>(m_db).where("conversation_id", conversationId);
    r.feedback = Repository<FeedbackItem>(m_db).where("conversation_id", conversationId);
    const bool checkIn = r.conversation.kind == ConversationKind::CheckIn;
    if (r.conversation.phase != Phase::Finished && !checkIn) {
        // What was gathered between conversations waits for the next one; saving the
        // conversation makes it part of it.
        const std::vector<FeedbackItem> between = Repository<FeedbackItem>(m_db).matching(
            "employee_id = ? AND conversation_id IS NULL", {r.employee.id});
        r.feedback.insert(r.feedback.end(), between.begin(), between.end());
    }
    if (r.conversation.phase != Phase::Finished)
        r.inbox =
            Repository<InboxNote>(m_db).matching("employee_id = ? AND done = 0", {r.employee.id});
    r.goals = Repository<Goal>(m_db).where("employee_id", r.employee.id);
    for (Goal &goal : r.goals)
        goal.steps = stepsOf(goal.id);
    r.goalUpdates = Repository<GoalUpdate>(m_db).where("conversation_id", conversationId);
    r.answers = Repository<Answer>(m_db).where("conversation_id", conversationId);
    r.notes = Repository<Note>(m_db).where("conversation_id", conversationId);
    r.actionItems = Repository<ActionItem>(m_db).where("conversation_id", conversationId);
    r.otherConversations = forEmployee(r.employee.id);
    std::erase_if(r.otherConversations,
                  [conversationId](const Conversation &c) { return c.id == conversationId; });
    r.earlierActions = earlierActionsOf(m_db, r);
    r.agreements = Repository<Agreement>(m_db).where("conversation_id", conversationId);

    const std::vector<Id> picked = pickedQuestions(conversationId);
    r.questionsStored = checkIn ? picked.empty() : !picked.empty();
    if (checkIn)
        return r;
    Repository<Question> questions(m_db);
    if (!picked.empty()) {
        for (Id id : picked)
            r.questions.push_back(questions.get(id));
        return r;
    }
    std::vector<Question> bank = questions.all();
    std::stable_sort(bank.begin(), bank.end(), [](const Question &a, const Question &b) {
        return a.sortOrder < b.sortOrder;
    });
    for (const Question &q : bank) {
        const bool answered = std::any_of(r.answers.begin(), r.answers.end(),
                                          [&q](const Answer &a) { return a.questionId == q.id; });
        if (answered || (q.active && q.language == language))
            r.questions.push_back(q);
    }
    return r;
}

void ConversationRepository::save(ConversationRecord &r, PlanFollowUp plan,
                                  const ConversationRecord *previous)
{
    Transaction transaction(m_db);
    if (previous && (previous->conversation.id != r.conversation.id || r.conversation.id == 0))
        previous = nullptr;
    if (previous && addsNotesOnly(r, *previous)) {
        saveNewNotes(m_db, r, previous->notes.size());
        transaction.commit();
        return;
    }
    if (r.conversation.id != 0)
        r.version = countUpVersion(m_db, r.conversation.id, previous ? &r.version : nullptr);
    saveConversation(m_db, r.conversation, plan, previous);
    const Id id = r.conversation.id;
    r.reflection.conversationId = id;
    if (!previous || r.reflection.id == 0 || !(previous->reflection == r.reflection))
        saveIfChanged(m_db, r.reflection);
    saveGoals(m_db, r, previous);
    // Ad-hoc questions join the bank, inactive, so their answers keep their wording.
    std::vector<Id> picked;
    for (Question &question : r.questions) {
        const Question *earlier = sameId(previous ? &previous->questions : nullptr, question.id);
        if (!earlier || !(*earlier == question))
            saveIfChanged(m_db, question);
        picked.push_back(question.id);
    }
    // The pick as stored: the record last saved knows it; else it is read back (a record
    // that shows the bank has none stored yet).
    const bool known = previous && previous->questionsStored;
    if ((known ? idsOf(previous->questions) : pickedQuestions(id)) != picked)
        setPickedQuestions(id, picked);
    r.questionsStored = !picked.empty() || r.conversation.kind == ConversationKind::CheckIn;
    saveChildren(m_db, r, previous);
    saveEarlierItems(m_db, r, previous);
    transaction.commit();
}

std::vector<Conversation> ConversationRepository::forEmployee(Id employeeId)
{
    return Repository<Conversation>(m_db).where("employee_id", employeeId);
}

EmployeeTimeline ConversationRepository::timeline(Id employeeId)
{
    EmployeeTimeline timeline;
    for (Conversation &c : forEmployee(employeeId)) {
        TimelineEntry entry{std::move(c), {}};
        for (const Agreement &a : agreementsOf(entry.conversation.id))
            entry.agreements << a.text;
        timeline.entries.push_back(std::move(entry));
    }
    std::stable_sort(
        timeline.entries.begin(), timeline.entries.end(),
        [](const TimelineEntry &a, const TimelineEntry &b) { return a.date() < b.date(); });
    timeline.goals = Repository<Goal>(m_db).where("employee_id", employeeId);
    timeline.goalUpdates = Repository<GoalUpdate>(m_db).matching(
        "conversation_id IN (SELECT id FROM conversation WHERE employee_id = ?)", {employeeId});
    return timeline;
}

void ConversationRepository::cancelPlanned(Id conversationId)
{
    Transaction transaction(m_db);
    const Conversation c = Repository<Conversation>(m_db).get(conversationId);
    if (c.heldDate.isValid() || c.phase == Phase::Finished)
        throw StoreError(StoreError::Kind::Constraint,
                         StoreError::tr("A conversation that was held cannot be cancelled."));
    Statement written(m_db, R"sql(
SELECT (SELECT count(*) FROM action_item WHERE conversation_id = ?1)
     + (SELECT count(*) FROM note WHERE conversation_id = ?1)
     + (SELECT count(*) FROM answer WHERE conversation_id = ?1 AND trim(text) <> '')
     + (SELECT count(*) FROM agreement WHERE conversation_id = ?1)
     + (SELECT count(*) FROM goal_update WHERE conversation_id = ?1)
     + (SELECT count(*) FROM achievement WHERE conversation_id = ?1))sql");
    written.bind(1, conversationId);
    if (written.step() && written.integer(0) > 0)
        throw StoreError(
            StoreError::Kind::Constraint,
            StoreError::tr("This conversation already holds notes, answers or action items, "
                           "so it cannot be cancelled."));
    // Decisions taken in preparation for a conversation that did not happen are undone.
    Statement reopen(m_db,
                     "UPDATE action_item SET status = 'open', done_date = NULL, closed_in = NULL "
                     "WHERE closed_in = ?");
    reopen.bind(1, conversationId).run();
    Repository<Conversation>(m_db).remove(conversationId);
    transaction.commit();
}

std::vector<GoalStep> ConversationRepository::stepsOf(Id goalId)
{
    return Repository<GoalStep>(m_db).where("goal_id", goalId);
}

std::vector<Conversation>
ConversationRepository::earlierConversations(const Conversation &conversation)
{
    std::vector<Conversation> earlier = Repository<Conversation>(m_db).matching(
        "employee_id = ? AND id <> ? AND phase = 'finished' AND held_date IS NOT NULL",
        {conversation.employeeId, conversation.id});
    const QDate when = conversation.date();
    if (when.isValid())
        std::erase_if(earlier, [&when](const Conversation &c) { return c.heldDate > when; });
    std::stable_sort(
        earlier.begin(), earlier.end(),
        [](const Conversation &a, const Conversation &b) { return a.heldDate < b.heldDate; });
    return earlier;
}

std::vector<Agreement> ConversationRepository::agreementsOf(Id conversationId)
{
    return Repository<Agreement>(m_db).where("conversation_id", conversationId);
}

std::vector<std::pair<QDate, QString>>
ConversationRepository::earlierAnswers(const Conversation &conversation, const Question &question)
{
    Statement statement(m_db, R"sql(
SELECT c.held_date, a.text FROM answer a
    JOIN conversation c ON c.id = a.conversation_id
    JOIN question q ON q.id = a.question_id
WHERE c.employee_id = ? AND c.id <> ? AND (q.id = ? OR q.text = ?) AND trim(a.text) <> ''
ORDER BY c.held_date IS NULL, c.held_date, c.id)sql");
    statement.bind(1, conversation.employeeId)
        .bind(2, conversation.id)
        .bind(3, question.id)
        .bind(4, question.text);
    std::vector<std::pair<QDate, QString>> answers;
    while (statement.step())
        answers.emplace_back(statement.date(0), statement.text(1));
    return answers;
}

std::vector<Id> ConversationRepository::pickedQuestions(Id conversationId)
{
    Statement statement(m_db,
                        "SELECT question_id FROM conversation_question WHERE conversation_id = ? "
                        "ORDER BY position");
    statement.bind(1, conversationId);
    std::vector<Id> ids;
    while (statement.step())
        ids.push_back(statement.int64(0));
    return ids;
}

void ConversationRepository::setPickedQuestions(Id conversationId,
                                                const std::vector<Id> &questionIds)
{
    Transaction transaction(m_db);
    Statement(m_db, "DELETE FROM conversation_question WHERE conversation_id = ?")
        .bind(1, conversationId)
        .run();
    Statement insert(m_db,
                     "INSERT INTO conversation_question (conversation_id, question_id, position) "
                     "VALUES (?, ?, ?)");
    int position = 0;
    for (Id question : questionIds) {
        insert.bind(1, conversationId).bind(2, question).bind(3, ++position);
        insert.run();
    }
    transaction.commit();
}

} // namespace dialoog
