#pragma once

#include "commandline.h"

namespace dialoog {

// Runs a command that needs no display; returns the process exit code.
// Results go to standard output, one-line errors to standard error.
int runHeadless(const CommandLine &commandLine);

} // namespace dialoog
