#pragma once

#include <QString>
#include <QTextStream>

namespace dialoog::console {

// What a sub-command prints for the user; one stream, so its lines keep their order.
QTextStream &out();
// Says what went wrong on stderr, as every sub-command does, and gives the exit code.
int fail(const QString &message);
// How long a sub-command waits for a window that holds the database: 10 s, or
// DIALOOG_LOCK_WAIT_MS (documented, for scripts).
int lockWaitMs();

} // namespace dialoog::console
