#pragma once

#include <QWidget>
#include <functional>
#include <vector>

class QPushButton;

namespace dialoog {

class OptionalDateEdit;

// The next check-in's date with buttons for the usual distances, on the check-in's own
// page and on a development conversation's wrap-up.
class NextCheckInRow : public QWidget
{
    Q_OBJECT

public:
    struct QuickDate
    {
        QString text;
        int days = 0;
    };

    // The quick dates count from the day `from` gives.
    NextCheckInRow(const QString &label, const std::vector<QuickDate> &quick,
                   std::function<QDate()> from, QWidget *parent = nullptr);

    OptionalDateEdit *edit() const { return m_edit; }
    // Changes the quick date at `index` (the employee's rhythm, once it is known).
    void setQuickDate(std::size_t index, const QuickDate &quick);
    void showDate(const QDate &date);

signals:
    // An invalid date: not planned.
    void chosen(const QDate &date);

private:
    OptionalDateEdit *m_edit = nullptr;
    std::vector<QPushButton *> m_buttons;
    std::vector<int> m_days;
};

} // namespace dialoog
