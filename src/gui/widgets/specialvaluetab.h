#pragma once

class QDateTimeEdit;

namespace dialoog {

// Tab in a date field moves between its day, month and year, and leaves after the last.
// While the field shows its special value ("not planned", "none") it has no such parts,
// and Qt keeps Tab in it for good: a keyboard trap. After this call Tab and Shift+Tab
// leave such a field as they leave any other.
void letTabLeaveSpecialValue(QDateTimeEdit *edit);

} // namespace dialoog
