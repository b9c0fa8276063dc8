#include "summarytext.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QScreen>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>
#include <QTextTable>
#include <algorithm>
#include <cmath>

namespace dialoog {
namespace {

// The colours and sizes of the HTML's style sheet (summaryrenderers.cpp), and the
// margins Qt's rich text gives its tags (in pixels of 1/96 inch; it takes none in pt).
const QColor kText(0x1a, 0x1a, 0x1a);
const QColor kHeading(0x24, 0x47, 0x6b);
constexpr qreal kParagraphMargin = 12;
// Space left of a value, as the grid's cells were padded (1 pixel each side).
constexpr qreal kRowPadding = 3;

QTextCharFormat textFormat(const QColor &color = kText, qreal pointSize = 10, bool bold = false)
{
    QTextCharFormat format;
    format.setForeground(color);
    format.setFontFamilies(
        QStringList{QStringLiteral("DejaVu Sans"), QStringLiteral("sans-serif")});
    format.setFontPointSize(pointSize);
    if (bold)
        format.setFontWeight(QFont::Bold);
    return format;
}

QTextCharFormat headingFormat(const QColor &color, qreal pointSize, int sizeAdjustment)
{
    QTextCharFormat format = textFormat(color, pointSize, true);
    format.setProperty(QTextFormat::FontSizeAdjustment, sizeAdjustment);
    return format;
}

QTextBlockFormat blockFormat(qreal top = 0, qreal bottom = 0, int headingLevel = 0)
{
    QTextBlockFormat format;
    format.setLayoutDirection(Qt::LeftToRight);
    if (top > 0)
        format.setTopMargin(top);
    if (bottom > 0)
        format.setBottomMargin(bottom);
    if (headingLevel > 0)
        format.setHeadingLevel(headingLevel);
    return format;
}

// Line breaks within a paragraph or cell, as <br> gives them.
QString lines(QString text)
{
    return text.replace(QLatin1Char('\n'), QChar::LineSeparator);
}

QString spaced(const QString &text, int spaces)
{
    return lines(text) + QString(spaces, QChar::Nbsp);
}

class Writer
{
public:
    explicit Writer(QTextDocument &document) : m_cursor(&document) {}

    void paragraph(const QTextBlockFormat &block, const QTextCharFormat &chars, const QString &text)
    {
        if (m_first) {
            m_cursor.setBlockFormat(block);
            m_cursor.setBlockCharFormat(chars);
        } else {
            m_cursor.insertBlock(block, chars);
        }
        m_first = false;
        m_afterTable = false;
        m_cursor.insertText(lines(text), chars);
    }

    // A paragraph of text as <p>: no space above it under a heading (the style sheet's
    // "h2 + *"), which the layout sets anyway.
    void text(const QString &text, const QTextCharFormat &chars = textFormat())
    {
        paragraph(blockFormat(m_afterHeading ? 0 : kParagraphMargin, kParagraphMargin), chars,
                  text);
        m_afterHeading = false;
    }

    // Under the title, with no space between ("margin-top: 0").
    void subtitle(const QString &text)
    {
        paragraph(blockFormat(0, kParagraphMargin), textFormat(QColor(0x44, 0x44, 0x44), 11), text);
    }

    void heading(const QString &title)
    {
        paragraph(blockFormat(0, 0, 2), headingFormat(kHeading, 12.5, 2), title);
        m_afterHeading = true;
    }

    void title(const QString &title)
    {
        paragraph(blockFormat(18, 0, 1), headingFormat(kText, 18, 3), title);
    }

    void bullets(const QStringList &items)
    {
        QTextList *list = nullptr;
        for (qsizetype i = 0; i < items.size(); ++i) {
            const bool last = i + 1 == items.size();
            paragraph(blockFormat(0, last ? kParagraphMargin : 0), textFormat(), items[i]);
            addToList(list);
        }
        m_afterHeading = false;
    }

    // Puts the paragraph just written into the bulleted list, begun if there is none.
    void addToList(QTextList *&list)
    {
        if (list) {
            list->add(m_cursor.block());
        } else {
            QTextListFormat format;
            format.setStyle(QTextListFormat::ListDisc);
            format.setIndent(1);
            list = m_cursor.createList(format);
        }
    }

    void questionAnswer(const SummaryDocument::QuestionAnswer &qa)
    {
        paragraph(blockFormat(0, 0, 3), headingFormat(kText, 10, 0), qa.question);
        paragraph(blockFormat(0, kParagraphMargin), textFormat(), qa.answer);
        m_afterHeading = false;
    }

    // A row of a grid or table as a paragraph, padded above and below: a grid right after
    // another (the goals) stands apart by a paragraph's space, as the two tables did by an
    // empty paragraph; neighbouring margins collapse.
    QTextBlockFormat rowFormat(std::size_t row, std::size_t rows, qreal padding) const
    {
        const qreal above = row > 0 ? 2 * padding : m_afterTable ? kParagraphMargin : padding;
        return blockFormat(above, row + 1 == rows ? padding : 0);
    }

