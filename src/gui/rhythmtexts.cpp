#include "rhythmtexts.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>

namespace dialoog {

QString RhythmTexts::marker(const RhythmState &state)
{
    switch (state.status) {
    case RhythmState::Status::Overdue: return state.days == 1 ? tr("overdue 1 day") : tr("overdue %1 days").arg(state.days);
    case RhythmState::Status::DueSoon:
        return state.days == 0 ? tr("due today") : state.days == 1 ? tr("due tomorrow") : tr("due in %1 days").arg(state.days);
    case RhythmState::Status::NeverHeld: return tr("never held");
    case RhythmState::Status::OnTrack:
    case RhythmState::Status::Archived: break;
    }
    return {};
}

QString RhythmTexts::explanation(const RhythmState &state, int rhythmWeeks)
{
    const QLocale locale;
    switch (state.status) {
    case RhythmState::Status::Overdue:
        return tr("The conversation was due on %1, %2 weeks after the last one.")
            .arg(locale.toString(state.dueDate, QLocale::LongFormat))
            .arg(rhythmWeeks);
    case RhythmState::Status::DueSoon:
        return tr("The next conversation is due on %1 (every %2 weeks).")
            .arg(locale.toString(state.dueDate, QLocale::LongFormat))
            .arg(rhythmWeeks);
    case RhythmState::Status::NeverHeld: return tr("No conversation has been held yet.");
    case RhythmState::Status::OnTrack:
    case RhythmState::Status::Archived: break;
    }
    return {};
}

QIcon RhythmTexts::icon(const RhythmState &state)
{
    switch (state.status) {
    case RhythmState::Status::Overdue: return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    case RhythmState::Status::DueSoon: return QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation);
    default: return {};
    }
}

QIcon RhythmIcons::operator()(const RhythmState &state) const
{
    switch (state.status) {
    case RhythmState::Status::Overdue:
        if (m_overdue.isNull())
            m_overdue = RhythmTexts::icon(state);
        return m_overdue;
    case RhythmState::Status::DueSoon:
        if (m_dueSoon.isNull())
            m_dueSoon = RhythmTexts::icon(state);
        return m_dueSoon;
    default: return {};
    }
}

QString RhythmTexts::overdueSummary(int overdue)
{
    return overdue == 1 ? tr("1 conversation is overdue") : tr("%1 conversations are overdue").arg(overdue);
}

} // namespace dialoog
