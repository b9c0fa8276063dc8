#pragma once

#include <QString>

namespace dialoog {

// Starts the desktop application on the database at `databasePath` (the default
// database when empty) and runs it until the last window closes. `readOnly`: never
// write to it (`--read-only`).
int runGui(int &argc, char **argv, const QString &databasePath, bool readOnly = false);

} // namespace dialoog
