#pragma once

#include "measure.h"

#include <QString>
#include <vector>

namespace dialoog::bench {

// The figures of one run as a file (one tab-separated line each), so that a run on the
// normal database and one on ten times the data can be set side by side.
void writeFigures(const QString &path, const std::vector<Figure> &figures);
std::vector<Figure> readFigures(const QString &path);

// Prints every figure of both runs with its growth, and the growth targets; returns the
// names of the figures whose growth missed its target.
QStringList compareScales(const std::vector<Figure> &one, const std::vector<Figure> &ten);

} // namespace dialoog::bench
