#pragma once

#include "summarydocument.h"

#include <QPageSize>
#include <QString>
#include <vector>

class QPagedPaintDevice;
class QPainter;

namespace dialoog {

class SummaryPages;

// A4, or US Letter where the locale measures in inches.
QPageSize::PageSizeId defaultPageSize(const QLocale &locale);

// Lays the summary out on the device's pages, with the footer ("Confidential", the
// employee's name, "page X of Y") on every page. Returns the number of pages.
int paintSummary(const SummaryDocument &summary, QPagedPaintDevice &device);
// The same with a painter already active on the device.
int paintSummary(const SummaryDocument &summary, QPagedPaintDevice &device, QPainter &painter);
// Several summaries one after another, each starting on a new page. Returns the pages.
int paintSummaries(const std::vector<SummaryDocument> &summaries, QPagedPaintDevice &device);

enum class SummaryFormat
{
    Pdf,
    Html,
    Markdown,
    Unknown
};
SummaryFormat formatForPath(const QString &path);

// Writes the summary as the file's extension says (.pdf, .html/.htm, .md). An
// existing file is replaced only once the new one is complete. False: `error` says why.
bool writeSummary(const SummaryDocument &summary, const QString &path, const QLocale &locale,
                  QString *error);

// "Title - subtitle.pdf", without the characters file names cannot hold.
QString summaryFileName(const SummaryDocument &summary);

// Writes pages already laid out as a PDF, exactly as they are (the print preview's
// export), replacing `path` only once complete. False: `error` says why.
bool writeSummaryPdf(const SummaryPages &pages, const QString &title, const QString &path,
                     QString *error);

} // namespace dialoog
