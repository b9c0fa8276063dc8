#pragma once

#include "domainenums.h"

#include <QString>

namespace dialoog {

// Something both agreed on in a conversation.
struct Agreement
{
    Id id = 0;
    Id conversationId = 0;
    QString text;

    bool operator==(const Agreement &) const = default;
};

} // namespace dialoog