    void fields(const SummaryDocument::Fields &fields);
    void grid(const SummaryDocument::Table &table);
    void signatures(const SummaryDocument::Signatures &signatures);

private:
    QTextTable *table(int rows, int columns, const QTextTableFormat &format);
    void cell(QTextTable *table, int row, int column, const QTextTableCellFormat &cellFormat,
              const QString &text, const QTextCharFormat &chars);

    QTextCursor m_cursor;
    bool m_first = true;
    bool m_afterTable = false;
    bool m_afterHeading = false;
};

QTextTableFormat tableFormat(int columns, qreal spacing, qreal padding,
                             const QList<QTextLength> &widths)
{
    QTextTableFormat format;
    format.setLayoutDirection(Qt::LeftToRight);
    format.setBorder(0);
    format.setMargin(0);
    format.setBorderBrush(QColor(0x80, 0x80, 0x80));
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Outset);
    // Not collapsed, unlike the HTML's tables: with no spacing between the cells the
    // lines under the rows look the same, and Qt's rich text looks every cell's neighbours
    // up again and again to collapse borders (a fifth of printing a summary).
    format.setBorderCollapse(false);
    format.setCellSpacing(spacing);
    format.setCellPadding(padding);
    format.setColumnWidthConstraints(widths);
    format.setProperty(QTextFormat::TableColumns, columns);
    return format;
}

QTextTableCellFormat cellFormat(const QTextCharFormat &chars)
{
    // Only what lays a cell out and paints it (its text carries its own font and colour):
    // Qt's table layout copies a cell's whole format each of the many times it reads it.
    QTextTableCellFormat format;
    if (chars.hasProperty(QTextFormat::TextVerticalAlignment))
        format.setVerticalAlignment(chars.verticalAlignment());
    if (chars.hasProperty(QTextFormat::BackgroundBrush))
        format.setBackground(chars.background());
    format.setPadding(0); // Qt's rich text takes no cell padding from CSS
    return format;
}

QTextTable *Writer::table(int rows, int columns, const QTextTableFormat &format)
{
    // A table that follows a table's closing paragraph gets a paragraph of its own first,
    // as an empty <p> between two tables gives.
    if (m_afterTable)
        m_cursor.insertBlock(blockFormat(kParagraphMargin, kParagraphMargin), QTextCharFormat());
    QTextTable *table = m_cursor.insertTable(rows, columns, format);
    m_first = false;
    m_afterTable = true;
    m_afterHeading = false;
    return table;
}

void Writer::cell(QTextTable *table, int row, int column, const QTextTableCellFormat &cellFormat,
                  const QString &text, const QTextCharFormat &chars)
{
    QTextTableCell cell = table->cellAt(row, column);
    QTextCursor cursor = cell.firstCursorPosition();
    QTextBlockFormat block = blockFormat();
    block.setAlignment(Qt::AlignLeft);
    cursor.setBlockFormat(block);
    cursor.insertText(text, chars);
    // The cell's format is its first paragraph's character format: set last, it stays.
    cell.setFormat(cellFormat);
}

// Rich text's own unit of length: Qt scales tab stops (and top and bottom margins) from
// it to the device, but takes left margins and indents in device pixels. Public API has
// no name for it, so this follows the rule of Qt's private qt_defaultDpiY().
int richTextDpi()
{
    if (QCoreApplication::testAttribute(Qt::AA_Use96Dpi))
        return 96;
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        return qRound(screen->logicalDotsPerInchY());
    return 100;
}

// How many of the layout's device pixels make one of rich text's pixels.
qreal deviceScale(const QTextDocument &document)
{
    const QPaintDevice *device = document.documentLayout()->paintDevice();
    return device ? device->logicalDpiY() / qreal(richTextDpi()) : 1.0;
}

// The label column's width in the layout's device pixels: the widest label and four
// spaces, measured in the labels' font on the device the document is laid out for, so
// longer labels (Dutch) push the values out.
qreal labelColumn(const QTextDocument &document, const SummaryDocument::Fields &fields,
                  const QTextCharFormat &label)
{
    QPaintDevice *device = document.documentLayout()->paintDevice();
    const QFont font = label.font().resolve(document.defaultFont());
    const QFontMetricsF metrics = device ? QFontMetricsF(font, device) : QFontMetricsF(font);
    qreal widest = 0;
    for (const auto &row : fields.rows)
        widest = std::max(widest, metrics.horizontalAdvance(spaced(row.first, 4)));
    return std::ceil(widest + kRowPadding * deviceScale(document));
}

// Each label and its value as one paragraph, the value from a tab stop after the widest
// label and wrapping under itself (a hanging indent), not under the label: it reads as
// the two-column grid it replaces, and Qt lays a paragraph out once where a table cell
// is laid out twice (a sixth of printing a summary). On one line, a label is never
// parted from its value at a page break.
void Writer::fields(const SummaryDocument::Fields &fields)
{
    const QTextCharFormat label = textFormat(QColor(0x55, 0x55, 0x55));
    const QTextCharFormat value = textFormat();
    const qreal column = labelColumn(*m_cursor.document(), fields, label);
    const std::size_t rows = fields.rows.size();
    for (std::size_t row = 0; row < rows; ++row) {
        // The grid's cells were padded by a pixel above and below.
        QTextBlockFormat format = rowFormat(row, rows, 1);
        format.setLeftMargin(column);
        format.setTextIndent(-column);
        format.setTabPositions(
            {QTextOption::Tab(column / deviceScale(*m_cursor.document()), QTextOption::LeftTab)});
        paragraph(format, label, fields.rows[row].first + QLatin1Char('\t'));
        m_cursor.insertText(lines(fields.rows[row].second), value);
    }
    m_afterTable = true;
    m_afterHeading = false;
}

void Writer::grid(const SummaryDocument::Table &t)
{
    const QTextCharFormat text = textFormat();
    const QTextCharFormat header = textFormat(QColor(0x55, 0x55, 0x55));
    const QString between = QStringLiteral("   \u00b7   ");
    QTextList *list = nullptr;
    for (std::size_t row = 0; row < t.rows.size(); ++row) {
        const QStringList &cells = t.rows[row];
        // The table's rows were padded by 3 pixels and had a line between them.
        QTextBlockFormat format = rowFormat(row, t.rows.size(), 3);
        format.setProperty(kKeepLinesTogether, true);
        paragraph(format, text, cells.value(0));
        addToList(list);
        bool first = true;
        for (qsizetype column = 1; column < cells.size() && column < t.headers.size(); ++column) {
            if (cells[column].trimmed().isEmpty())
                continue;
            m_cursor.insertText(first ? QString(QChar::LineSeparator) : between, header);
            m_cursor.insertText(t.headers[column] + QStringLiteral(": "), header);
            m_cursor.insertText(lines(cells[column]), text);
            first = false;
        }
    }
    m_afterTable = true;
    m_afterHeading = false;
}

void Writer::signatures(const SummaryDocument::Signatures &sig)
{
    const int columns = int(sig.names.size());
    if (columns == 0)
        return;
    // No spacing between the cells, as the HTML's collapsed borders gave.
    QTextTableFormat format = tableFormat(
        columns, 0, 0, QList<QTextLength>(columns, QTextLength(QTextLength::PercentageLength, 50)));
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QTextTable *grid = table(1, columns, format);
    const QTextCharFormat text = textFormat();
    const QString line = QStringLiteral("____________________");
    for (int column = 0; column < columns; ++column) {
        const QString content = sig.names[column] + QString(2, QChar::LineSeparator) +
                                sig.dateLabel + QStringLiteral(": ") + line +
                                QString(3, QChar::LineSeparator) + sig.signatureLabel +
                                QStringLiteral(": ") + line;
        cell(grid, 0, column, cellFormat(text), content, text);
    }
    m_cursor.movePosition(QTextCursor::End);
}

void writeBlock(Writer &writer, const SummaryDocument::Block &block)
{
    if (const auto *p = std::get_if<SummaryDocument::Paragraph>(&block))
        writer.text(p->text);
    else if (const auto *f = std::get_if<SummaryDocument::Fields>(&block))
        writer.fields(*f); // the empty paragraph after it is the table's closing one
    else if (const auto *b = std::get_if<SummaryDocument::Bullets>(&block))
        writer.bullets(b->items);
    else if (const auto *t = std::get_if<SummaryDocument::Table>(&block))
        writer.grid(*t);
    else if (const auto *qa = std::get_if<SummaryDocument::QuestionAnswer>(&block))
        writer.questionAnswer(*qa);
    else if (const auto *s = std::get_if<SummaryDocument::Signatures>(&block))
        writer.signatures(*s);
}

} // namespace

void fillSummaryText(QTextDocument &document, const SummaryDocument &summary)
{
    // Nothing of the building is to be undone, and the layout follows once, at the end.
    document.setUndoRedoEnabled(false);
    QTextCursor edit(&document);
    edit.beginEditBlock();
    Writer writer(document);
    writer.title(summary.title);
    writer.subtitle(summary.subtitle);
    if (!summary.notice.isEmpty())
        writer.text(summary.notice, textFormat(QColor(0x8a, 0x1f, 0x11), 10, true));
    writer.fields(summary.header);
    for (const SummaryDocument::Section &section : summary.sections) {
        writer.heading(section.title);
        for (const SummaryDocument::Block &block : section.blocks)
            writeBlock(writer, block);
    }
    edit.endEditBlock();
}

} // namespace dialoog
