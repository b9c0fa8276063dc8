#include "services/conversationdocument.h"

#include "core/overviewchange.h"
#include "services/answercommand.h"
#include "services/changeitemcommand.h"
#include "services/checkincommand.h"
#include "services/finishcommand.h"
#include "services/followupcommand.h"
#include "services/goalstepcommand.h"
#include "services/listitemcommand.h"
#include "services/offlinejournal.h"
#include "services/questionscommand.h"
#include "services/scorescommand.h"
#include "services/serverlink.h"
#include "services/signoffcommand.h"
#include "services/textcommand.h"
#include "services/undocommands.h"
#include "services/unsavedtext.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <QTimer>
#include <QUndoCommand>
#include <QUndoStack>
#include <algorithm>
#include <array>
#include <optional>

namespace dialoog {
namespace {

// Undo gives back the correction date as it was before the step, for every part of it.
void setCorrectedBefore(const QUndoCommand *command, const QDate &date, const SignOffState &signOff)
{
    if (auto *step = dynamic_cast<SessionCommand *>(const_cast<QUndoCommand *>(command)))
        step->setCorrectedBefore(date, signOff);
    for (int i = 0; i < command->childCount(); ++i)
        setCorrectedBefore(command->child(i), date, signOff);
}

QString reflectionField(const Reflection &reflection, TextField field)
{
    switch (field) {
    case TextField::WentWell:
        return reflection.wentWell;
    case TextField::Growth:
        return reflection.growth;
    case TextField::Ambitions:
        return reflection.ambitions;
    default:
        return {};
    }
}

template <typename T> bool validIndex(const std::vector<T> &items, int index)
{
    return index >= 0 && index < int(items.size());
}

} // namespace

ConversationDocument::ConversationDocument(Store &store, ConversationRecord record, QObject *parent)
    : QObject(parent), m_store(store), m_session(new ConversationSession(record, this)),
      m_undoStack(new QUndoStack(this)), m_saveTimer(new QTimer(this)), m_stored(std::move(record))
{
    m_saveTimer->setSingleShot(true);
    connect(m_saveTimer, &QTimer::timeout, this, &ConversationDocument::saveNow);
    connect(m_session, &ConversationSession::changed, this, &ConversationDocument::onChanged);
    // A phase change is a natural pause: keep the store in step right away.
    connect(m_session, &ConversationSession::phaseChanged, this, &ConversationDocument::saveNow);
}

ConversationDocument::~ConversationDocument()
{
    // The last word is saved, but nobody is told: the windows listening are going too.
    blockSignals(true);
    // Closed without choosing after a conflict: what was typed goes into a note.
    if (m_state == SaveState::Conflict)
        reloadKeepingText();
    saveNow();
}

bool ConversationDocument::change(const std::function<bool(QUndoCommand *&command)> &make)
{
    // A read-only database takes no edit: refused here, not lost at the next save.
    if (m_store.isReadOnly())
        return false;
    const QDate correctedBefore = record().conversation.correctedOn;
    const SignOffState signOffBefore = SignOffRules::stateOf(record().conversation);
    QUndoCommand *command = nullptr;
    if (!make(command))
        return false;
    if (command) { // none: nothing changed
        setCorrectedBefore(command, correctedBefore, signOffBefore);
        m_undoStack->push(command);
    }
    return true;
}

template <typename T>
QUndoCommand *ConversationDocument::added(std::vector<T> ConversationRecord::*list,
                                          const QString &text)
{
    const std::vector<T> &items = record().*list;
    return new ListItemCommand<T>(*m_session, text, ListChange::Added, list, items.size() - 1,
                                  items.back());
}

template <typename T>
bool ConversationDocument::removed(std::vector<T> ConversationRecord::*list, int index,
                                   bool (ConversationSession::*remove)(int), const QString &text)
{
    // The session is named outside the lambda: GCC 12's UBSan took the closure for `this`
    // at the call through the pointer to member, and reported a bad vptr.
    ConversationSession &session = *m_session;
    return change([&session, list, index, remove, &text](QUndoCommand *&command) {
        if (!validIndex(session.record().*list, index))
            return false;
        T item = (session.record().*list)[std::size_t(index)];
        if (!(session.*remove)(index))
            return false;
        command = new ListItemCommand<T>(session, text, ListChange::Removed, list,
                                         std::size_t(index), std::move(item));
        return true;
    });
}

template <typename T>
SessionCommand *ConversationDocument::changed(std::vector<T> ConversationRecord::*list,
                                              std::size_t index, T before, const QString &text)
{
    const T &after = (record().*list)[index];
    if (after == before)
        return nullptr;
    return new ChangeItemCommand<T>(*m_session, text, list, index, std::move(before), after);
}

bool ConversationDocument::setText(TextField field, const QString &text)
{
    const QString before = m_session->text(field);
    if (before == text)
        return true;
    return change([&](QUndoCommand *&command) {
        m_session->setText(field, text);
        const QString name = field == TextField::WellbeingNote     ? tr("Edit energy note")
                             : field == TextField::AttentionPoints ? tr("Edit points of attention")
                             : field == TextField::Summary         ? tr("Edit summary")
                             : field == TextField::TopicText       ? tr("Edit topic")
                                                                   : tr("Edit reflection");
        command = new TextCommand(*m_session, name, field, before, text);
        return true;
    });
}

bool ConversationDocument::setScores(int energy, int workHappiness)
{
    const Conversation &c = record().conversation;
    const ScoresCommand::Scores before{c.energy, c.workHappiness}, after{energy, workHappiness};
    if (before == after)
        return true;
    return change([&](QUndoCommand *&command) {
        if (!m_session->setScores(energy, workHappiness))
            return false;
        command = new ScoresCommand(*m_session, tr("Score energy"), before, after);
        return true;
    });
}

bool ConversationDocument::pasteReflection(const Reflection &reflection)
{
    static constexpr std::array fields = {TextField::WentWell, TextField::Growth,
                                          TextField::Ambitions};
    if (std::all_of(fields.begin(), fields.end(), [&](TextField f) {
            return m_session->text(f) == reflectionField(reflection, f);
        }))
        return true;
    return change([&](QUndoCommand *&command) {
        command = new QUndoCommand(tr("Paste reflection answers"));
        for (TextField field : fields) {
            const QString before = m_session->text(field),
                          after = reflectionField(reflection, field);
            if (before == after)
                continue;
            m_session->setText(field, after);
            new TextCommand(*m_session, command->text(), field, before, after, command);
        }
        return true;
    });
}

bool ConversationDocument::addAchievement(const QString &text)
{
    return change([&](QUndoCommand *&command) {
        m_session->addAchievement(text);
        command = added(&ConversationRecord::achievements, tr("Add achievement"));
        return true;
    });
}

bool ConversationDocument::removeAchievement(int index)
{
    return removed(&ConversationRecord::achievements, index,
                   &ConversationSession::removeAchievement, tr("Remove achievement"));
}

bool ConversationDocument::addFeedback(const FeedbackItem &item)
{
    return addFeedback(item, tr("Add feedback"));
}

bool ConversationDocument::pasteFeedback(const FeedbackItem &item)
{
    return addFeedback(item, tr("Paste feedback answers"));
}

bool ConversationDocument::addFeedback(const FeedbackItem &item, const QString &undoText)
{
    return change([&](QUndoCommand *&command) {
        m_session->addFeedback(item);
        command = added(&ConversationRecord::feedback, undoText);
        return true;
    });
}

bool ConversationDocument::reviewGoal(const GoalUpdate &update)
{
    return change([&](QUndoCommand *&command) {
        const auto &goals = record().goals;
        const auto goal = std::find_if(goals.begin(), goals.end(),
                                       [&](const Goal &g) { return g.id == update.goalId; });
        const auto &updates = record().goalUpdates;
        const auto was = std::find_if(updates.begin(), updates.end(), [&](const GoalUpdate &u) {
            return u.goalId == update.goalId;
        });
        const auto goalIndex = std::size_t(goal - goals.begin()),
                   updateIndex = std::size_t(was - updates.begin());
        const std::optional<Goal> goalBefore =
            goal == goals.end() ? std::nullopt : std::optional<Goal>(*goal);
        const std::optional<GoalUpdate> updateBefore =
            was == updates.end() ? std::nullopt : std::optional<GoalUpdate>(*was);
        if (!m_session->reviewGoal(update))
            return false;
        command = new QUndoCommand(tr("Review goal"));
        new ChangeItemCommand<Goal>(*m_session, command->text(), &ConversationRecord::goals,
                                    goalIndex, *goalBefore, record().goals[goalIndex], command);
        const GoalUpdate &after = record().goalUpdates[updateIndex];
        if (updateBefore)
            new ChangeItemCommand<GoalUpdate>(*m_session, command->text(),
                                              &ConversationRecord::goalUpdates, updateIndex,
                                              *updateBefore, after, command);
        else
            new ListItemCommand<GoalUpdate>(*m_session, command->text(), ListChange::Added,
                                            &ConversationRecord::goalUpdates, updateIndex, after,
                                            command);
        return true;
    });
}

bool ConversationDocument::setEarlierActionStatus(int index, ActionStatus status)
{
    return change([&](QUndoCommand *&command) {
        if (!validIndex(record().earlierActions, index))
            return false;
        ActionItem before = record().earlierActions[std::size_t(index)];
        if (!m_session->setEarlierActionStatus(index, status))
            return false;
        command = changed(&ConversationRecord::earlierActions, std::size_t(index),
                          std::move(before), tr("Mark action item"));
        return true;
    });
}

bool ConversationDocument::settleInboxNote(int index, bool keep)
{
    return change([&](QUndoCommand *&command) {
        if (!validIndex(record().inbox, index))
            return false;
        const InboxNote before = record().inbox[std::size_t(index)];
        const std::size_t notes = record().notes.size();
        if (!m_session->settleInboxNote(index, keep))
            return false;
        command = new QUndoCommand(keep ? tr("Move note for next time to notes")
                                        : tr("Dismiss note for next time"));
        new ChangeItemCommand<InboxNote>(*m_session, command->text(), &ConversationRecord::inbox,
                                         std::size_t(index), before,
                                         record().inbox[std::size_t(index)], command);
        if (record().notes.size() > notes)
            new ListItemCommand<Note>(*m_session, command->text(), ListChange::Added,
                                      &ConversationRecord::notes, notes, record().notes.back(),
                                      command);
        return true;
    });
}

bool ConversationDocument::addGoal(const Goal &goal)
{
    return change([&](QUndoCommand *&command) {
        if (!m_session->addGoal(goal))
            return false;
        command = added(&ConversationRecord::goals, tr("Add goal"));
        return true;
    });
}

bool ConversationDocument::updateGoal(int index, const Goal &goal, GoalChange what)
{
    return change([&](QUndoCommand *&command) {
        if (!validIndex(record().goals, index))
            return false;
        Goal before = record().goals[std::size_t(index)];
        if (!m_session->updateGoal(index, goal))
            return false;
        const QString text = what == GoalChange::Status     ? tr("Change goal status")
                             : what == GoalChange::Progress ? tr("Change goal progress")
                                                            : tr("Edit goal");
        auto *step = static_cast<ChangeItemCommand<Goal> *>(
            changed(&ConversationRecord::goals, std::size_t(index), std::move(before), text));
        // Typing a goal's what or why, or spinning its progress, is one step per field.
        if (step &&
            (what == GoalChange::What || what == GoalChange::Why || what == GoalChange::Progress))
            step->mergeAs(Cmd_EditGoal, int(what));
        command = step;
        return true;
    });
}

bool ConversationDocument::addGoalStep(int goalIndex, StepKind kind, const QString &text)
{
    return change([&](QUndoCommand *&command) {
        if (!m_session->addGoalStep(goalIndex, kind, text))
            return false;
        const std::vector<GoalStep> &steps = record().goals[std::size_t(goalIndex)].steps;
        command = new GoalStepCommand(*m_session, tr("Add step"), ListChange::Added,
                                      std::size_t(goalIndex), steps.size() - 1, steps.back());
        return true;
    });
}

bool ConversationDocument::removeGoalStep(int goalIndex, int stepIndex)
{
    return change([&](QUndoCommand *&command) {
        if (!validIndex(record().goals, goalIndex) ||
            !validIndex(record().goals[std::size_t(goalIndex)].steps, stepIndex))
            return false;
        GoalStep step = record().goals[std::size_t(goalIndex)].steps[std::size_t(stepIndex)];
        if (!m_session->removeGoalStep(goalIndex, stepIndex))
            return false;
        command =
            new GoalStepCommand(*m_session, tr("Remove step"), ListChange::Removed,
                                std::size_t(goalIndex), std::size_t(stepIndex), std::move(step));
        return true;
    });
}

bool ConversationDocument::setAnswer(int questionIndex, const QString &text)
{
    return change([&](QUndoCommand *&command) {
        if (!validIndex(record().questions, questionIndex))
            return false;
        // Looked up now: an ad-hoc question gets its id when it is first saved.
        const Id question = record().questions[std::size_t(questionIndex)].id;
        const auto &answers = record().answers;
        const auto was = std::find_if(answers.begin(), answers.end(), [question](const Answer &a) {
            return a.questionId == question;
        });
        const std::optional<QString> before =
            was == answers.end() ? std::nullopt : std::optional<QString>(was->text);
        if (before == text)
            return true;
        if (!m_session->setAnswer(question, text))
            return false;
        command =
            new AnswerCommand(*m_session, tr("Answer"), std::size_t(questionIndex), before, text);
        return true;
    });
}

bool ConversationDocument::addQuestion(const QString &text, const QString &language)
{
    return change([&](QUndoCommand *&command) {
        if (!m_session->addQuestion(text, language))
            return false;
        command = added(&ConversationRecord::questions, tr("Add question"));
        return true;
    });
}

bool ConversationDocument::chooseQuestions(const std::vector<std::pair<Question, bool>> &choices)
{
    return change([&](QUndoCommand *&command) {
        std::vector<Question> before = record().questions;
        std::vector<Answer> dropped = record().answers;
        for (const auto &[question, included] : choices)
            m_session->setQuestionIncluded(question, included);
        if (record().questions == before)
            return true;
        const auto &kept = record().answers;
        std::erase_if(dropped, [&kept](const Answer &a) {
            return std::any_of(kept.begin(), kept.end(),
                               [&a](const Answer &k) { return k.questionId == a.questionId; });
        });
        command = new QuestionsCommand(*m_session, tr("Choose questions"), std::move(before),
                                       record().questions, std::move(dropped));
        return true;
    });
}

bool ConversationDocument::addNote(const QString &text, bool isPrivate)
{
    return change([&](QUndoCommand *&command) {
        m_session->addNote(text, isPrivate);
        command =
            added(&ConversationRecord::notes, isPrivate ? tr("Add private note") : tr("Add note"));
        return true;
    });
}

bool ConversationDocument::setFollowUp(const QDate &date)
{
    return change([&](QUndoCommand *&command) {
        const Conversation &c = record().conversation;
        const FollowUpCommand::FollowUp before{c.nextFollowUp, c.noFollowUp};
        if (!m_session->setFollowUp(date))
            return false;
        const FollowUpCommand::FollowUp after{c.nextFollowUp, c.noFollowUp};
        if (after != before)
            command = new FollowUpCommand(*m_session, tr("Plan follow-up"), before, after);
        return true;
    });
}

bool ConversationDocument::changePlan(const QString &text, const std::function<bool()> &apply)
{
    return change([&](QUndoCommand *&command) {
        const Conversation &c = record().conversation;
        const CheckInCommand::Plan before{c.topic, c.nextCheckIn};
        if (!apply())
            return false;
        const CheckInCommand::Plan after{c.topic, c.nextCheckIn};
        if (after != before)
            command = new CheckInCommand(*m_session, text, before, after);
        return true;
    });
}

bool ConversationDocument::setTopic(CheckInTopic topic)
{
    return changePlan(tr("Choose topic"), [&] {
        m_session->setTopic(topic);
        return true;
    });
}

bool ConversationDocument::setNextCheckIn(const QDate &date)
{
    return changePlan(tr("Plan next check-in"), [&] { return m_session->setNextCheckIn(date); });
}

bool ConversationDocument::setNoFollowUp(bool noFollowUp)
{
    return change([&](QUndoCommand *&command) {
        const Conversation &c = record().conversation;
        const FollowUpCommand::FollowUp before{c.nextFollowUp, c.noFollowUp};
        m_session->setNoFollowUp(noFollowUp);
        const FollowUpCommand::FollowUp after{c.nextFollowUp, c.noFollowUp};
        if (after != before)
            command = new FollowUpCommand(*m_session, tr("No follow-up"), before, after);
        return true;
    });
}

bool ConversationDocument::addActionItem(const ActionItem &item)
{
    return change([&](QUndoCommand *&command) {
        if (!m_session->addActionItem(item))
            return false;
        command = added(&ConversationRecord::actionItems, tr("Add action item"));
        return true;
    });
}

bool ConversationDocument::setActionStatus(int index, ActionStatus status)
{
    return change([&](QUndoCommand *&command) {
        if (!validIndex(record().actionItems, index))
            return false;
        ActionItem before = record().actionItems[std::size_t(index)];
        if (!m_session->setActionStatus(index, status))
            return false;
        command = changed(&ConversationRecord::actionItems, std::size_t(index), std::move(before),
                          tr("Mark action item"));
        return true;
    });
}

bool ConversationDocument::addAgreement(const QString &text)
{
    return change([&](QUndoCommand *&command) {
        m_session->addAgreement(text);
        command = added(&ConversationRecord::agreements, tr("Add agreement"));
        return true;
    });
}

bool ConversationDocument::removeAgreement(int index)
{
    return removed(&ConversationRecord::agreements, index, &ConversationSession::removeAgreement,
                   tr("Remove agreement"));
}

bool ConversationDocument::finish()
{
    return change([&](QUndoCommand *&command) {
        if (m_session->isFinished())
            return true;
        const Phase phase = m_session->phase();
        const QDate held = record().conversation.heldDate;
        if (!m_session->finish())
            return false;
        command = new FinishCommand(*m_session, tr("Finish"), phase, held);
        return true;
    });
}

bool ConversationDocument::changeSignOff(const QString &text, const std::function<bool()> &apply)
{
    return change([&](QUndoCommand *&command) {
        const SignOffState before = SignOffRules::stateOf(record().conversation);
        if (!apply())
            return false;
        const SignOffState after = SignOffRules::stateOf(record().conversation);
        if (after != before)
            command = new SignOffCommand(*m_session, text, before, after);
        return true;
    });
}

bool ConversationDocument::markSent(const QDate &on)
{
    return changeSignOff(tr("Send report to employee"), [&] { return m_session->sendReport(on); });
}

bool ConversationDocument::markAnswered(SignOff answer, const QDate &on)
{
    const QString text = answer == SignOff::Seen     ? tr("Mark report seen")
                         : answer == SignOff::Agreed ? tr("Mark report agreed")
                                                     : tr("Mark report disputed");
    return changeSignOff(text, [&] { return m_session->answerReport(answer, on); });
}

bool ConversationDocument::setEmployeeResponse(const QString &response)
{
    return changeSignOff(tr("Paste employee's response"), [&] {
        m_session->setEmployeeResponse(response);
        return true;
    });
}

void ConversationDocument::onChanged()
{
    if (m_reloading)
        return;
    if (!m_dirty)
        m_dirtySince.start();
    m_dirty = true;
    if (m_state == SaveState::Conflict)
        return;    // kept in memory until the user chooses; a save would be refused again
    if (m_offline) // the server is away: the journal on this computer keeps every word
        keepInJournal();
    if (m_state != SaveState::Failed)
        setState(SaveState::Pending);
    if (m_state != SaveState::Failed && m_dirtySince.elapsed() >= maxDelayMs) {
        saveNow();
        return;
    }
    m_saveTimer->start(m_state == SaveState::Failed ? retryDelayMs : saveDelayMs);
}

bool ConversationDocument::saveNow()
{
    m_saveTimer->stop();
    if (!m_dirty)
        return true;
    if (m_state == SaveState::Conflict)
        return false;
    ConversationRecord stored = m_session->record();
    try {
        m_store.conversations().save(stored, ConversationRepository::PlanFollowUp::Yes, &m_stored);
    } catch (const StoreError &e) {
        saveFailed(e);
        return false;
    }
    if (m_journaled && m_journal) // removed only now that the server has committed it
        m_journal->remove(record().conversation.id);
    m_journaled = false;
    m_offline = false;
    const bool overviewChanged = changesOverview(m_stored, stored);
    m_stored = stored;
    m_session->adoptStored(std::move(stored));
    m_dirty = false;
    m_lastSaved = QDateTime::currentDateTime();
    m_lastError.clear();
    setState(SaveState::Saved);
    emit saved(overviewChanged);
    return true;
}

void ConversationDocument::saveFailed(const StoreError &error)
{
    m_lastError = error.message();
    if (error.kind() == StoreError::Kind::Conflict) {
        setState(SaveState::Conflict);
        emit conflicted();
        return;
    }
    m_offline = error.kind() == StoreError::Kind::Unreachable;
    if (m_offline) {
        m_lastError = tr("The server cannot be reached. Everything you type is kept on this "
                         "computer and saved when the server is back; Dialoog keeps trying.");
        keepInJournal();
        if (m_link)
            m_link->connectionLost();
    }
    setState(SaveState::Failed);
    m_saveTimer->start(retryDelayMs);
}

void ConversationDocument::keepInJournal()
{
    if (!m_journal)
        return;
    const OfflineJournal::Entry entry{record().conversation.id, m_stored.version,
                                      UnsavedText::between(m_stored, m_session->record()),
                                      QDateTime::currentDateTime()};
    if (entry.text.isEmpty()) { // typed and undone: nothing left to keep
        m_journal->remove(entry.conversation);
        m_journaled = false;
        return;
    }
    QString error;
    if (m_journal->write(entry, &error)) {
        m_journaled = true;
        return;
    }
    // Still in memory and retried; the user must know it is not on disk as well.
    m_lastError = tr("The server cannot be reached, and the copy on this computer could not be "
                     "written (%1). Keep this window open: Dialoog keeps trying.")
                      .arg(error);
}

void ConversationDocument::followServer(ServerLink &link, OfflineJournal &journal)
{
    m_link = &link;
    m_journal = &journal;
    connect(&link, &ServerLink::conversationChanged, this, [this](Id id) {
        if (id == record().conversation.id)
            changedElsewhere();
    });
    connect(&link, &ServerLink::reconnected, this, &ConversationDocument::serverBack);
}

void ConversationDocument::changedElsewhere()
{
    if (m_state == SaveState::Conflict)
        return;
    // With edits waiting, their save finds the newer version and opens the conflict flow.
    if (m_dirty)
        saveNow();
    else
        reloadKeepingText();
}

void ConversationDocument::serverBack()
{
    if (m_state == SaveState::Conflict)
        return;
    if (m_dirty)
        saveNow();
    else // what was announced while the connection was down never arrived
        reloadKeepingText();
}

bool ConversationDocument::reloadKeepingText()
{
    ConversationRecord fresh;
    try {
        fresh = m_store.conversations().load(record().conversation.id, m_language);
    } catch (const StoreError &e) {
        m_lastError = e.message();
        return false;
    }
    const QString typed = UnsavedText::between(m_stored, m_session->record());
    m_reloading = true;
    m_undoStack->clear();
    m_stored = fresh;
    m_session->reload(std::move(fresh));
    m_reloading = false;
    m_dirty = false;
    m_lastError.clear();
    setState(SaveState::Saved);
    emit reloaded();
    // Saved like any note; the version is the one just read, so this save goes through.
    if (!typed.isEmpty())
        addNote(typed, true);
    return true;
}

void ConversationDocument::setState(SaveState state)
{
    const bool changed = state != m_state || state == SaveState::Saved;
    m_state = state;
    if (changed)
        emit saveStateChanged();
}

} // namespace dialoog
