#pragma once

#include "summarydocument.h"

#include <QRectF>
#include <QSizeF>
#include <memory>
#include <vector>

class QPaintDevice;
class QTextDocument;

namespace dialoog {

// The summary set in Qt's rich text on pages of `page` (in the pixels of `device`), the
// way it is printed: one space above and one below every section heading, whatever is
// around it, and every heading (and every question) on the same page as the first two
// lines or table rows it heads. A paragraph marked kKeepLinesTogether (an action item
// and its owner and due date) is kept on one page.
// Its bulleted lists draw no bullets of their own: bulletDiscs says where they go, so the
// pages paint them, each page's in one go.
std::unique_ptr<QTextDocument> layOutSummary(const SummaryDocument &summary, QPaintDevice *device,
                                             const QSizeF &page);

// The discs of the laid-out summary's bulleted lists, in document coordinates, where and
// as large as Qt's rich text draws a disc bullet.
std::vector<QRectF> bulletDiscs(const QTextDocument &document);

} // namespace dialoog
