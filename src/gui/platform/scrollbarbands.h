#pragma once

class QScrollBar;

namespace dialoog {

// Paints a tall scroll bar in bands of 64 lines, pixel for pixel as Fusion does. Qt 6.4's
// raster engine hands a fill of many lines to its thread pool in parts and waits for the
// pool's threads; for a bar 14 pixels wide that is all hand-over, and where a sleeping
// thread is slow to wake (a virtual machine) it held the paint after a note's Enter for
// milliseconds (12–25 waits in one paint): the notes list's bar is repainted with every
// note. Only while the application's style is Fusion; call again when it changes
// (QEvent::StyleChange).
void paintInBands(QScrollBar *bar);

} // namespace dialoog
