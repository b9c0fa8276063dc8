#pragma once

#include "services/transfer.h"

#include <QString>

namespace dialoog {

// `dialoog move`: a manager's local database onto the team server, under the role they
// connect as, through the one import (Transfer). The file is only read; the server takes
// everything or nothing, so a failed move leaves both as they were. Private notes come
// along and stay private to the manager who moves them. Throws Failure when either side
// cannot be opened.
ImportOutcome moveToServer(const QString &file, const QString &server, int lockWaitMs);

} // namespace dialoog
