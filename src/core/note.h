#pragma once

#include "domainenums.h"

#include <QDateTime>
#include <QString>

namespace dialoog {

// A note taken during a conversation; private notes are the manager's alone.
struct Note
{
    Id id = 0;
    Id conversationId = 0;
    Phase phase = Phase::Preparation;
    QDateTime createdAt;
    QString text;
    bool isPrivate = false;

    bool operator==(const Note &) const = default;
};

} // namespace dialoog
