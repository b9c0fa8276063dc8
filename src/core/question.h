#pragma once

#include "domainenums.h"

#include <QString>

namespace dialoog {

// An open question from the bank, in one language.
struct Question
{
    Id id = 0;
    QString language; // "en", "nl"
    QString text;
    bool active = true;
    int sortOrder = 0;

    bool operator==(const Question &) const = default;
};

} // namespace dialoog
