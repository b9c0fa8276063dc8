#pragma once

#include "gui/mainwindow/application.h"

#include <functional>

namespace dialoog {

class MainWindow;

// The whole program behind `main`: parses the command line, then runs a command or the
// window. A separate function so that a test harness can build an executable of its own
// from the very same code, passing `afterShown` to drive the window from inside; the
// installed program passes nothing.
int dialoogMain(int argc, char **argv, const std::function<void(MainWindow &)> &afterShown = {});

} // namespace dialoog
