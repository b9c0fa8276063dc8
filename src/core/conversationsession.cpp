#include "conversationsession.h"

#include <algorithm>
#include <type_traits>

namespace dialoog {

namespace {

bool isBlank(const QString &text)
{
    return text.trimmed().isEmpty();
}

Hint hint(Phase phase, Hint::Kind kind, const QString &text)
{
    return Hint{phase, kind, text};
}

} // namespace

ConversationSession::ConversationSession(ConversationRecord record, QObject *parent)
    : ConversationSession(
          std::move(record), [] { return QDate::currentDate(); }, parent)
{
}

ConversationSession::ConversationSession(ConversationRecord record, Today today, QObject *parent)
    : QObject(parent), m_record(std::move(record)), m_today(std::move(today)),
      m_wasFinished(m_record.conversation.phase == Phase::Finished)
{
}

bool ConversationSession::isCorrecting() const
{
    const QDate held = m_record.conversation.heldDate;
    return SignOffRules::isSigned(m_record.conversation.signOff) ||
           (m_wasFinished && held.isValid() && m_today() > held);
}

template <typename Edit>
void ConversationSession::edit(Edit &&apply, Touches touches, Change change)
{
    const QList<Hint> before = allHints();
    const bool correcting = isCorrecting();
    apply(m_record);
    // Turning pages changes no word of the report: a signature stays.
    const bool signedChanged =
        touches == Touches::Report && SignOffRules::correct(m_record.conversation);
    if (correcting || signedChanged) {
        m_record.conversation.correctedOn = m_today();
        change = Change::Record; // the correction's date and the sign-off show elsewhere
    }
    emit changed(change);
    if (allHints() != before)
        emit hintsChanged();
}

bool ConversationSession::goTo(Phase target)
{
    if (target == Phase::Finished)
        return finish();
    if (target == phase())
        return true;
    if (isFinished() || isCheckIn())
        return false; // looking back at a finished conversation does not reopen it
    edit([target](ConversationRecord &r) { r.conversation.phase = target; }, Touches::Phase);
    emit phaseChanged(target);
    return true;
}

bool ConversationSession::next()
{
    if (isCheckIn())
        return finish();
    switch (phase()) {
    case Phase::Preparation:
        return goTo(Phase::Goals);
    case Phase::Goals:
        return goTo(Phase::Questions);
    case Phase::Questions:
        return goTo(Phase::WrapUp);
    case Phase::WrapUp:
        return finish();
    case Phase::Finished:
        return false;
    }
    return false;
}

bool ConversationSession::previous()
{
    if (isCheckIn()) {
        if (!isFinished())
            return false;
        reopen();
        return true;
    }
    switch (phase()) {
    case Phase::Preparation:
        return false;
    case Phase::Goals:
        return goTo(Phase::Preparation);
    case Phase::Questions:
        return goTo(Phase::Goals);
    case Phase::WrapUp:
        return goTo(Phase::Questions);
    case Phase::Finished:
        reopen();
        return true;
    }
    return false;
}

int ConversationSession::runningGoalCount() const
{
    return int(std::count_if(m_record.goals.begin(), m_record.goals.end(),
                             [](const Goal &g) { return g.isRunning(); }));
}

int ConversationSession::reviewedGoalCount() const
{
    return int(std::count_if(m_record.goals.begin(), m_record.goals.end(),
                             [this](const Goal &g) { return m_record.reviewed(g); }));
}

int ConversationSession::goalsToReviewCount() const
{
    const Id here = m_record.conversation.id;
    return int(
        std::count_if(m_record.goals.begin(), m_record.goals.end(), [this, here](const Goal &g) {
            return (here == 0 || g.createdIn != here) && (g.isRunning() || m_record.reviewed(g));
        }));
}

int ConversationSession::answeredCount() const
{
    return int(std::count_if(m_record.answers.begin(), m_record.answers.end(),
                             [](const Answer &a) { return !isBlank(a.text); }));
}

QList<Hint> ConversationSession::checkInHints() const
{
    QList<Hint> result;
    const Phase p = Phase::Preparation;
    const Conversation &c = m_record.conversation;
    if (c.energy == 0 || c.workHappiness == 0)
        result << hint(p, Hint::Kind::EnergyNotAsked,
                       tr("Energy and work happiness have not been scored yet."));
    if (c.topic == CheckInTopic::None && isBlank(c.topicText))
        result << hint(p, Hint::Kind::NoTopic, tr("No topic chosen for this check-in yet."));
    if (!c.nextCheckIn.isValid())
        result << hint(p, Hint::Kind::NoNextCheckIn, tr("The next check-in is not planned yet."));
    return result;
}

QList<Hint> ConversationSession::hints(Phase p) const
{
    if (isCheckIn())
        return p == Phase::Preparation ? checkInHints() : QList<Hint>();
    QList<Hint> result;
    const ConversationRecord &r = m_record;
    const Conversation &c = r.conversation;
    switch (p) {
    case Phase::Preparation: {
        if (c.energy == 0 || c.workHappiness == 0)
            result << hint(p, Hint::Kind::EnergyNotAsked,
                           tr("Energy and work happiness have not been scored yet."));
        if (r.reflection.isEmpty())
            result << hint(p, Hint::Kind::NoReflection,
                           tr("The employee's own reflection is still empty."));
        if (r.achievements.empty())
            result << hint(p, Hint::Kind::NoAchievements, tr("No achievements gathered yet."));
        if (r.feedback.empty())
            result << hint(p, Hint::Kind::NoFeedback, tr("No feedback from colleagues yet."));
        // Reviewed goals include ones finished in this conversation, so count the open ones.
        int notReviewed = 0;
        for (const Goal &g : r.goals) {
            if (g.isRunning() && g.createdIn != c.id && !r.reviewed(g))
                ++notReviewed;
        }
        if (notReviewed > 0)
            result << hint(p, Hint::Kind::GoalsNotReviewed,
                           tr("Running goals not reviewed yet: %1.").arg(notReviewed));
        break;
    }
    case Phase::Goals: {
        if (runningGoalCount() == 0)
            result << hint(p, Hint::Kind::NoGoals, tr("There is no running development goal."));
        const auto running = [&r](auto &&pred) {
            return int(std::count_if(r.goals.begin(), r.goals.end(),
                                     [&pred](const Goal &g) { return g.isRunning() && pred(g); }));
        };
        if (const int n = running([](const Goal &g) { return isBlank(g.why); }); n > 0)
            result << hint(p, Hint::Kind::GoalWithoutWhy,
                           tr("Goals that do not yet say why they matter: %1.").arg(n));
        if (const int n = running([](const Goal &g) { return g.steps.empty(); }); n > 0)
            result << hint(p, Hint::Kind::GoalWithoutHow,
                           tr("Goals without tasks, projects or training yet: %1.").arg(n));
        break;
    }
    case Phase::Questions:
        if (answeredCount() == 0)
            result << hint(p, Hint::Kind::NoAnswers, tr("No open question has been answered yet."));
        break;
    case Phase::WrapUp:
        if (isBlank(c.summary))
            result << hint(p, Hint::Kind::NoSummary, tr("The key points are not summarised yet."));
        if (r.actionItems.empty() && r.agreements.empty())
            result << hint(p, Hint::Kind::NoActionOrAgreement,
                           tr("No agreement or action item recorded yet."));
        if (!c.nextFollowUp.isValid() && !c.noFollowUp)
            result << hint(p, Hint::Kind::NoFollowUp, tr("No follow-up conversation planned yet."));
        break;
    case Phase::Finished:
        break;
    }
    return result;
}

QList<Hint> ConversationSession::allHints() const
{
    QList<Hint> result;
    for (Phase p : conversationPhases)
        result << hints(p);
    return result;
}

QStringList ConversationSession::missingToFinish() const
{
    QStringList missing;
    if (isCheckIn())
        return missing; // a short talk: whatever was said, it was held
    const Conversation &c = m_record.conversation;
    if (isBlank(c.summary))
        missing << tr("Write a short summary of the key points.");
    if (!c.nextFollowUp.isValid() && !c.noFollowUp)
        missing << tr("Plan the follow-up conversation, or choose \"no follow-up\".");
    return missing;
}

bool ConversationSession::finish()
{
    if (isFinished())
        return true;
    if (!canFinish())
        return false;
    const QDate today = m_today();
    edit(
        [today](ConversationRecord &r) {
            r.conversation.phase = Phase::Finished;
            if (!r.conversation.heldDate.isValid())
                r.conversation.heldDate = today;
        },
        Touches::Phase);
    m_wasFinished = true;
    emit phaseChanged(Phase::Finished);
    return true;
}

void ConversationSession::reopen()
{
    if (!isFinished())
        return;
    const Phase open = openPhase();
    edit([open](ConversationRecord &r) { r.conversation.phase = open; }, Touches::Phase);
    emit phaseChanged(open);
}

bool ConversationSession::setScores(int energy, int workHappiness)
{
    if (!validScore(energy) || !validScore(workHappiness))
        return false;
    edit([=](ConversationRecord &r) {
        r.conversation.energy = energy;
        r.conversation.workHappiness = workHappiness;
    });
    return true;
}

void ConversationSession::setReflection(const Reflection &reflection)
{
    edit([&reflection](ConversationRecord &r) {
        const Id id = r.reflection.id;
        r.reflection = reflection;
        r.reflection.id = id;
        r.reflection.conversationId = r.conversation.id;
    });
}

void ConversationSession::addAchievement(const QString &text)
{
    edit([&text](ConversationRecord &r) {
        r.achievements.push_back(Achievement{0, r.conversation.id, text});
    });
}

bool ConversationSession::removeAchievement(int index)
{
    if (index < 0 || index >= int(m_record.achievements.size()))
        return false;
    edit([index](ConversationRecord &r) { r.achievements.erase(r.achievements.begin() + index); });
    return true;
}

void ConversationSession::addFeedback(const FeedbackItem &item)
{
    edit([&item](ConversationRecord &r) {
        FeedbackItem copy = item;
        copy.employeeId = r.employee.id;
        copy.conversationId = r.conversation.id;
        r.feedback.push_back(copy);
    });
}

bool ConversationSession::reviewGoal(const GoalUpdate &update)
{
    if (!validProgress(update.progress))
        return false;
    const auto goal = std::find_if(m_record.goals.begin(), m_record.goals.end(),
                                   [&update](const Goal &g) { return g.id == update.goalId; });
    if (goal == m_record.goals.end())
        return false;
    const auto index = std::distance(m_record.goals.begin(), goal);
    edit([&update, index](ConversationRecord &r) {
        GoalUpdate copy = update;
        copy.conversationId = r.conversation.id;
        auto existing =
            std::find_if(r.goalUpdates.begin(), r.goalUpdates.end(),
                         [&copy](const GoalUpdate &u) { return u.goalId == copy.goalId; });
        if (existing != r.goalUpdates.end()) {
            copy.id = existing->id;
            *existing = copy;
        } else {
            r.goalUpdates.push_back(copy);
        }
        // The goal itself carries its latest state across conversations.
        r.goals[std::size_t(index)].progress = copy.progress;
        r.goals[std::size_t(index)].status = copy.status;
    });
    return true;
}

bool ConversationSession::addGoal(const Goal &goal)
{
    if (isBlank(goal.what) || !validProgress(goal.progress))
        return false;
    edit([&goal](ConversationRecord &r) {
        Goal copy = goal;
        copy.employeeId = r.employee.id;
        copy.createdIn = r.conversation.id;
        r.goals.push_back(copy);
    });
    return true;
}

bool ConversationSession::updateGoal(int index, const Goal &goal)
{
    if (index < 0 || index >= int(m_record.goals.size()) || isBlank(goal.what) ||
        !validProgress(goal.progress))
        return false;
    edit([&goal, index](ConversationRecord &r) {
        Goal &target = r.goals[std::size_t(index)];
        const Goal kept = target;
        target = goal;
        target.id = kept.id;
        target.employeeId = kept.employeeId;
        target.createdIn = kept.createdIn;
    });
    return true;
}

bool ConversationSession::setAnswer(Id questionId, const QString &text)
{
    if (std::none_of(m_record.questions.begin(), m_record.questions.end(),
                     [questionId](const Question &q) { return q.id == questionId; }))
        return false;
    edit([questionId, &text](ConversationRecord &r) {
        auto existing =
            std::find_if(r.answers.begin(), r.answers.end(),
                         [questionId](const Answer &a) { return a.questionId == questionId; });
        if (existing != r.answers.end())
            existing->text = text;
        else
            r.answers.push_back(Answer{0, r.conversation.id, questionId, text});
    });
    return true;
}

QString ConversationSession::answerFor(Id questionId) const
{
    for (const Answer &a : m_record.answers) {
        if (a.questionId == questionId)
            return a.text;
    }
    return {};
}

void ConversationSession::addNote(const QString &text, bool isPrivate)
{
    const QDateTime now = QDateTime::currentDateTime();
    edit(
        [&](ConversationRecord &r) {
            r.notes.push_back(
                Note{0, r.conversation.id, r.conversation.phase, now, text, isPrivate});
        },
        Touches::Report, Change::Notes);
}

void ConversationSession::setSummary(const QString &summary)
{
    edit([&summary](ConversationRecord &r) { r.conversation.summary = summary; });
}

bool ConversationSession::setFollowUp(const QDate &date)
{
    const QDate held = m_record.conversation.date();
    if (date.isValid() && held.isValid() && date <= held)
        return false; // a follow-up happens after the conversation
    edit([&date](ConversationRecord &r) {
        r.conversation.nextFollowUp = date;
        if (date.isValid())
            r.conversation.noFollowUp = false;
    });
    return true;
}

void ConversationSession::setNoFollowUp(bool noFollowUp)
{
    edit([noFollowUp](ConversationRecord &r) {
        r.conversation.noFollowUp = noFollowUp;
        if (noFollowUp)
            r.conversation.nextFollowUp = QDate();
    });
}

void ConversationSession::setTopic(CheckInTopic topic)
{
    if (topic == m_record.conversation.topic)
        return;
    edit([topic](ConversationRecord &r) { r.conversation.topic = topic; });
}

bool ConversationSession::setNextCheckIn(const QDate &date)
{
    const QDate day = m_record.conversation.date();
    if (date.isValid() && day.isValid() && date <= day)
        return false; // the next check-in comes after this conversation
    edit([&date](ConversationRecord &r) { r.conversation.nextCheckIn = date; });
    return true;
}

bool ConversationSession::addActionItem(const ActionItem &item)
{
    if (isBlank(item.text))
        return false;
    edit([&item](ConversationRecord &r) {
        ActionItem copy = item;
        copy.conversationId = r.conversation.id;
        r.actionItems.push_back(copy);
    });
    return true;
}

bool ConversationSession::setActionStatus(int index, ActionStatus status)
{
    if (index < 0 || index >= int(m_record.actionItems.size()))
        return false;
    const QDate today = m_today();
    edit([=](ConversationRecord &r) {
        ActionItem &item = r.actionItems[std::size_t(index)];
        item.status = status;
        item.doneDate = status == ActionStatus::Done ? today : QDate();
    });
    return true;
}

bool ConversationSession::removeAgreement(int index)
{
    if (index < 0 || index >= int(m_record.agreements.size()))
        return false;
    edit([index](ConversationRecord &r) { r.agreements.erase(r.agreements.begin() + index); });
    return true;
}

void ConversationSession::addAgreement(const QString &text)
{
    edit([&text](ConversationRecord &r) {
        r.agreements.push_back(Agreement{0, r.conversation.id, text});
    });
}

} // namespace dialoog

