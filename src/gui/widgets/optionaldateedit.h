#pragma once

#include <QDateEdit>

namespace dialoog {

// A date field that may be left empty ("not planned", "no due date"). QDateEdit cannot be
// empty, so its minimum stands for none; Tab leaves it as it leaves any other field.
class OptionalDateEdit : public QDateEdit
{
    Q_OBJECT

public:
    OptionalDateEdit(const QString &noneText, QWidget *parent = nullptr);

    // An invalid date when the field is empty.
    QDate optionalDate() const;
    // Shows the date (none when invalid) without telling optionalDateChanged.
    void showDate(const QDate &date);

signals:
    void optionalDateChanged(const QDate &date);
};

} // namespace dialoog
