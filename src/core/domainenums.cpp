#include "domainenums.h"

#include <QCoreApplication>
#include <array>

namespace dialoog {
namespace {

template <typename Enum, std::size_t N> struct EnumTable
{
    std::array<const char *, N> keys;
    std::array<const char *, N> names; // source texts for tr()
};

const EnumTable<Phase, 5> phaseTable{{"preparation", "goals", "questions", "wrap-up", "finished"},
                                     {QT_TRANSLATE_NOOP("dialoog::Phase", "Preparation"),
                                      QT_TRANSLATE_NOOP("dialoog::Phase", "Goals"),
                                      QT_TRANSLATE_NOOP("dialoog::Phase", "Open questions"),
                                      QT_TRANSLATE_NOOP("dialoog::Phase", "Wrap-up"),
                                      QT_TRANSLATE_NOOP("dialoog::Phase", "Finished")}};
const EnumTable<Relation, 4> relationTable{{"colleague", "peer", "customer", "other"},
                                           {QT_TRANSLATE_NOOP("dialoog::Relation", "Colleague"),
                                            QT_TRANSLATE_NOOP("dialoog::Relation", "Peer"),
                                            QT_TRANSLATE_NOOP("dialoog::Relation", "Customer"),
                                            QT_TRANSLATE_NOOP("dialoog::Relation", "Other")}};
const EnumTable<GoalStatus, 4> goalStatusTable{
    {"proposed", "active", "achieved", "dropped"},
    {QT_TRANSLATE_NOOP("dialoog::GoalStatus", "Proposed"),
     QT_TRANSLATE_NOOP("dialoog::GoalStatus", "Active"),
     QT_TRANSLATE_NOOP("dialoog::GoalStatus", "Achieved"),
     QT_TRANSLATE_NOOP("dialoog::GoalStatus", "Dropped")}};
const EnumTable<Owner, 3> ownerTable{{"employee", "manager", "other"},
                                     {QT_TRANSLATE_NOOP("dialoog::Owner", "Employee"),
                                      QT_TRANSLATE_NOOP("dialoog::Owner", "Manager"),
                                      QT_TRANSLATE_NOOP("dialoog::Owner", "Other")}};
const EnumTable<ActionStatus, 3> actionStatusTable{
    {"open", "done", "dropped"},
    {QT_TRANSLATE_NOOP("dialoog::ActionStatus", "Open"),
     QT_TRANSLATE_NOOP("dialoog::ActionStatus", "Done"),
     QT_TRANSLATE_NOOP("dialoog::ActionStatus", "Dropped")}};

const EnumTable<StepKind, 3> stepKindTable{{"task", "project", "training"},
                                           {QT_TRANSLATE_NOOP("dialoog::StepKind", "Task"),
                                            QT_TRANSLATE_NOOP("dialoog::StepKind", "Project"),
                                            QT_TRANSLATE_NOOP("dialoog::StepKind", "Training")}};

const EnumTable<ConversationKind, 2> conversationKindTable{
    {"development", "check-in"},
    {QT_TRANSLATE_NOOP("dialoog::ConversationKind", "Development conversation"),
     QT_TRANSLATE_NOOP("dialoog::ConversationKind", "Check-in")}};
const EnumTable<CheckInTopic, 4> checkInTopicTable{
    {"none", "project", "learning", "goal"},
    {QT_TRANSLATE_NOOP("dialoog::CheckInTopic", "No particular topic"),
     QT_TRANSLATE_NOOP("dialoog::CheckInTopic", "Sparring about a project"),
     QT_TRANSLATE_NOOP("dialoog::CheckInTopic", "Looking back on a learning experience"),
     QT_TRANSLATE_NOOP("dialoog::CheckInTopic", "Progress on a goal")}};
const EnumTable<SignOff, 5> signOffTable{
    {"draft", "sent", "seen", "agreed", "disputed"},
    {QT_TRANSLATE_NOOP("dialoog::SignOff", "Draft"), QT_TRANSLATE_NOOP("dialoog::SignOff", "Sent"),
     QT_TRANSLATE_NOOP("dialoog::SignOff", "Seen"), QT_TRANSLATE_NOOP("dialoog::SignOff", "Agreed"),
     QT_TRANSLATE_NOOP("dialoog::SignOff", "Disputed")}};

template <typename Enum, std::size_t N> QString keyOf(const EnumTable<Enum, N> &table, Enum value)
{
    return QLatin1String(table.keys.at(static_cast<std::size_t>(value)));
}

template <typename Enum, std::size_t N>
std::optional<Enum> parse(const EnumTable<Enum, N> &table, const QString &key)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (key == QLatin1String(table.keys[i]))
            return static_cast<Enum>(i);
    }
    return std::nullopt;
}

