#pragma once

#include "summarydocument.h"

#include <QString>

namespace dialoog {

// A whole HTML page (UTF-8, with its own small style sheet). Qt's rich text reads the
// same HTML for printing, so the printout and the HTML file look alike.
QString summaryToHtml(const SummaryDocument &summary);

// Markdown (CommonMark with pipe tables), for pasting into notes, wikis and mail.
QString summaryToMarkdown(const SummaryDocument &summary);

// Plain text, for the clipboard and HR systems that take no formatting.
QString summaryToPlainText(const SummaryDocument &summary);

} // namespace dialoog
