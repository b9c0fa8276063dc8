#include "optionaldateedit.h"

#include "gui/employees/itemtables.h"
#include "gui/widgets/specialvaluetab.h"

#include <QSignalBlocker>

namespace dialoog {
namespace {

const QDate none(2000, 1, 1);

} // namespace

OptionalDateEdit::OptionalDateEdit(const QString &noneText, QWidget *parent) : QDateEdit(parent)
{
    setCalendarPopup(true);
    setMinimumDate(none);
    setSpecialValueText(noneText);
    fitSpecialValueText(this);
    letTabLeaveSpecialValue(this);
    connect(this, &QDateEdit::dateChanged, this,
            [this] { emit optionalDateChanged(optionalDate()); });
}

QDate OptionalDateEdit::optionalDate() const
{
    return date() == none ? QDate() : date();
}

void OptionalDateEdit::showDate(const QDate &date)
{
    const QSignalBlocker quiet(this);
    setDate(date.isValid() ? date : none);
}

} // namespace dialoog
