#pragma once

#include "core/rhythm.h"

#include <QCoreApplication>
#include <QIcon>
#include <QString>

namespace dialoog {

// How a rhythm state reads, the same in the employee list and the rhythm view.
class RhythmTexts final
{
    Q_DECLARE_TR_FUNCTIONS(dialoog::RhythmTexts)

public:
    // Short: "overdue 12 days", "due in 3 days", "due today", "never held".
    static QString marker(const RhythmState &state);
    // A sentence for the tooltip, or empty when on track.
    static QString explanation(const RhythmState &state, int rhythmWeeks);
    static QString overdueSummary(int overdue);
    // A sentence for the tooltip, with the due date also when on track; empty when archived.
    static QString checkInExplanation(const RhythmState &state, int checkInWeeks);
};

// The rhythm's marks for a state, drawn once per model and handed out for every row
// drawn after: a red disc with "!" when overdue, an amber clock when due soon.
class RhythmIcons final
{
public:
    QIcon operator()(const RhythmState &state) const;

private:
    mutable QIcon m_overdue;
    mutable QIcon m_dueSoon;
};

} // namespace dialoog
