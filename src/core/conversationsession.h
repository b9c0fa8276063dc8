#pragma once

#include "conversationrecord.h"
#include "hint.h"
#include "signoff.h"

#include <QList>
#include <QObject>
#include <functional>

namespace dialoog {

// The free-text fields of a conversation and its reflection: what typing changes.
enum class TextField
{
    WellbeingNote,
    AttentionPoints,
    Summary,
    WentWell,
    Growth,
    Ambitions,
    TopicText // a check-in's topic: which project, learning experience or goal
};

// Walks one conversation through Preparation → Goals → Open questions → Wrap-up →
// Finished, holds what is said in it, and tells per phase what is still missing.
// The manager may jump to any phase; hints nudge, they never block. Only finishing
// has a rule: it needs a summary and a follow-up date or an explicit "no follow-up".
// A check-in has no phase walk: it is open (Preparation, as created) until it is held
// (Finished), its hints all belong to Preparation, and holding it needs nothing.
class ConversationSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationSession)

public:
    using Today = std::function<QDate()>;
    // What an edit changed: notes alone, which only the notes show, or more of the record.
    enum class Change
    {
        Notes,
        Record
    };
    Q_ENUM(Change)

    explicit ConversationSession(ConversationRecord record, QObject *parent = nullptr);
    ConversationSession(ConversationRecord record, Today today, QObject *parent = nullptr);

    const ConversationRecord &record() const { return m_record; }
    Phase phase() const { return m_record.conversation.phase; }
    bool isFinished() const { return phase() == Phase::Finished; }
    bool isCheckIn() const { return m_record.conversation.kind == ConversationKind::CheckIn; }
    // Whether changes are corrections of a conversation held on an earlier day, or of a
    // report the employee signed: then every change dates the conversation's correctedOn
    // (and a signed report goes back to "sent").
    bool isCorrecting() const;

    // Navigation. goTo() reaches the four working phases; Finished only through finish().
    // A finished conversation stays finished until reopen().
    bool goTo(Phase phase);
    bool next();
    bool previous();

    QList<Hint> hints(Phase phase) const;
    QList<Hint> allHints() const;
    QStringList missingToFinish() const;
    bool canFinish() const { return missingToFinish().isEmpty(); }
    bool finish();
    void reopen(); // back to wrap-up, e.g. to correct something

    // Progress figures the phase bar shows.
    int reviewedGoalCount() const;
    int runningGoalCount() const;
    // Goals from earlier conversations that this one should look at: running, or reviewed here.
    int goalsToReviewCount() const;
    int answeredCount() const;

    // Preparation
    bool setScores(int energy, int workHappiness);
    void setReflection(const Reflection &reflection);
    void addAchievement(const QString &text);
    bool removeAchievement(int index);
    void addFeedback(const FeedbackItem &item);
    bool reviewGoal(const GoalUpdate &update);
    void setAttentionPoints(const QString &points);
    // Marks an open item from an earlier conversation done, dropped or open again.
    bool setEarlierActionStatus(int index, ActionStatus status);
    // Deals with a note for next time: it leaves the inbox, and with `keep` its text
    // becomes a note of this conversation (phase Preparation, dated when it was written).
    bool settleInboxNote(int index, bool keep);

    // Goals
    bool addGoal(const Goal &goal);
    bool updateGoal(int index, const Goal &goal);
    bool addGoalStep(int goalIndex, StepKind kind, const QString &text);
    bool removeGoalStep(int goalIndex, int stepIndex);

    // Open questions
    bool setAnswer(Id questionId, const QString &text);
    QString answerFor(Id questionId) const;
    // An ad-hoc question asked during the meeting; it joins the bank as inactive.
    bool addQuestion(const QString &text, const QString &language);
    // Takes a question into this conversation or leaves it out; answered ones stay.
    bool setQuestionIncluded(const Question &question, bool included);
    // Whether a question reads as closed (invites yes/no), in English or Dutch.
    static bool looksClosed(const QString &question);

    // Check-ins: what it is about (the text is TextField::TopicText), and when the next
    // check-in is (either kind; after this conversation, or invalid for "not planned").
    void setTopic(CheckInTopic topic);
    bool setNextCheckIn(const QDate &date);

    // Notes, any phase
    void addNote(const QString &text, bool isPrivate);

    // Wrap-up
    void setSummary(const QString &summary);
    bool setFollowUp(const QDate &date);
    void setNoFollowUp(bool noFollowUp);
    bool addActionItem(const ActionItem &item);
    bool setActionStatus(int index, ActionStatus status);
    void addAgreement(const QString &text);
    bool removeAgreement(int index);

    // The written report with the employee (SignOffRules): sent, answered, their words.
    // None of these is a correction of the report.
    bool sendReport(const QDate &on);
    bool answerReport(SignOff answer, const QDate &on);
    void setEmployeeResponse(const QString &response);

    QString text(TextField field) const;
    void setText(TextField field, const QString &text);

    // Puts a known state back, by position, for undo and redo: the rules were applied
    // when the change was first made. An item put back in a list is taken as it is.
    template <typename T>
    void insertItem(std::vector<T> ConversationRecord::*list, std::size_t index, T item);
    template <typename T>
    void removeItem(std::vector<T> ConversationRecord::*list, std::size_t index);
    // Keeps the item's id, and a goal's steps: they are changed by their own edits.
    template <typename T>
    void replaceItem(std::vector<T> ConversationRecord::*list, std::size_t index, T item);
    void insertGoalStep(std::size_t goalIndex, std::size_t stepIndex, GoalStep step);
    void removeAnswer(Id questionId);
    void restoreFollowUp(const QDate &date, bool noFollowUp);
    void restoreCheckIn(CheckInTopic topic, const QDate &nextCheckIn);
    // Takes back finish(): the phase and held date before it.
    void restorePhase(Phase phase, const QDate &heldDate);
    void setQuestions(std::vector<Question> questions);
    // The correction date as it was before an edit that is taken back.
    void restoreCorrectedOn(const QDate &date);
    // The report's sign-off as it was before an edit that is taken back.
    void restoreSignOff(const SignOffState &state);

    // Replaces the record with the stored one (same content, ids filled in) without
    // counting as a change.
    void adoptStored(ConversationRecord stored);
    // Replaces the record with the one read again from the store (another computer
    // changed it), telling everyone who shows it.
    void reload(ConversationRecord stored);

signals:
    void changed(dialoog::ConversationSession::Change change = Change::Record);
    void phaseChanged(dialoog::Phase phase);
    void hintsChanged();

private:
    // Whether an edit changes what the report says, or only where the walk stands.
    enum class Touches
    {
        Report,
        Phase
    };
    template <typename Edit>
    void edit(Edit &&apply, Touches touches = Touches::Report, Change change = Change::Record);
    template <typename Edit> bool editSignOff(Edit &&apply);
    QList<Hint> checkInHints() const;
    // Where a conversation of this kind stands while it is not finished.
    Phase openPhase() const { return isCheckIn() ? Phase::Preparation : Phase::WrapUp; }
    static bool validScore(int score) { return score >= 0 && score <= 5; }
    static bool validProgress(int progress) { return progress >= 0 && progress <= 100; }

    ConversationRecord m_record;
    Today m_today;
    bool m_wasFinished = false; // finished when opened or since
};

} // namespace dialoog
