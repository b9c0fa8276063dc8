#pragma once

#include <QDate>
#include <QDialog>

class QDateEdit;
class QRadioButton;

namespace dialoog {

// Archiving someone asks whether they left, and when: retention can count from that day
// (Preferences → Data). The day is today unless changed; "Not leaving, just archive"
// records none. Return archives, Esc cancels.
class ArchiveDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArchiveDialog)

public:
    // `leaverYears`: how long after leaving everything about them is removed (0: never).
    ArchiveDialog(const QString &employeeName, const QDate &today, int leaverYears,
                  QWidget *parent = nullptr);

    // The leaving date, or none for "not leaving, just archive".
    QDate leftOn() const;
    QDateEdit *dateEdit() const { return m_date; }

private:
    QRadioButton *m_left;
    QRadioButton *m_justArchive;
    QDateEdit *m_date;
};

} // namespace dialoog
