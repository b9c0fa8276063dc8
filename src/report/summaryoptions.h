#pragma once

#include <QLocale>
#include <QString>

namespace dialoog {

// What goes into a summary and how it reads.
struct SummaryOptions
{
    // The employee's copy leaves out what is the manager's alone: private notes and
    // the points of attention.
    bool employeeCopy = false;
    // Private notes are left out unless asked for, and then marked as private.
    bool includePrivateNotes = false;
    bool signatures = true;
    QString managerName;
    QString managerRole; // optional, printed after the name
    QLocale locale;
};

} // namespace dialoog
