#pragma once

#include "summarydocument.h"

#include <QSizeF>
#include <memory>

class QPaintDevice;
class QTextDocument;

namespace dialoog {

// The summary set in Qt's rich text on pages of `page` (in the pixels of `device`), the
// way it is printed: one space above and one below every section heading, whatever is
// around it, and every heading (and every question) on the same page as the first two
// lines or table rows it heads. A paragraph marked kKeepLinesTogether (an action item
// and its owner and due date) is kept on one page.
std::unique_ptr<QTextDocument> layOutSummary(const SummaryDocument &summary, QPaintDevice *device,
                                             const QSizeF &page);

} // namespace dialoog