namespace dialoog {

void ConversationSession::setAttentionPoints(const QString &points)
{
    edit([&points](ConversationRecord &r) { r.conversation.attentionPoints = points; });
}

bool ConversationSession::setEarlierActionStatus(int index, ActionStatus status)
{
    if (index < 0 || index >= int(m_record.earlierActions.size()))
        return false;
    const QDate today = m_today();
    edit([=](ConversationRecord &r) {
        ActionItem &item = r.earlierActions[std::size_t(index)];
        item.status = status;
        item.doneDate = status == ActionStatus::Done ? today : QDate();
        item.closedIn = status == ActionStatus::Open ? 0 : r.conversation.id;
    });
    return true;
}

bool ConversationSession::settleInboxNote(int index, bool keep)
{
    if (index < 0 || index >= int(m_record.inbox.size()) || m_record.inbox[std::size_t(index)].done)
        return false;
    edit([=](ConversationRecord &r) {
        InboxNote &note = r.inbox[std::size_t(index)];
        note.done = true;
        if (keep)
            r.notes.push_back(
                Note{0, r.conversation.id, Phase::Preparation, note.createdAt, note.text, false});
    });
    return true;
}

bool ConversationSession::addGoalStep(int goalIndex, StepKind kind, const QString &text)
{
    if (goalIndex < 0 || goalIndex >= int(m_record.goals.size()) || isBlank(text))
        return false;
    edit([=, &text](ConversationRecord &r) {
        Goal &goal = r.goals[std::size_t(goalIndex)];
        goal.steps.push_back(GoalStep{0, goal.id, kind, text.trimmed()});
    });
    return true;
}

bool ConversationSession::removeGoalStep(int goalIndex, int stepIndex)
{
    if (goalIndex < 0 || goalIndex >= int(m_record.goals.size()))
        return false;
    const auto &steps = m_record.goals[std::size_t(goalIndex)].steps;
    if (stepIndex < 0 || stepIndex >= int(steps.size()))
        return false;
    edit([=](ConversationRecord &r) {
        auto &list = r.goals[std::size_t(goalIndex)].steps;
        list.erase(list.begin() + stepIndex);
    });
    return true;
}

bool ConversationSession::addQuestion(const QString &text, const QString &language)
{
    if (isBlank(text))
        return false;
    edit([&](ConversationRecord &r) {
        r.questions.push_back(Question{0, language, text.trimmed(), false, 0});
    });
    return true;
}

bool ConversationSession::setQuestionIncluded(const Question &question, bool included)
{
    auto &list = m_record.questions;
    const auto it = std::find_if(list.begin(), list.end(), [&question](const Question &q) {
        return question.id != 0 ? q.id == question.id : q.text == question.text;
    });
    if (included == (it != list.end()))
        return true;
    if (!included && !isBlank(answerFor(question.id)))
        return false; // an answer is never thrown away by hiding its question
    edit([&question, included](ConversationRecord &r) {
        if (included) {
            r.questions.push_back(question);
            return;
        }
        std::erase_if(r.questions, [&question](const Question &q) {
            return question.id != 0 ? q.id == question.id : q.text == question.text;
        });
        std::erase_if(r.answers,
                      [&question](const Answer &a) { return a.questionId == question.id; });
    });
    return true;
}

bool ConversationSession::looksClosed(const QString &question)
{
    // A closed question opens with a verb that asks for yes or no; an open one
    // with what, how, which, why... Only the first word matters.
    static const QStringList closedStarts = {
        // English
        QStringLiteral("do"),
        QStringLiteral("does"),
        QStringLiteral("did"),
        QStringLiteral("is"),
        QStringLiteral("are"),
        QStringLiteral("was"),
        QStringLiteral("were"),
        QStringLiteral("have"),
        QStringLiteral("has"),
        QStringLiteral("had"),
        QStringLiteral("can"),
        QStringLiteral("could"),
        QStringLiteral("will"),
        QStringLiteral("would"),
        QStringLiteral("should"),
        QStringLiteral("shall"),
        QStringLiteral("may"),
        QStringLiteral("am"),
        // Dutch
        QStringLiteral("heb"),
        QStringLiteral("hebt"),
        QStringLiteral("heeft"),
        QStringLiteral("ben"),
        QStringLiteral("bent"),
        QStringLiteral("is"),
        QStringLiteral("zijn"),
        QStringLiteral("was"),
        QStringLiteral("waren"),
        QStringLiteral("kun"),
        QStringLiteral("kan"),
        QStringLiteral("kunt"),
        QStringLiteral("wil"),
        QStringLiteral("wilt"),
        QStringLiteral("vind"),
        QStringLiteral("vindt"),
        QStringLiteral("ga"),
        QStringLiteral("gaat"),
        QStringLiteral("zou"),
        QStringLiteral("moet"),
        QStringLiteral("mag"),
        QStringLiteral("doe"),
        QStringLiteral("doet"),
        QStringLiteral("weet"),
        QStringLiteral("voel"),
        QStringLiteral("voelt"),
    };
    const QString first = question.trimmed().section(QLatin1Char(' '), 0, 0).toLower();
    return closedStarts.contains(first);
}

void ConversationSession::adoptStored(ConversationRecord stored)
{
    m_record = std::move(stored);
}

void ConversationSession::reload(ConversationRecord stored)
{
    const Phase before = phase();
    const QList<Hint> hints = allHints();
    m_record = std::move(stored);
    m_wasFinished = m_wasFinished || m_record.conversation.phase == Phase::Finished;
    emit changed();
    if (phase() != before)
        emit phaseChanged(phase());
    if (allHints() != hints)
        emit hintsChanged();
}

QString ConversationSession::text(TextField field) const
{
    const ConversationRecord &r = m_record;
    switch (field) {
    case TextField::WellbeingNote:
        return r.conversation.wellbeingNote;
    case TextField::AttentionPoints:
        return r.conversation.attentionPoints;
    case TextField::Summary:
        return r.conversation.summary;
    case TextField::WentWell:
        return r.reflection.wentWell;
    case TextField::Growth:
        return r.reflection.growth;
    case TextField::Ambitions:
        return r.reflection.ambitions;
    case TextField::TopicText:
        return r.conversation.topicText;
    }
    return {};
}

void ConversationSession::setText(TextField field, const QString &text)
{
    edit([field, &text](ConversationRecord &r) {
        switch (field) {
        case TextField::WellbeingNote:
            r.conversation.wellbeingNote = text;
            break;
        case TextField::AttentionPoints:
            r.conversation.attentionPoints = text;
            break;
        case TextField::Summary:
            r.conversation.summary = text;
            break;
        case TextField::WentWell:
            r.reflection.wentWell = text;
            break;
        case TextField::Growth:
            r.reflection.growth = text;
            break;
        case TextField::Ambitions:
            r.reflection.ambitions = text;
            break;
        case TextField::TopicText:
            r.conversation.topicText = text;
            break;
        }
    });
}

template <typename T>
void ConversationSession::insertItem(std::vector<T> ConversationRecord::*list, std::size_t index,
                                     T item)
{
    edit([&](ConversationRecord &r) {
        (r.*list).insert((r.*list).begin() + std::ptrdiff_t(index), std::move(item));
    });
}

template <typename T>
void ConversationSession::removeItem(std::vector<T> ConversationRecord::*list, std::size_t index)
{
    edit(
        [&](ConversationRecord &r) { (r.*list).erase((r.*list).begin() + std::ptrdiff_t(index)); });
}

template <typename T>
void ConversationSession::replaceItem(std::vector<T> ConversationRecord::*list, std::size_t index,
                                      T item)
{
    edit([&](ConversationRecord &r) {
        T &current = (r.*list).at(index);
        item.id = current.id; // given by the store meanwhile, perhaps
        if constexpr (std::is_same_v<T, Goal>)
            item.steps = std::move(current.steps);
        current = std::move(item);
    });
}

// The lists undo and redo work on.
#define DIALOOG_ITEM_EDITS(T)                                                                      \
    template void ConversationSession::insertItem<T>(std::vector<T> ConversationRecord::*,         \
                                                     std::size_t, T);                              \
    template void ConversationSession::removeItem<T>(std::vector<T> ConversationRecord::*,         \
                                                     std::size_t);                                 \
    template void ConversationSession::replaceItem<T>(std::vector<T> ConversationRecord::*,        \
                                                      std::size_t, T);
DIALOOG_ITEM_EDITS(Achievement)
DIALOOG_ITEM_EDITS(FeedbackItem)
DIALOOG_ITEM_EDITS(Goal)
DIALOOG_ITEM_EDITS(GoalUpdate)
DIALOOG_ITEM_EDITS(Question)
DIALOOG_ITEM_EDITS(Answer)
DIALOOG_ITEM_EDITS(Note)
DIALOOG_ITEM_EDITS(ActionItem)
DIALOOG_ITEM_EDITS(Agreement)
DIALOOG_ITEM_EDITS(InboxNote)
#undef DIALOOG_ITEM_EDITS

void ConversationSession::insertGoalStep(std::size_t goalIndex, std::size_t stepIndex,
                                         GoalStep step)
{
    edit([&](ConversationRecord &r) {
        Goal &goal = r.goals.at(goalIndex);
        step.goalId = goal.id;
        goal.steps.insert(goal.steps.begin() + std::ptrdiff_t(stepIndex), std::move(step));
    });
}

void ConversationSession::removeAnswer(Id questionId)
{
    edit([questionId](ConversationRecord &r) {
        std::erase_if(r.answers,
                      [questionId](const Answer &a) { return a.questionId == questionId; });
    });
}

void ConversationSession::restoreFollowUp(const QDate &date, bool noFollowUp)
{
    edit([&](ConversationRecord &r) {
        r.conversation.nextFollowUp = date;
        r.conversation.noFollowUp = noFollowUp;
    });
}

void ConversationSession::restoreCheckIn(CheckInTopic topic, const QDate &nextCheckIn)
{
    edit([&](ConversationRecord &r) {
        r.conversation.topic = topic;
        r.conversation.nextCheckIn = nextCheckIn;
    });
}

void ConversationSession::restorePhase(Phase phase, const QDate &heldDate)
{
    const Phase before = this->phase();
    edit(
        [&](ConversationRecord &r) {
            r.conversation.phase = phase;
            r.conversation.heldDate = heldDate;
        },
        Touches::Phase);
    if (phase != before)
        emit phaseChanged(phase);
}

void ConversationSession::restoreCorrectedOn(const QDate &date)
{
    if (m_record.conversation.correctedOn == date)
        return;
    m_record.conversation.correctedOn = date;
    emit changed();
}

bool ConversationSession::sendReport(const QDate &on)
{
    return editSignOff([&on](Conversation &c) { return SignOffRules::send(c, on); });
}

bool ConversationSession::answerReport(SignOff answer, const QDate &on)
{
    return editSignOff(
        [answer, &on](Conversation &c) { return SignOffRules::answer(c, answer, on); });
}

void ConversationSession::setEmployeeResponse(const QString &response)
{
    editSignOff([&response](Conversation &c) {
        c.employeeResponse = response;
        return true;
    });
}

void ConversationSession::restoreSignOff(const SignOffState &state)
{
    if (SignOffRules::stateOf(m_record.conversation) == state)
        return;
    SignOffRules::apply(m_record.conversation, state);
    emit changed();
}

// The employee's answer and words are theirs, not a change to the report: no correction.
template <typename Edit> bool ConversationSession::editSignOff(Edit &&apply)
{
    const SignOffState before = SignOffRules::stateOf(m_record.conversation);
    if (!apply(m_record.conversation))
        return false;
    if (SignOffRules::stateOf(m_record.conversation) != before)
        emit changed();
    return true;
}

void ConversationSession::setQuestions(std::vector<Question> questions)
{
    edit([&questions](ConversationRecord &r) { r.questions = std::move(questions); });
}

} // namespace dialoog
