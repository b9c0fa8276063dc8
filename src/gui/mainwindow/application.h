#pragma once

#include <QString>
#include <functional>

namespace dialoog {

class MainWindow;

// Starts the desktop application on the database at `databasePath` (the default
// database when empty) and runs it until the last window closes.
struct GuiOptions
{
    bool readOnly = false;            // never write to the database (`--read-only`)
    bool quitAfterFirstPaint = false; // quit once the main window has painted (timing the start-up)
    // Say when the main window has painted, and quit once the whole employee list has been
    // read and painted too (timing the start-up; `--quit-after-whole-list`).
    bool quitAfterWholeList = false;
    // Called once the main window is shown. Only a test harness's own executable sets it
    // (tests/hooks); the installed program never does.
    std::function<void(MainWindow &)> afterShown;
};
int runGui(int &argc, char **argv, const QString &databasePath, const GuiOptions &options = {});

} // namespace dialoog
