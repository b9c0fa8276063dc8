#pragma once

#include "domainenums.h"

#include <QString>

namespace dialoog {

// Something the employee achieved, gathered during preparation.
struct Achievement
{
    Id id = 0;
    Id conversationId = 0;
    QString text;

    bool operator==(const Achievement &) const = default;
};

} // namespace dialoog
