#pragma once

class QWidget;

namespace dialoog {

// Quits the application once `window` has painted and the event loop runs again:
// the moment a user could start working. For timing the start-up (bench/).
void quitAfterPaint(QWidget &window);

} // namespace dialoog
