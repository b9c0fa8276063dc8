#pragma once

#include "domainenums.h"

#include <QString>

namespace dialoog {

// What the employee said to an open question in one conversation.
struct Answer
{
    Id id = 0;
    Id conversationId = 0;
    Id questionId = 0;
    QString text;

    bool operator==(const Answer &) const = default;
};

} // namespace dialoog
