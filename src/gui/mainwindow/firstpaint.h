#pragma once

#include <functional>

class QWidget;

namespace dialoog {

// Calls `then` once `window` has painted for the first time and the event loop runs
// again: the moment a user could start working.
void afterFirstPaint(QWidget &window, std::function<void()> then);

// Quits the application at that moment, saying when on standard output as
// "first-paint <ns>" (CLOCK_MONOTONIC): the process may still wait for the day's backup
// after it. For timing the start-up (bench/).
void quitAfterPaint(QWidget &window);

} // namespace dialoog
