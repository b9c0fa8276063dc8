#pragma once

#include <QString>

namespace dialoog {

// Starts the desktop application on the database at `databasePath` (the default
// database when empty) and runs it until the last window closes, or, with
// `quitAfterFirstPaint`, until the main window has painted once.
int runGui(int &argc, char **argv, const QString &databasePath, bool quitAfterFirstPaint = false);

} // namespace dialoog
