#pragma once

#include <QStringList>

namespace dialoog::bench {

struct ChildRun
{
    double wallMs = 0;
    long peakRssKb = 0; // the child's maximum resident set size
    int exitCode = -1;
};

// Runs a program to its end, as a user's shell would start it, and reports how long
// it took and how much memory it used at most.
ChildRun runChild(const QString &program, const QStringList &arguments);

} // namespace dialoog::bench
