#pragma once

class QDockWidget;

namespace dialoog {

// Keeps a dock widget's title-button icons once for the whole application. Fusion makes
// them again from their XPM pictures each time a dock's title is laid out (about twenty
// times as a conversation's window opens), yet they never change. Only while the
// application's style is Fusion: another style may take them from the desktop's theme.
// Call again when the application's style changes (QEvent::StyleChange on the window):
// the dock then follows it, as a dock without a style of its own does.
void keepTitleIcons(QDockWidget *dock);

} // namespace dialoog
