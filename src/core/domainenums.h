#pragma once

#include <QString>
#include <QtGlobal>
#include <array>
#include <optional>

namespace dialoog {

// Row ids as the store hands them out; 0 means "not stored yet" or "none".
using Id = qint64;

enum class Phase
{
    Preparation,
    Goals,
    Questions,
    WrapUp,
    Finished
};
// The four phases a conversation walks through, in order (Finished is where it ends).
inline constexpr std::array<Phase, 4> conversationPhases = {Phase::Preparation, Phase::Goals,
                                                            Phase::Questions, Phase::WrapUp};
// Where a phase stands in that walk; a finished conversation stays on its last page.
constexpr int phaseIndex(Phase phase)
{
    return phase == Phase::Finished ? 3 : int(phase);
}
enum class Relation
{
    Colleague,
    Peer,
    Customer,
    Other
};
enum class GoalStatus
{
    Proposed,
    Active,
    Achieved,
    Dropped
};
enum class Owner
{
    Employee,
    Manager,
    Other
};
enum class ActionStatus
{
    Open,
    Done,
    Dropped
};
enum class StepKind
{
    Task,
    Project,
    Training
};
// A full development conversation walks the four phases; a check-in is a short one-screen
// talk in between (15-20 minutes).
enum class ConversationKind
{
    Development,
    CheckIn
};
// What a check-in is about.
enum class CheckInTopic
{
    None,
    Project,  // sparring about a project
    Learning, // looking back on a learning experience
    Goal      // a goal's progress
};
// Where the written report stands with the employee: draft -> sent -> seen or agreed,
// or disputed (the employee's response says why).
enum class SignOff
{
    Draft,
    Sent,
    Seen,
    Agreed,
    Disputed
};

// Stable, untranslated keys: they are what the database and the JSON export hold,
// so they must never change with the user's language.
QString toKey(Phase value);
QString toKey(Relation value);
QString toKey(GoalStatus value);
QString toKey(Owner value);
QString toKey(ActionStatus value);
QString toKey(StepKind value);
QString toKey(ConversationKind value);
QString toKey(CheckInTopic value);
QString toKey(SignOff value);

template <typename Enum> std::optional<Enum> fromKey(const QString &key);
template <> std::optional<Phase> fromKey<Phase>(const QString &key);
template <> std::optional<Relation> fromKey<Relation>(const QString &key);
template <> std::optional<GoalStatus> fromKey<GoalStatus>(const QString &key);
template <> std::optional<Owner> fromKey<Owner>(const QString &key);
template <> std::optional<ActionStatus> fromKey<ActionStatus>(const QString &key);
template <> std::optional<StepKind> fromKey<StepKind>(const QString &key);
template <> std::optional<ConversationKind> fromKey<ConversationKind>(const QString &key);
template <> std::optional<CheckInTopic> fromKey<CheckInTopic>(const QString &key);
template <> std::optional<SignOff> fromKey<SignOff>(const QString &key);

// Translated names for showing to the user.
QString displayName(Phase value);
QString displayName(Relation value);
QString displayName(GoalStatus value);
QString displayName(Owner value);
QString displayName(ActionStatus value);
QString displayName(StepKind value);
QString displayName(ConversationKind value);
QString displayName(CheckInTopic value);
QString displayName(SignOff value);

} // namespace dialoog
