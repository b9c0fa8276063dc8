// The printout is built with QTextCursor in the formats Qt's rich text gives the HTML
// export; the two must say the same in the same formats, or print and export drift apart.
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

// What a reader sees of each paragraph: its text, heading level, spaces, list and font.
QStringList paragraphs(const QTextDocument &document)
{
    QStringList out;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
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
        if (!table)
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

} // namespace

TEST_CASE("the printout's document says what the HTML says, in the same formats, for every "
          "summary of the sample data")
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
            CHECK(built.toPlainText().trimmed().toStdString() ==
                  fromHtml.toPlainText().trimmed().toStdString());
            CHECK(paragraphs(built).join(QLatin1Char('\n')).toStdString() ==
                  paragraphs(fromHtml).join(QLatin1Char('\n')).toStdString());
            CHECK(tables(built).join(QLatin1Char('\n')).toStdString() ==
                  tables(fromHtml).join(QLatin1Char('\n')).toStdString());
            ++compared;
        }
    }
    CHECK(compared > 10);
}
