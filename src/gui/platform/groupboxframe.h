#pragma once

class QGroupBox;

namespace dialoog {

// Draws a group box's frame as Fusion does, pixel for pixel, for less: Fusion stretches
// its frame picture over the whole box, and the middle of that picture is one even tint,
// so the middle is filled with that tint instead (a stretched picture is blended pixel by
// pixel through a scaling path; the five boxes of the wrap-up page took about a tenth of
// its first paint). Only while the application's style is Fusion, and only while Fusion's
// picture has an even middle; otherwise the box is drawn by the application's style.
// Call again when the application's style changes (QEvent::StyleChange on the window).
void keepGroupBoxFrame(QGroupBox *box);

} // namespace dialoog
