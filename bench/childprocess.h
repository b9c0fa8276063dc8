#pragma once

#include <QStringList>

namespace dialoog::bench {

struct ChildRun
{
    double wallMs = 0;
    // Until "whole-list <ns>" (dialoog --quit-after-whole-list: the rows out of view read
    // and painted too); 0 when the program did not say it.
    double wholeListMs = 0;
    long peakRssKb = 0; // the child's maximum resident set size
    int exitCode = -1;
};

// Runs a program to its end, as a user's shell would start it, and reports how long
// it took and how much memory it used at most. A program that prints "first-paint <ns>"
// (CLOCK_MONOTONIC) on its standard output is timed to that moment instead of its end:
// dialoog may finish the day's backup after its first paint, before it exits.
ChildRun runChild(const QString &program, const QStringList &arguments);

} // namespace dialoog::bench
