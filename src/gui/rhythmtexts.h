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
    static QIcon icon(const RhythmState &state);
    static QString overdueSummary(int overdue);
};

// The same icons, asked of the style once per model: asking again for every row drawn
// took a twentieth of the start-up.
class RhythmIcons final
{
public:
    QIcon operator()(const RhythmState &state) const;

private:
    mutable QIcon m_overdue;
    mutable QIcon m_dueSoon;
};

} // namespace dialoog
