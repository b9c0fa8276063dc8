#pragma once

#include "domainenums.h"

#include <QDate>
#include <QString>

namespace dialoog {

// A person the manager holds development conversations with.
struct Employee
{
    Id id = 0;
    QString name;
    QString role;
    QString team;
    QString email;
    QDate startDate;
    int rhythmWeeks = 6; // how often a conversation is due
    bool archived = false;

    bool operator==(const Employee &) const = default;
};

} // namespace dialoog
