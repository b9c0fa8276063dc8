#include "energysignals.h"

#include <QLocale>
#include <algorithm>

namespace dialoog {
namespace {

using Scores = std::vector<std::pair<QDate, int>>;

// One score kept in a conversation: energy or work happiness.
struct Measure
{
    int HeldScores::*value;
    EnergySignal::Kind fell;
    EnergySignal::Kind low;
    QString fellKey;
    QString lowKey;
};

// The measure's last two scores, oldest first; fewer when it was asked less often.
Scores lastTwo(const std::vector<HeldScores> &byDate, int HeldScores::*value)
{
    Scores last;
    for (auto it = byDate.rbegin(); it != byDate.rend() && last.size() < 2; ++it) {
        const int score = (*it).*value;
        if (score >= 1 && score <= 5)
            last.insert(last.begin(), {it->date, score});
    }
    return last;
}

QString scoresText(const Scores &scores, const QDate &today)
{
    QStringList parts;
    for (const auto &[date, score] : scores)
        parts << EnergySignals::tr("%1 on %2").arg(score).arg(EnergySignals::dayText(date, today));
    return parts.join(EnergySignals::tr(", "));
}

QString fellSentence(const Measure &m, const Scores &s, const QString &since)
{
    return m.fell == EnergySignal::Kind::EnergyFell
               ? EnergySignals::tr("Energy fell from %1 to %2 since %3.")
                     .arg(s[0].second)
                     .arg(s[1].second)
                     .arg(since)
               : EnergySignals::tr("Work happiness fell from %1 to %2 since %3.")
                     .arg(s[0].second)
                     .arg(s[1].second)
                     .arg(since);
}

QString lowSentence(const Measure &m, const QString &since)
{
    return m.low == EnergySignal::Kind::EnergyLow
               ? EnergySignals::tr("Energy has been %1 or lower twice in a row, since %2.")
                     .arg(EnergySignals::lowAtMost)
                     .arg(since)
               : EnergySignals::tr("Work happiness has been %1 or lower twice in a row, since %2.")
                     .arg(EnergySignals::lowAtMost)
                     .arg(since);
}

void addScoreSignals(std::vector<EnergySignal> &out, const std::vector<HeldScores> &byDate,
                     const Measure &m, const QDate &today)
{
    const Scores s = lastTwo(byDate, m.value);
    if (s.size() < 2)
        return;
    const QString since = EnergySignals::dayText(s[0].first, today);
    const QString basis = scoresText(s, today);
    if (s[0].second - s[1].second >= EnergySignals::fallOf)
        out.push_back(EnergySignal{.kind = m.fell,
                                   .key = m.fellKey,
                                   .since = s[0].first,
                                   .sentence = fellSentence(m, s, since),
                                   .scores = s,
                                   .basis = basis});
    if (s[0].second <= EnergySignals::lowAtMost && s[1].second <= EnergySignals::lowAtMost)
        out.push_back(EnergySignal{.kind = m.low,
                                   .key = m.lowKey,
                                   .since = s[0].first,
                                   .sentence = lowSentence(m, since),
                                   .scores = s,
                                   .basis = basis});
}

// Since when nobody worked on a goal: the last day a goal was set or reviewed; without
// any, since the person started, or else since the first conversation with them.
QDate withoutGoalSince(const SignalInput &input, const std::vector<HeldScores> &byDate)
{
    QDate since;
    for (const GoalTrack &g : input.goals) {
        for (const QDate &d : {g.setOn, g.lastUpdate}) {
            if (d.isValid() && (!since.isValid() || d > since))
                since = d;
        }
    }
    if (!since.isValid())
        since = input.startDate;
    if (!since.isValid() && !byDate.empty())
        since = byDate.front().date;
    return since;
}

void addNoGoalSignal(std::vector<EnergySignal> &out, const SignalInput &input,
                     const std::vector<HeldScores> &byDate, const QDate &today)
{
    if (std::any_of(input.goals.begin(), input.goals.end(),
                    [](const GoalTrack &g) { return g.running; }))
        return;
    const QDate since = withoutGoalSince(input, byDate);
    if (!since.isValid() || since.addMonths(EnergySignals::noGoalMonths) > today)
        return;
    out.push_back(EnergySignal{
        .kind = EnergySignal::Kind::NoRunningGoal,
        .key = QStringLiteral("no-running-goal"),
        .since = since,
        .sentence = EnergySignals::tr("No running development goal since %1.")
                        .arg(EnergySignals::dayText(since, today)),
        .scores = {},
        .basis = input.goals.empty() ? EnergySignals::tr("No goal was ever set.")
                                     : EnergySignals::tr("Every goal is achieved or dropped.")});
}

void addOverdueGoals(std::vector<EnergySignal> &out, const SignalInput &input, const QDate &today)
{
    for (const GoalTrack &g : input.goals) {
        // Reviewed on the target day itself counts as an update in time.
        if (!g.running || !g.targetDate.isValid() || g.targetDate >= today ||
            (g.lastUpdate.isValid() && g.lastUpdate >= g.targetDate))
            continue;
        out.push_back(EnergySignal{
            .kind = EnergySignal::Kind::GoalOverdue,
            .key = QStringLiteral("goal-overdue:%1").arg(g.id),
            .since = g.targetDate,
            .sentence = EnergySignals::tr("The goal “%1” passed its target date of %2 without an "
                                          "update.")
                            .arg(g.what, EnergySignals::dayText(g.targetDate, today)),
            .scores = {},
            .basis = g.lastUpdate.isValid() ? EnergySignals::tr("Last reviewed on %1.")
                                                  .arg(EnergySignals::dayText(g.lastUpdate, today))
                                            : EnergySignals::tr("Not reviewed since it was set.")});
    }
}

} // namespace

std::vector<EnergySignal> EnergySignals::raised(const SignalInput &input, const QDate &today)
{
    if (input.archived)
        return {};
    std::vector<HeldScores> byDate = input.held;
    std::stable_sort(byDate.begin(), byDate.end(),
                     [](const HeldScores &a, const HeldScores &b) { return a.date < b.date; });
    std::vector<EnergySignal> out;
    const Measure energy{&HeldScores::energy, EnergySignal::Kind::EnergyFell,
                         EnergySignal::Kind::EnergyLow, QStringLiteral("energy-fell"),
                         QStringLiteral("energy-low")};
    const Measure happiness{&HeldScores::workHappiness, EnergySignal::Kind::HappinessFell,
                            EnergySignal::Kind::HappinessLow, QStringLiteral("happiness-fell"),
                            QStringLiteral("happiness-low")};
    addScoreSignals(out, byDate, energy, today);
    addScoreSignals(out, byDate, happiness, today);
    addNoGoalSignal(out, input, byDate, today);
    addOverdueGoals(out, input, today);
    return out;
}

bool EnergySignals::isDismissed(const SignalInput &input, const QString &key)
{
    QDate newestScore;
    for (const HeldScores &h : input.held) {
        if ((h.energy > 0 || h.workHappiness > 0) &&
            (!newestScore.isValid() || h.date > newestScore))
            newestScore = h.date;
    }
    return std::any_of(
        input.dismissals.begin(), input.dismissals.end(), [&](const SignalDismissal &d) {
            return d.signal == key && (!newestScore.isValid() || newestScore <= d.dismissedOn);
        });
}

std::vector<EnergySignal> EnergySignals::active(const SignalInput &input, const QDate &today)
{
    std::vector<EnergySignal> all = raised(input, today);
    std::erase_if(all, [&](const EnergySignal &s) { return isDismissed(input, s.key); });
    return all;
}

QString EnergySignals::dayText(const QDate &date, const QDate &today)
{
    const QLocale locale;
    return locale.toString(date, date.year() == today.year() ? QStringLiteral("d MMMM")
                                                             : QStringLiteral("d MMMM yyyy"));
}

QString EnergySignals::summary(const std::vector<EnergySignal> &raised)
{
    QStringList sentences;
    for (const EnergySignal &s : raised)
        sentences << s.sentence;
    return sentences.join(QLatin1Char(' '));
}

} // namespace dialoog
