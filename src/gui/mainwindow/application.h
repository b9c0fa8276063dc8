#pragma once

#include <QString>

namespace dialoog {

// Starts the desktop application on the database at `databasePath` (the default
// database when empty) and runs it until the last window closes.
struct GuiOptions
{
    bool readOnly = false;            // never write to the database (`--read-only`)
    bool quitAfterFirstPaint = false; // quit once the main window has painted (timing the start-up)
};
int runGui(int &argc, char **argv, const QString &databasePath, const GuiOptions &options = {});

} // namespace dialoog
