#include "gui/rhythm/rhythmtexts.h"

#include <QLocale>
#include <QPainter>
#include <QPixmap>

namespace dialoog {

QString RhythmTexts::marker(const RhythmState &state)
{
    switch (state.status) {
    case RhythmState::Status::Overdue:
        return state.days == 1 ? tr("overdue 1 day") : tr("overdue %1 days").arg(state.days);
    case RhythmState::Status::DueSoon:
        return state.days == 0   ? tr("due today")
               : state.days == 1 ? tr("due tomorrow")
                                 : tr("due in %1 days").arg(state.days);
    case RhythmState::Status::NeverHeld:
        return tr("never held");
    case RhythmState::Status::OnTrack:
    case RhythmState::Status::Archived:
        break;
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
    case RhythmState::Status::NeverHeld:
        return tr("No conversation has been held yet.");
    case RhythmState::Status::OnTrack:
    case RhythmState::Status::Archived:
        break;
    }
    return {};
}

QString RhythmTexts::checkInExplanation(const RhythmState &state, int checkInWeeks)
{
    const QLocale locale;
    switch (state.status) {
    case RhythmState::Status::Overdue:
        return tr("The check-in was due on %1, %2 weeks after the last check-in or conversation.")
            .arg(locale.toString(state.dueDate, QLocale::LongFormat))
            .arg(checkInWeeks);
    case RhythmState::Status::DueSoon:
    case RhythmState::Status::OnTrack:
        return tr("The next check-in is due on %1 (every %2 weeks).")
            .arg(locale.toString(state.dueDate, QLocale::LongFormat))
            .arg(checkInWeeks);
    case RhythmState::Status::NeverHeld:
        return tr("No check-in or conversation has been held yet.");
    case RhythmState::Status::Archived:
        break;
    }
    return {};
}

namespace {

// Drawn, not taken from the icon theme: the first theme lookup reads the whole theme
// index (a tenth of the start-up), and a drawn mark looks the same on every desktop.
// Overdue: a red disc with an exclamation mark; due soon: an amber ring with a clock's
// hands. They differ in shape, not only in colour.
QPixmap rhythmMark(bool overdue, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(size / 16.0, size / 16.0);
    const QRectF disc(1.5, 1.5, 13, 13);
    if (overdue) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0xc6, 0x28, 0x28));
        painter.drawEllipse(disc);
        painter.setBrush(Qt::white);
        painter.drawRoundedRect(QRectF(7, 4, 2, 5.5), 1, 1);
        painter.drawEllipse(QRectF(7, 10.5, 2, 2));
    } else {
        painter.setPen(QPen(QColor(0xe0, 0x8e, 0x00), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(disc.adjusted(0.5, 0.5, -0.5, -0.5));
        painter.setPen(QPen(QColor(0xe0, 0x8e, 0x00), 1.6, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(QPointF(8, 8), QPointF(8, 4.5));
        painter.drawLine(QPointF(8, 8), QPointF(10.5, 9.5));
    }
    return pixmap;
}

QIcon markIcon(bool overdue)
{
    QIcon icon;
    for (int size : {16, 24, 32, 48})
        icon.addPixmap(rhythmMark(overdue, size));
    return icon;
}

} // namespace

QIcon RhythmIcons::operator()(const RhythmState &state) const
{
    switch (state.status) {
    case RhythmState::Status::Overdue:
        if (m_overdue.isNull())
            m_overdue = markIcon(true);
        return m_overdue;
    case RhythmState::Status::DueSoon:
        if (m_dueSoon.isNull())
            m_dueSoon = markIcon(false);
        return m_dueSoon;
    default:
        return {};
    }
}

QString RhythmTexts::overdueSummary(int overdue)
{
    return overdue == 1 ? tr("1 conversation is overdue")
                        : tr("%1 conversations are overdue").arg(overdue);
}

} // namespace dialoog
