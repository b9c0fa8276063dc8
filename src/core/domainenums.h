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

// Stable, untranslated keys: they are what the database and the JSON export hold,
// so they must never change with the user's language.
QString toKey(Phase value);
QString toKey(Relation value);
QString toKey(GoalStatus value);
QString toKey(Owner value);
QString toKey(ActionStatus value);
QString toKey(StepKind value);

template <typename Enum> std::optional<Enum> fromKey(const QString &key);
template <> std::optional<Phase> fromKey<Phase>(const QString &key);
template <> std::optional<Relation> fromKey<Relation>(const QString &key);
template <> std::optional<GoalStatus> fromKey<GoalStatus>(const QString &key);
template <> std::optional<Owner> fromKey<Owner>(const QString &key);
template <> std::optional<ActionStatus> fromKey<ActionStatus>(const QString &key);
template <> std::optional<StepKind> fromKey<StepKind>(const QString &key);

// Translated names for showing to the user.
QString displayName(Phase value);
QString displayName(Relation value);
QString displayName(GoalStatus value);
QString displayName(Owner value);
QString displayName(ActionStatus value);
QString displayName(StepKind value);

} // namespace dialoog
