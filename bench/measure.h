#pragma once

#include <QElapsedTimer>
#include <QString>
#include <algorithm>
#include <cmath>
#include <functional>
#include <vector>

namespace dialoog::bench {

// Milliseconds a call takes, measured with the monotonic clock.
inline double timeMs(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

inline std::vector<double> samplesMs(int count, const std::function<void()> &work)
{
    std::vector<double> samples;
    samples.reserve(std::size_t(count));
    for (int i = 0; i < count; ++i)
        samples.push_back(timeMs(work));
    return samples;
}

// The nearest-rank percentile (p in 0..100) of the samples.
inline double percentile(std::vector<double> samples, double p)
{
    if (samples.empty())
        return NAN;
    std::sort(samples.begin(), samples.end());
    const auto rank = std::size_t(std::ceil(p / 100.0 * double(samples.size())));
    return samples[std::clamp<std::size_t>(rank, 1, samples.size()) - 1];
}

// One printed line: a figure, the floor it is compared with, and its target.
struct Figure
{
    QString name;
    double value = NAN;
    QString unit;
    double floor = NAN; // NAN: no floor for this figure
    double maxRatio = NAN;
    double maxValue = NAN;
    // From the normal to ten times the data (scripts/bench --scale 10); NAN: no target.
    double maxGrowth = NAN;

    double ratio() const { return floor > 0 ? value / floor : NAN; }
    bool met() const
    {
        return (std::isnan(maxRatio) || ratio() <= maxRatio) &&
               (std::isnan(maxValue) || value <= maxValue);
    }
};

} // namespace dialoog::bench