template <typename Enum, std::size_t N>
QString nameOf(const EnumTable<Enum, N> &table, const char *context, Enum value)
{
    return QCoreApplication::translate(context, table.names.at(static_cast<std::size_t>(value)));
}

} // namespace

QString toKey(Phase value)
{
    return keyOf(phaseTable, value);
}
QString toKey(Relation value)
{
    return keyOf(relationTable, value);
}
QString toKey(GoalStatus value)
{
    return keyOf(goalStatusTable, value);
}
QString toKey(Owner value)
{
    return keyOf(ownerTable, value);
}
QString toKey(ActionStatus value)
{
    return keyOf(actionStatusTable, value);
}
QString toKey(StepKind value)
{
    return keyOf(stepKindTable, value);
}
QString toKey(ConversationKind value)
{
    return keyOf(conversationKindTable, value);
}
QString toKey(CheckInTopic value)
{
    return keyOf(checkInTopicTable, value);
}
QString toKey(SignOff value)
{
    return keyOf(signOffTable, value);
}

template <> std::optional<Phase> fromKey<Phase>(const QString &key)
{
    return parse(phaseTable, key);
}
template <> std::optional<Relation> fromKey<Relation>(const QString &key)
{
    return parse(relationTable, key);
}
template <> std::optional<GoalStatus> fromKey<GoalStatus>(const QString &key)
{
    return parse(goalStatusTable, key);
}
template <> std::optional<Owner> fromKey<Owner>(const QString &key)
{
    return parse(ownerTable, key);
}
template <> std::optional<ActionStatus> fromKey<ActionStatus>(const QString &key)
{
    return parse(actionStatusTable, key);
}
template <> std::optional<StepKind> fromKey<StepKind>(const QString &key)
{
    return parse(stepKindTable, key);
}
template <> std::optional<ConversationKind> fromKey<ConversationKind>(const QString &key)
{
    return parse(conversationKindTable, key);
}
template <> std::optional<CheckInTopic> fromKey<CheckInTopic>(const QString &key)
{
    return parse(checkInTopicTable, key);
}
template <> std::optional<SignOff> fromKey<SignOff>(const QString &key)
{
    return parse(signOffTable, key);
}

QString displayName(Phase value)
{
    return nameOf(phaseTable, "dialoog::Phase", value);
}
QString displayName(Relation value)
{
    return nameOf(relationTable, "dialoog::Relation", value);
}
QString displayName(GoalStatus value)
{
    return nameOf(goalStatusTable, "dialoog::GoalStatus", value);
}
QString displayName(Owner value)
{
    return nameOf(ownerTable, "dialoog::Owner", value);
}
QString displayName(ActionStatus value)
{
    return nameOf(actionStatusTable, "dialoog::ActionStatus", value);
}
QString displayName(StepKind value)
{
    return nameOf(stepKindTable, "dialoog::StepKind", value);
}
QString displayName(ConversationKind value)
{
    return nameOf(conversationKindTable, "dialoog::ConversationKind", value);
}
QString displayName(CheckInTopic value)
{
    return nameOf(checkInTopicTable, "dialoog::CheckInTopic", value);
}
QString displayName(SignOff value)
{
    return nameOf(signOffTable, "dialoog::SignOff", value);
}

} // namespace dialoog
