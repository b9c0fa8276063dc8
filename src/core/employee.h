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
    int checkInWeeks = 0; // how often a check-in is due; 0 = the default in Preferences
    QDate leftOn{};       // archived as having left on this day; invalid if not

    bool operator==(const Employee &) const = default;
};

} // namespace dialoog
