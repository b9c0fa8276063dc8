#pragma once

#include <functional>

class QWidget;

namespace dialoog {

// Calls `then` once `window` has painted for the first time and the event loop runs
// again: the moment a user could start working.
void afterFirstPaint(QWidget &window, std::function<void()> then);

// Says that moment of `widget` on standard output as "<what> <ns>" (CLOCK_MONOTONIC), and
// quits then when `quit`: the process may still wait for the day's backup after it. For
// timing the start-up (bench/): "first-paint", and "whole-list" for the list's last rows.
void tellAfterPaint(QWidget &widget, const char *what, bool quit);

} // namespace dialoog
