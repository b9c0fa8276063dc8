#pragma once

#include "commandline.h"

namespace dialoog {

// The team server's commands (`server init`, `server add-manager`, `server reassign`,
// `move`); returns the process exit code, as runHeadless does.
int runServerCommand(const CommandLine &commandLine);

} // namespace dialoog
