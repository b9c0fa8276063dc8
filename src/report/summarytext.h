#pragma once

#include "summarydocument.h"

class QTextDocument;

namespace dialoog {

// Fills an empty document with the summary, block by block, in the formats Qt's rich
// text gives the HTML of summaryToHtml (summaryrenderers.cpp). The printout is built
// this way because parsing that HTML and its style sheet was a tenth of a summary's time.
void fillSummaryText(QTextDocument &document, const SummaryDocument &summary);

} // namespace dialoog
