#pragma once

#include "domainenums.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <utility>
#include <vector>

namespace dialoog {

// One held conversation (either kind) as the signal rules read it: its day and its
// scores, 0 where a score was not asked.
struct HeldScores
{
    QDate date;
    int energy = 0;
    int workHappiness = 0;

    bool operator==(const HeldScores &) const = default;
};

// A goal as the signal rules read it: when it was set and when it was last reviewed.
// "An update" is a goal update recorded in a held conversation (a development
// conversation or a check-in), dated by that conversation.
struct GoalTrack
{
    Id id = 0;
    QString what{};
    bool running = false; // proposed or active
    QDate targetDate{};
    QDate setOn{};      // the day of the conversation it was set in; invalid if none
    QDate lastUpdate{}; // the latest held conversation that reviewed it; invalid if never

    bool operator==(const GoalTrack &) const = default;
};

// The manager put a signal aside on this day.
struct SignalDismissal
{
    QString signal; // EnergySignal::key
    QDate dismissedOn;

    bool operator==(const SignalDismissal &) const = default;
};

// Everything the rules need about one employee; the store reads it for everyone at once.
struct SignalInput
{
    QDate startDate;
    bool archived = false;
    std::vector<HeldScores> held; // any order
    std::vector<GoalTrack> goals;
    std::vector<SignalDismissal> dismissals;
};

// A prompt for the manager to ask how someone is doing; never a judgement.
struct EnergySignal
{
    enum class Kind
    {
        EnergyFell,
        HappinessFell,
        EnergyLow,
        HappinessLow,
        NoRunningGoal,
        GoalOverdue,
    };
    Kind kind = Kind::EnergyFell;
    // Stable and untranslated: what a dismissal remembers ("energy-fell",
    // "goal-overdue:12", ...).
    QString key;
    QDate since{};      // from when the signal counts
    QString sentence{}; // in plain words: "Energy fell from 4 to 2 since 12 October."
    // The scores it came from, oldest first (empty for the goal signals).
    std::vector<std::pair<QDate, int>> scores{};
    QString basis{}; // those scores or the goal, in words: "4 on 12 October, 2 on 30 November"

    bool operator==(const EnergySignal &) const = default;
};

// The rules for early signals of falling energy and work happiness (issue #17), pure:
// `today` is always a parameter.
class EnergySignals final
{
    Q_DECLARE_TR_FUNCTIONS(dialoog::EnergySignals)

public:
    static constexpr int fallOf = 2;       // a score fell by this much or more ...
    static constexpr int lowAtMost = 2;    // ... or two in a row were this or lower
    static constexpr int noGoalMonths = 6; // no running goal for this long

    // Every signal the rules raise, dismissed ones included; none for someone archived.
    static std::vector<EnergySignal> raised(const SignalInput &input, const QDate &today);
    // Those the manager has not put aside: a dismissal holds until a score dated after it.
    static std::vector<EnergySignal> active(const SignalInput &input, const QDate &today);
    static bool isDismissed(const SignalInput &input, const QString &key);
    // "12 October", with the year when it is not this year's.
    static QString dayText(const QDate &date, const QDate &today);
    // One line for a list's tooltip or a screen reader: the sentences joined.
    static QString summary(const std::vector<EnergySignal> &raised);
};

} // namespace dialoog
