#pragma once

#include "core/conversationsession.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <functional>

class QTimer;
class QUndoCommand;
class QUndoStack;

namespace dialoog {

class OfflineJournal;
class ServerLink;
class SessionCommand;
class Store;
class StoreError;

// One open conversation as the GUI edits it: the session model, its undo stack, and
// saving that needs no Save button. Every change is written to the store within a
// second of the last keystroke, and at once on phase change or close; a failed save
// keeps everything in memory, says so, and tries again. A save refused because another
// computer saved the conversation first (Conflict) is not retried: it would be refused
// again. The window offers reloadKeepingText() instead.
class ConversationDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationDocument)

public:
    enum class SaveState
    {
        Saved,
        Pending,
        Failed,
        // Another computer saved first: nothing more is saved until the reload.
        Conflict
    };
    // The pause after the last key before a save: half a second, so that the save itself
    // is in the file within the second promised even on a busy machine (at 1000 ms a
    // kill one second after the last key lost the answer; tests/e2e kill_while_typing).
    static constexpr int saveDelayMs = 500;
    static constexpr int retryDelayMs = 5000;
    // Someone who types on without a pause is still saved at least this often.
    static constexpr int maxDelayMs = 3000;

    ConversationDocument(Store &store, ConversationRecord record, QObject *parent = nullptr);
    ~ConversationDocument() override;

    ConversationSession &session() { return *m_session; }
    const ConversationRecord &record() const { return m_session->record(); }
    QUndoStack *undoStack() const { return m_undoStack; }

    // The edits. Each is one undo step that holds only what it changed; typing on in
    // one field merges into one step. False: the model refused the change, or the
    // database is read-only.
    bool setText(TextField field, const QString &text);
    bool setScores(int energy, int workHappiness);
    // Answers pasted from a reply: the three reflection fields as one step.
    bool pasteReflection(const Reflection &reflection);
    bool addAchievement(const QString &text);
    bool removeAchievement(int index);
    bool addFeedback(const FeedbackItem &item);
    // Feedback that came back by mail, as one step named for what the user did.
    bool pasteFeedback(const FeedbackItem &item);
    bool reviewGoal(const GoalUpdate &update);
    bool setEarlierActionStatus(int index, ActionStatus status);
    bool settleInboxNote(int index, bool keep);

    enum class GoalChange
    {
        What,
        Why,
        TargetDate,
        Status,
        Progress
    };
    bool addGoal(const Goal &goal);
    bool updateGoal(int index, const Goal &goal, GoalChange change);
    bool addGoalStep(int goalIndex, StepKind kind, const QString &text);
    bool removeGoalStep(int goalIndex, int stepIndex);

    // The answer to the conversation's question at `questionIndex`.
    bool setAnswer(int questionIndex, const QString &text);
    bool addQuestion(const QString &text, const QString &language);
    bool chooseQuestions(const std::vector<std::pair<Question, bool>> &choices);

    bool addNote(const QString &text, bool isPrivate);
    bool setFollowUp(const QDate &date);
    // A check-in's topic, and the next check-in (false: not after this conversation).
    bool setTopic(CheckInTopic topic);
    bool setNextCheckIn(const QDate &date);
    bool setNoFollowUp(bool noFollowUp);
    bool addActionItem(const ActionItem &item);
    bool setActionStatus(int index, ActionStatus status);
    bool addAgreement(const QString &text);
    bool removeAgreement(int index);
    bool finish();
    // The written report with the employee (SignOffRules), one step each; none of them
    // is a correction of the report.
    bool markSent(const QDate &on);
    bool markAnswered(SignOff answer, const QDate &on);
    // The employee's comments as they sent them back (cleaned: AnswerSplitter::ownWords).
    bool setEmployeeResponse(const QString &response);

    // On a team server: another computer's save of this conversation is read at once when
    // nothing here is unsaved (else the save that follows meets the conflict flow); after a
    // reconnect what waits is saved, or the conversation read again (announcements sent
    // while the connection was down are lost). While the server cannot be reached, what
    // was typed is kept in `journal` too, until the server has it.
    void followServer(ServerLink &link, OfflineJournal &journal);
    // Whether the last save failed because the server could not be reached.
    bool isOffline() const { return m_offline; }

    bool saveNow();
    // After a Conflict: reads the conversation as the store holds it now, and adds what
    // was typed since the last save that the reload would drop as a private note to it,
    // so nothing typed is lost. Undo starts afresh: its steps refer to the old record.
    // False when the store cannot be read (the state stays Conflict).
    bool reloadKeepingText();
    // For the reload: the language the conversation's questions were picked in.
    void setLanguage(const QString &language) { m_language = language; }
    SaveState saveState() const { return m_state; }
    QDateTime lastSaved() const { return m_lastSaved; }
    QString lastError() const { return m_lastError; }

signals:
    void saveStateChanged();
    // `overviewChanged`: the save changed something the employee's list row or early
    // signals show (changesOverview); false after words alone, such as a note.
    void saved(bool overviewChanged);
    // A save was refused because another computer saved first (state Conflict).
    void conflicted();
    // The record was read again from the store (reloadKeepingText()).
    void reloaded();

private:
    bool addFeedback(const FeedbackItem &item, const QString &undoText);
    // Makes a change through the session; `make` says whether the model took it, and
    // gives the command that takes it back (none: nothing changed).
    bool change(const std::function<bool(QUndoCommand *&command)> &make);
    template <typename T>
    QUndoCommand *added(std::vector<T> ConversationRecord::*list, const QString &text);
    template <typename T>
    bool removed(std::vector<T> ConversationRecord::*list, int index,
                 bool (ConversationSession::*remove)(int), const QString &text);
    template <typename T>
    SessionCommand *changed(std::vector<T> ConversationRecord::*list, std::size_t index, T before,
                            const QString &text);
    // A sign-off edit made by `apply` on the session, as one step called `text`.
    bool changeSignOff(const QString &text, const std::function<bool()> &apply);
    bool changePlan(const QString &text, const std::function<bool()> &apply);
    void onChanged();
    void setState(SaveState state);
    void saveFailed(const StoreError &error);
    void keepInJournal();
    void changedElsewhere();
    void serverBack();

    Store &m_store;
    ConversationSession *m_session;
    QUndoStack *m_undoStack;
    QTimer *m_saveTimer;
    bool m_dirty = false;
    QElapsedTimer m_dirtySince;
    SaveState m_state = SaveState::Saved;
    QDateTime m_lastSaved;
    // The record as the store holds it: a save writes only what differs from it.
    ConversationRecord m_stored;
    QString m_lastError;
    QString m_language = QStringLiteral("en");
    bool m_reloading = false;
    ServerLink *m_link = nullptr;
    OfflineJournal *m_journal = nullptr;
    bool m_offline = false;
    bool m_journaled = false;
};

} // namespace dialoog
