#pragma once

class QLineEdit;

namespace dialoog {

// Gives a line edit its clear button once it holds text, the moment the button would
// show anyway: looking up the button's icon in the icon theme for the two search boxes
// took a twelfth of the start-up.
void addClearButtonWhenTyped(QLineEdit *edit);

} // namespace dialoog
