#pragma once

#include <QDialog>
#include <QTime>

class QSpinBox;
class QTimeEdit;

namespace dialoog {

// Add to Calendar / Save Invite: when the next conversation starts and how long it lasts.
class CalendarTimeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarTimeDialog)

public:
    CalendarTimeDialog(const QString &title, QTime start, int minutes, QWidget *parent = nullptr);

    QTime start() const;
    int minutes() const;

private:
    QTimeEdit *m_time;
    QSpinBox *m_length;
};

} // namespace dialoog
