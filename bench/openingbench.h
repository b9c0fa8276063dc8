#pragma once

#include "core/domainenums.h"
#include "measure.h"

#include <QString>
#include <vector>

namespace dialoog {
class MainWindow;
class Settings;
class Store;
} // namespace dialoog

namespace dialoog::bench {

// Open Conversation in the main window, with the conversation selected on the employee's
// page: from the command to the end of the workspace window's first paint; with a window
// made ready in idle time (Settings::spareWorkspace), and without.
std::vector<Figure> measureWorkspaceOpening(MainWindow &window, Settings &settings, Id employee,
                                            Id conversation);

// A conversation with 100 items (50 notes, 25 action items, 25 agreements), saved into
// `conversation`: its summary written as PDF, and its print preview from the command
// in its workspace to the first page painted.
std::vector<Figure> measureSummaryOutputs(MainWindow &window, Store &store, Id conversation,
                                          const QString &folder);

} // namespace dialoog::bench
