#include "summarylayout.h"

#include "pagedecor.h"
#include "summarytext.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>
#include <climits>
#include <cmath>
#include <vector>

namespace dialoog {
namespace {

// Space above and below a section heading in CSS pixels (1/96 inch), the unit Qt's rich
// text gives margins in; the HTML style sheet says the same in points (13.5pt, 4.5pt).
constexpr qreal kAbove = 18;
constexpr qreal kBelow = 6;
// A heading is kept with this many lines or table rows of what it heads.
constexpr std::size_t kKeptWithHeading = 2;

// One item of the document's top level: a paragraph (or list item) or a table.
struct Item
{
    QTextBlock block;
    QTextFrame *frame = nullptr;
};

std::vector<Item> topLevelItems(const QTextDocument &document)
{
    std::vector<Item> items;
    for (auto it = document.rootFrame()->begin(); !it.atEnd(); ++it)
        items.push_back(Item{it.currentBlock(), it.currentFrame()});
    return items;
}

// 2: a section's title; 3: a question over its answer; 0: not a heading.
int headingLevel(const Item &item)
{
    return item.frame ? 0 : item.block.blockFormat().headingLevel();
}

bool isHeading(const Item &item)
{
    return headingLevel(item) == 2;
}

void setBlockMargins(const QTextBlock &block, qreal top, qreal bottom)
{
    QTextBlockFormat format;
    if (top >= 0)
        format.setTopMargin(top);
    if (bottom >= 0)
        format.setBottomMargin(bottom);
    QTextCursor(block).mergeBlockFormat(format);
}

void setFrameMargins(QTextFrame *frame, qreal top, qreal bottom)
{
    QTextFrameFormat format = frame->frameFormat();
    if (top >= 0)
        format.setTopMargin(top);
    if (bottom >= 0)
        format.setBottomMargin(bottom);
    frame->setFrameFormat(format);
}

// Qt's rich text collapses the margins of neighbouring paragraphs, but drops a
// paragraph's top margin after a table, and a paragraph's bottom margin before one.
// So the space around a heading is put on whichever side counts: the heading's own
// margins, the table's margin, and none on the paragraph beside it.
void applyHeadingRhythm(const std::vector<Item> &items)
{
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (!isHeading(items[i]))
            continue;
        setBlockMargins(items[i].block, kAbove, kBelow);
        if (i > 0) {
            const Item &before = items[i - 1];
            if (before.frame)
                setFrameMargins(before.frame, -1, kAbove);
            else
                setBlockMargins(before.block, -1, 0);
        }
        if (i + 1 < items.size()) {
            const Item &after = items[i + 1];
            if (after.frame)
                setFrameMargins(after.frame, kBelow, -1);
            else
                setBlockMargins(after.block, 0, -1);
        }
    }
}

// The page a vertical position of the laid-out document falls on.
int pageOf(qreal y, qreal pageHeight)
{
    return int(std::floor((y + 0.5) / pageHeight));
}

// Adds the tops of the block's lines to `tops`, up to `count` lines in all.
void lineTops(const QAbstractTextDocumentLayout &layout, const QTextBlock &block,
              std::vector<qreal> &tops, std::size_t count = kKeptWithHeading)
{
    // Lines are placed relative to their block; one moved to the next page is placed lower.
    const qreal top = layout.blockBoundingRect(block).top();
    for (int line = 0; line < block.layout()->lineCount() && tops.size() < count; ++line)
        tops.push_back(top + block.layout()->lineAt(line).y());
}

// A header row is repeated on every page, so it is not what a heading is kept with.
void rowTops(const QAbstractTextDocumentLayout &layout, QTextTable *table, std::vector<qreal> &tops)
{
    for (int row = table->format().headerRowCount();
         row < table->rows() && tops.size() < kKeptWithHeading; ++row)
        lineTops(layout, table->cellAt(row, 0).firstCursorPosition().block(), tops,
                 tops.size() + 1); // a row counts once, however many lines
}

// Where the first lines or table rows under the heading at `index` begin. A question
// right under a section heading is passed over: the section's heading is kept with the
// lines the question is kept with, so keeping the question never strands the section's.
std::vector<qreal> headedTops(const QTextDocument &document, const std::vector<Item> &items,
                              std::size_t index)
{
    const QAbstractTextDocumentLayout &layout = *document.documentLayout();
    const int level = headingLevel(items[index]);
    std::vector<qreal> tops;
    for (std::size_t i = index + 1; i < items.size() && tops.size() < kKeptWithHeading; ++i) {
        const int next = headingLevel(items[i]);
        if (next > 0 && (next <= level || !tops.empty()))
            break;
        if (next > 0)
            continue;
        if (auto *table = qobject_cast<QTextTable *>(items[i].frame))
            rowTops(layout, table, tops);
        else if (items[i].frame)
            tops.push_back(layout.frameBoundingRect(items[i].frame).top());
        else if (items[i].block.length() > 1) // an empty paragraph shows nothing
            lineTops(layout, items[i].block, tops);
    }
    return tops;
}

// Whether the heading at `index` is to go to the next page: its first lines or rows went
// on to the next page without it.
bool headingStranded(const QTextDocument &document, const std::vector<Item> &items,
                     std::size_t index)
{
    const qreal height = document.pageSize().height();
    const std::vector<qreal> tops = headedTops(document, items, index);
    std::vector<qreal> heading;
    lineTops(*document.documentLayout(), items[index].block, heading);
    if (heading.empty() || tops.empty())
        return false;
    const int page = pageOf(heading.front(), height);
    const bool headsItsPage = heading.front() - page * height < 1; // nothing to gain
    return !headsItsPage && pageOf(tops.back(), height) != page;
}

// Whether the paragraph at `index`, to be kept whole, was parted over two pages.
bool linesParted(const QTextDocument &document, const Item &item)
{
    if (item.frame || !item.block.blockFormat().boolProperty(kKeepLinesTogether))
        return false;
    const qreal height = document.pageSize().height();
    std::vector<qreal> tops;
    lineTops(*document.documentLayout(), item.block, tops, std::size_t(INT_MAX));
    if (tops.size() < 2)
        return false;
    const int page = pageOf(tops.front(), height);
    const bool headsItsPage = tops.front() - page * height < 1; // too long for any page
    return !headsItsPage && pageOf(tops.back(), height) != page;
}

// Qt's rich text knows "page break before" but not "keep with next" or "keep together":
// a heading whose first lines or rows went on to the next page is sent after them, and
// so is a paragraph to be kept whole that was parted (with its heading right above it).
// Done from the first to the last, as each move shifts everything after it.
void keepWithNextAndTogether(QTextDocument &document, const std::vector<Item> &items)
{
    // Lay out every page first. Qt lays out lazily, and a block changed before the rest
    // was laid out leaves the blocks after it without lines, so without text.
    document.pageCount();
    for (std::size_t i = 0; i < items.size(); ++i) {
        std::size_t moved = i;
        if (headingLevel(items[i]) >= 2) { // the document's title heads page 1 anyway
            if (!headingStranded(document, items, i))
                continue;
        } else if (linesParted(document, items[i])) {
            if (i > 0 && isHeading(items[i - 1]))
                moved = i - 1;
        } else {
            continue;
        }
        QTextBlockFormat format;
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        format.setTopMargin(0);                                   // like any first line of a page
        QTextCursor(items[moved].block).mergeBlockFormat(format); // lays out what follows anew
    }
}

// Qt's text layout drops a paragraph's shaped glyphs once its lines are laid out, and
// shapes the text again when the page is painted. The pages are laid out once and then
// painted (the PDF every page, the preview each page it shows), so the glyphs are kept.
void keepShapedGlyphs(const QTextDocument &document)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
        block.layout()->setCacheEnabled(true);
}

} // namespace

std::unique_ptr<QTextDocument> layOutSummary(const SummaryDocument &summary, QPaintDevice *device,
                                             const QSizeF &page)
{
    auto document = std::make_unique<QTextDocument>();
    document->documentLayout()->setPaintDevice(device);
    // No page size while the document is built and its spaces are set: with one, each
    // of those changes laid out the rest of the document again (two thirds of the time
    // a summary took). It is laid out once, when it gets its page size.
    document->setPageSize(QSizeF(0, 0));
    // In the device's resolution, which every format's font takes from the default font:
    // Qt lays out and paints each run of text in a copy of its font for the device, and a
    // copy into another resolution drops the font engine found before, so each run looked
    // its engine up anew in the font database (5 M instructions of a 100-item PDF).
    document->setDefaultFont(device ? QFont(printFont(), device) : printFont());
    fillSummaryText(*document, summary);
    document->setDocumentMargin(0);
    const std::vector<Item> items = topLevelItems(*document);
    applyHeadingRhythm(items);
    keepShapedGlyphs(*document);
    document->setPageSize(page);
    keepWithNextAndTogether(*document, items);
    return document;
}

} // namespace dialoog
