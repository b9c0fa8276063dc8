#pragma once

class QLabel;
class QString;

namespace dialoog {

// Shows text that changes while the user types in a label of a bar: the meeting's clock,
// the save state. A label sized to each new text lays the whole main window out again,
// docks and all, and repaints their separators: a few milliseconds of the GUI thread at
// every tick and every save. The label's size is fixed instead; it grows when a text
// needs more room and does not shrink, so that the bar does not jitter either.
void setSteadyText(QLabel *label, const QString &text);

} // namespace dialoog
