// The printout is built with QTextCursor in the formats Qt's rich text gives the HTML
// export; the two must say the same in the same formats, or print and export drift apart.
// The label–value grids and the action items are the exception: tables in the HTML, in
// the printout paragraphs that read the same (a sixth and a seventh of printing a summary
// went into laying out their tables).
#include "report/summarybuilder.h"
#include "report/summaryrenderers.h"
#include "report/summarytext.h"
#include "store/demodata.h"
#include "store/store.h"

#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>
#include <catch2/catch.hpp>

using namespace dialoog;

namespace {

// A grid's row or an action item as the printout's paragraph.
bool isRowParagraph(const QTextBlock &block)
{
    const QTextBlockFormat format = block.blockFormat();
    return !format.tabPositions().isEmpty() || format.boolProperty(kKeepLinesTogether);
}

bool inGridOrItems(const QTextBlock &block)
{
    // The HTML's signatures are a table of the printout too; its grids and items are the
    // tables without a set width or with a header row.
    const QTextTable *table = QTextCursor(block).currentTable();
    return isRowParagraph(block) ||
           (table && (table->format().width().type() == QTextLength::VariableLength ||
                      table->format().headerRowCount() > 0));
}

// What a reader sees of each paragraph: its text, heading level, spaces, list and font.
QStringList paragraphs(const QTextDocument &document)
{
    QStringList out;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        // The empty paragraph that closes the HTML's table takes no room; the one between
        // two tables is the space above the printout's second grid.
        const bool empty = block.length() == 1;
        if (inGridOrItems(block) ||
            (empty && block.previous().isValid() && inGridOrItems(block.previous())) ||
            (empty && block.next().isValid() && inGridOrItems(block.next())))
            continue;
        const QTextBlockFormat b = block.blockFormat();
        QString line = QStringLiteral("[h%1 top %2 bottom %3 list %4 table %5] ")
                           .arg(b.headingLevel())
                           .arg(b.topMargin())
                           .arg(b.bottomMargin())
                           .arg(block.textList() ? block.textList()->format().style() : 0)
                           .arg(QTextCursor(block).currentTable() != nullptr);
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            // The HTML importer keeps a space for the line break before </body>; it shows
            // nowhere.
            if (!block.next().isValid() && it.fragment().text().trimmed().isEmpty())
                continue;
            const QTextCharFormat c = it.fragment().charFormat();
            line += QStringLiteral("<%1pt %2 %3 %4>%5")
                        .arg(c.fontPointSize())
                        .arg(c.fontWeight())
                        .arg(c.foreground().color().name(), c.background().color().name(),
                             it.fragment().text());
        }
        out << line;
    }
    return out;
}

// Each table's columns, header rows, padding, width and the lines under its cells.
QStringList tables(const QTextDocument &document)
{
    QStringList out;
    for (auto it = document.rootFrame()->begin(); !it.atEnd(); ++it) {
        const auto *table = qobject_cast<QTextTable *>(it.currentFrame());
        if (!table || inGridOrItems(table->cellAt(0, 0).firstCursorPosition().block()))
            continue;
        const QTextTableFormat f = table->format();
        QString line = QStringLiteral("%1x%2 header %3 padding %4 spacing %5 width %6:")
                           .arg(table->rows())
                           .arg(table->columns())
                           .arg(f.headerRowCount())
                           .arg(f.cellPadding())
                           .arg(f.borderCollapse() ? 0 : f.cellSpacing()) // collapsing sets it to 0
                           .arg(f.width().rawValue());
        for (int row = 0; row < table->rows(); ++row) {
            for (int column = 0; column < table->columns(); ++column) {
                const QTextTableCellFormat c =
                    table->cellAt(row, column).format().toTableCellFormat();
                line += QStringLiteral(" %1/%2/%3")
                            .arg(c.topPadding())
                            .arg(c.bottomBorder())
                            .arg(c.background().color().name());
            }
        }
        out << line;
    }
    return out;
}

// Each row of the summary's grids and tables, in order, as its paragraph should read: a
// label, a tab and its value; an action, and under it the other columns after their names.
QStringList expectedRows(const SummaryDocument &summary)
{
    QStringList rows;
    const auto fields = [&rows](const SummaryDocument::Fields &f) {
        for (const auto &[label, value] : f.rows)
            rows << label + QLatin1Char('\t') +
                        QString(value).replace(QLatin1Char('\n'), QChar::LineSeparator);
    };
    fields(summary.header);
    for (const SummaryDocument::Section &section : summary.sections) {
        for (const SummaryDocument::Block &block : section.blocks) {
            if (const auto *f = std::get_if<SummaryDocument::Fields>(&block))
                fields(*f);
            const auto *table = std::get_if<SummaryDocument::Table>(&block);
            for (const QStringList &row : table ? table->rows : std::vector<QStringList>{}) {
                QStringList details;
                for (qsizetype column = 1; column < row.size(); ++column) {
                    if (!row[column].isEmpty())
                        details << table->headers[column] + QStringLiteral(": ") + row[column];
                }
                rows << row.front() + QChar::LineSeparator +
                            details.join(QStringLiteral("   \u00b7   "));
            }
        }
    }
    return rows;
}

// The rows as the printout holds them; a grid's wrapped values hang under their first
// line, which begins at the tab stop.
QStringList rowParagraphs(const QTextDocument &document)
{
    QStringList rows;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (!isRowParagraph(block))
            continue;
        const QTextBlockFormat format = block.blockFormat();
        if (!format.tabPositions().isEmpty()) {
            CHECK(format.leftMargin() > 0);
            CHECK(format.textIndent() == -format.leftMargin());
            CHECK(format.tabPositions().front().position == format.leftMargin());
        }
        rows << block.text();
    }
    return rows;
}

} // namespace

TEST_CASE("the printout's document says what the HTML says, in the same formats, its grids and "
          "action items as paragraphs, for every summary of the sample data")
{
    QTemporaryDir dir;
    Store store(dir.filePath(QStringLiteral("demo.sqlite")), Store::Open::CreateIfMissing);
    fillDemoData(store, QDate(2026, 6, 1));
    SummaryOptions options;
    options.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    options.includePrivateNotes = true;
    options.signatures = true;
    int compared = 0;
    for (const Employee &employee : store.employees().all()) {
        for (const Conversation &conversation : store.conversations().forEmployee(employee.id)) {
            const SummaryDocument summary = buildSummary(store, conversation.id, options);
            QTextDocument fromHtml;
            fromHtml.setHtml(summaryToHtml(summary));
            QTextDocument built;
            fillSummaryText(built, summary);
            INFO(summary.subtitle.toStdString());
            CHECK(rowParagraphs(built).join(QLatin1Char('\n')).toStdString() ==
                  expectedRows(summary).join(QLatin1Char('\n')).toStdString());
            CHECK(paragraphs(built).join(QLatin1Char('\n')).toStdString() ==
                  paragraphs(fromHtml).join(QLatin1Char('\n')).toStdString());
            CHECK(tables(built).join(QLatin1Char('\n')).toStdString() ==
                  tables(fromHtml).join(QLatin1Char('\n')).toStdString());
            ++compared;
        }
    }
    CHECK(compared > 10);
}
