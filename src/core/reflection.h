#pragma once

#include "domainenums.h"

#include <QString>

namespace dialoog {

// The employee's own preparation, written before the conversation.
struct Reflection
{
    Id id = 0;
    Id conversationId = 0;
    QString wentWell;
    QString growth;
    QString ambitions;

    bool isEmpty() const
    {
        return wentWell.trimmed().isEmpty() && growth.trimmed().isEmpty() &&
               ambitions.trimmed().isEmpty();
    }
    bool operator==(const Reflection &) const = default;
};

} // namespace dialoog
