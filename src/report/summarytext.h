#pragma once

#include "summarydocument.h"

#include <QTextFormat>

class QTextDocument;

namespace dialoog {

// A block property: the paragraph's lines are kept on one page (layOutSummary moves the
// paragraph to the next page rather than part them).
constexpr int kKeepLinesTogether = QTextFormat::UserProperty + 1;

// Fills an empty document with the summary, block by block, in the formats Qt's rich
// text gives the HTML of summaryToHtml (summaryrenderers.cpp). The printout is built
// this way because parsing that HTML and its style sheet was a tenth of a summary's time.
void fillSummaryText(QTextDocument &document, const SummaryDocument &summary);

} // namespace dialoog
