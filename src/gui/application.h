#pragma once

#include <QString>

namespace dialoog {

// Starts the desktop application on the database at `databasePath` (the default
// database when empty) and runs it until the last window closes.
int runGui(int &argc, char **argv, const QString &databasePath);

} // namespace dialoog
