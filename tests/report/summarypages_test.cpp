// The printed summary read back the way a reader sees it: poppler's text of each PDF
// page. A page must not end in a heading, and no action item is parted from its owner
// and due date.
#include "finishedconversation.h"
#include "report/summarybuilder.h"
#include "report/summaryprinter.h"
#include "report/summaryrenderers.h"
#include "store/demodata.h"
#include "store/store.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <algorithm>
#include <catch2/catch.hpp>

using namespace dialoog;

namespace {

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(120000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC); // ligatures ("ﬁ") as letters
}

// Writes the summary to PDF the way the application does.
QString writePdf(const QTemporaryDir &dir, const SummaryDocument &summary)
{
    const QString pdf = dir.filePath(QStringLiteral("summary.pdf"));
    QString error;
    REQUIRE(writeSummary(summary, pdf,
                         summary.language == QLatin1String("nl")
                             ? QLocale(QLocale::Dutch, QLocale::Netherlands)
                             : QLocale(QLocale::English, QLocale::UnitedKingdom),
                         &error));
    return pdf;
}

// One entry per page: its body lines (footer and trailing blank lines removed), each
// with its spaces collapsed.
std::vector<QStringList> pageBodies(const QString &pdf, const SummaryDocument &summary)
{
    QStringList pages =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")})
            .split(QLatin1Char('\f'));
    pages.removeLast(); // after the last form feed
    std::vector<QStringList> bodies;
    for (const QString &page : pages) {
        QStringList lines;
        for (const QString &line : page.split(QLatin1Char('\n')))
            lines << line.simplified();
        while (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        REQUIRE(!lines.isEmpty());
        INFO(lines.last().toStdString());
        REQUIRE(lines.last().startsWith(summary.footerLeft)); // the footer
        lines.removeLast();
        while (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        lines.removeAll(QString());
        bodies.push_back(lines);
    }
    return bodies;
}

QStringList headingsOf(const SummaryDocument &summary)
{
    QStringList titles;
    for (const SummaryDocument::Section &section : summary.sections)
        titles << section.title;
    return titles;
}

// Questions head their answers as headings head sections.
QStringList questionsOf(const SummaryDocument &summary)
{
    QStringList questions;
    for (const SummaryDocument::Section &section : summary.sections) {
        for (const SummaryDocument::Block &block : section.blocks) {
            if (const auto *qa = std::get_if<SummaryDocument::QuestionAnswer>(&block))
                questions << qa->question.simplified();
        }
    }
    return questions;
}

// A page that ends in a heading (or a question) strands the heading away from what it
// heads.
void checkNoPageEndsInAHeading(const std::vector<QStringList> &bodies,
                               const SummaryDocument &summary)
{
    const QStringList headings = headingsOf(summary) + questionsOf(summary);
    for (std::size_t page = 0; page + 1 < bodies.size(); ++page) {
        const QStringList &body = bodies[page];
        INFO("page " << page + 1 << " of " << bodies.size() << " ends in: "
                     << body.mid(body.size() - 3).join(QStringLiteral(" / ")).toStdString());
        CHECK_FALSE(headings.contains(body.last()));
    }
}

// Each action item reads, on one page, as its text followed by its owner, due date and
// status, each after its column's name ("Owner: Manager · Due: 01/05/2026 · …").
void checkActionItemsWhole(const std::vector<QStringList> &bodies, const SummaryDocument &summary)
{
    std::vector<QString> pages;
    for (const QStringList &body : bodies)
        pages.push_back(body.join(QLatin1Char(' ')).simplified());
    for (const SummaryDocument::Section &section : summary.sections) {
        for (const SummaryDocument::Block &block : section.blocks) {
            const auto *table = std::get_if<SummaryDocument::Table>(&block);
            if (!table)
                continue;
            for (const QStringList &row : table->rows) {
                QStringList details;
                for (qsizetype column = 1; column < row.size(); ++column) {
                    if (!row[column].isEmpty())
                        details << table->headers[column] + QStringLiteral(": ") + row[column];
                }
                const QString item =
                    (row.front() + QLatin1Char(' ') + details.join(QStringLiteral(" \u00b7 ")))
                        .simplified();
                INFO(item.toStdString());
                CHECK(std::any_of(pages.begin(), pages.end(),
                                  [&item](const QString &page) { return page.contains(item); }));
            }
        }
    }
}

// Checks the pages and returns their text (without footers), one line per line.
QString checkPages(const SummaryDocument &summary, int *pageCount = nullptr)
{
    QTemporaryDir dir;
    const std::vector<QStringList> bodies = pageBodies(writePdf(dir, summary), summary);
    checkNoPageEndsInAHeading(bodies, summary);
    checkActionItemsWhole(bodies, summary);
    if (pageCount)
        *pageCount = int(bodies.size());
    QString text;
    for (const QStringList &body : bodies)
        text += body.join(QLatin1Char('\n')) + QLatin1Char('\n');
    return text;
}

// A line of text as poppler finds it on a page, in points from the page's top.
struct TextLine
{
    int page = 0;
    qreal top = 0;
    qreal bottom = 0;
    QString text;
};

std::vector<TextLine> textLines(const QString &pdf)
{
    QXmlStreamReader xml(run(QStringLiteral("pdftotext"),
                             {QStringLiteral("-bbox-layout"), pdf, QStringLiteral("-")}));
    std::vector<TextLine> lines;
    int page = -1;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes at = xml.attributes();
        if (xml.name() == QLatin1String("page")) {
            ++page;
        } else if (xml.name() == QLatin1String("line")) {
            lines.push_back(TextLine{page,
                                     at.value(QLatin1String("yMin")).toDouble(),
                                     at.value(QLatin1String("yMax")).toDouble(),
                                     {}});
        } else if (xml.name() == QLatin1String("word")) {
            QString &text = lines.back().text;
            text += (text.isEmpty() ? QString() : QStringLiteral(" ")) + xml.readElementText();
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return lines;
}

// The white space between each heading and the text above it and below it, in points,
// where that text is on the heading's page. Adds a line per heading to `report`.
void headingSpaces(const std::vector<TextLine> &lines, const QStringList &headings,
                   std::vector<qreal> &above, std::vector<qreal> &below, QString &report)
{
    for (const TextLine &heading : lines) {
        if (!headings.contains(heading.text))
            continue;
        qreal before = -1;
        qreal after = 1e9;
        for (const TextLine &line : lines) {
            if (line.page != heading.page)
                continue;
            if (line.bottom <= heading.top + 0.5)
                before = std::max(before, line.bottom);
            if (line.top >= heading.bottom - 0.5)
                after = std::min(after, line.top);
        }
        if (before >= 0)
            above.push_back(heading.top - before);
        if (after < 1e9)
            below.push_back(after - heading.bottom);
        report += QStringLiteral("\n%1: %2 pt above, %3 pt below")
                      .arg(heading.text)
                      .arg(heading.top - before)
                      .arg(after - heading.bottom);
    }
}

SummaryOptions options()
{
    SummaryOptions o;
    o.managerName = QStringLiteral("Marieke Bos");
    o.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    o.includePrivateNotes = true;
    return o;
}

// The demo conversation whose summary is longest.
SummaryDocument longestDemoSummary(Store &store)
{
    SummaryDocument longest;
    qsizetype length = -1;
    for (const Employee &employee : store.employees().all()) {
        for (const Conversation &conversation : store.conversations().forEmployee(employee.id)) {
            SummaryDocument summary = buildSummary(store, conversation.id, options());
            const qsizetype size = summaryToPlainText(summary).size();
            if (size > length) {
                length = size;
                longest = std::move(summary);
            }
        }
    }
    return longest;
}

ConversationRecord baseRecord()
{
    ConversationRecord r = test::finishedConversation();
    r.conversation.summary = QStringLiteral("We talked about the year ahead.");
    r.conversation.nextFollowUp = QDate(2026, 9, 1);
    return r;
}

// Every third item wraps over a few lines, so the items' lengths differ and a page's foot
// falls at every place in an item somewhere in a long list.
ActionItem actionItem(int i)
{
    const QString more = i % 3 == 1
                             ? QStringLiteral(" with the team and the customer").repeated(i % 4 + 2)
                             : QString();
    return ActionItem{i,
                      10,
                      QStringLiteral("ITEM%1 follow up").arg(i, 4, 10, QLatin1Char('0')) + more,
                      Owner::Manager,
                      {},
                      QDate(2026, 5, 1),
                      {},
                      ActionStatus::Open,
                      0,
                      0};
}

} // namespace

TEST_CASE("no page of the demo's longest summary ends in a heading; its action items read whole, "
          "each with its owner and due date")
{
    QTemporaryDir dir;
    Store store(dir.filePath(QStringLiteral("demo.sqlite")), Store::Open::CreateIfMissing);
    fillDemoData(store, QDate(2026, 6, 1));
    const SummaryDocument summary = longestDemoSummary(store);
    REQUIRE(summary.sections.size() > 5);
    int pages = 0;
    checkPages(summary, &pages);
    CHECK(pages >= 2);
}

TEST_CASE("no page of a 1,000-item summary ends in a heading or parts an action item from its "
          "owner and due date")
{
    ConversationRecord r = baseRecord();
    for (int i = 1; i <= 1000; ++i) {
        r.actionItems.push_back(actionItem(i));
        r.notes.push_back(Note{i, 10, Phase::WrapUp, QDateTime(QDate(2026, 3, 12), QTime(10, 0)),
                               QStringLiteral("NOTE%1 said in passing").arg(i), false});
        r.answers.push_back(Answer{i, 10, i, QStringLiteral("ANSWER%1").arg(i)});
        r.questions.push_back(Question{i, QStringLiteral("en"),
                                       QStringLiteral("QUESTION%1, asked today?").arg(i), true, i});
    }
    int pages = 0;
    const QString text = checkPages(buildSummary(r, 0, options()), &pages);
    CHECK(pages > 40);
    // Moving headings to the next page lays the rest out again: nothing may get lost.
    for (int i = 1; i <= 1000; ++i) {
        for (const QString &item :
             {QStringLiteral("QUESTION%1, asked today?\nANSWER%1\n").arg(i),
              QStringLiteral("NOTE%1 said in passing\n").arg(i),
              QStringLiteral("ITEM%1 follow up").arg(i, 4, 10, QLatin1Char('0'))}) {
            if (!text.contains(item)) {
                FAIL_CHECK("missing " << item.toStdString());
                return;
            }
        }
    }
}

TEST_CASE("every heading of the printout has the same space above it and the same below it, "
          "whatever comes before or after")
{
    QTemporaryDir dir;
    Store store(dir.filePath(QStringLiteral("demo.sqlite")), Store::Open::CreateIfMissing);
    fillDemoData(store, QDate(2026, 6, 1));
    const SummaryDocument summary = longestDemoSummary(store);
    std::vector<qreal> above, below;
    QString report;
    headingSpaces(textLines(writePdf(dir, summary)), headingsOf(summary), above, below, report);
    INFO(report.toStdString());
    REQUIRE(above.size() + 2 >= summary.sections.size()); // all but those heading a page
    REQUIRE(below.size() + 1 >= summary.sections.size());
    const auto [fewestAbove, mostAbove] = std::minmax_element(above.begin(), above.end());
    const auto [fewestBelow, mostBelow] = std::minmax_element(below.begin(), below.end());
    INFO("above: " << *fewestAbove << " to " << *mostAbove << " pt; below: " << *fewestBelow
                   << " to " << *mostBelow << " pt");
    // Measured from text to text: a table cell's padding adds a little (about 1 pt).
    CHECK(*mostAbove - *fewestAbove < 1.5);
    CHECK(*mostBelow - *fewestBelow < 1.5);
    CHECK(*fewestAbove > 2 * *mostBelow); // a heading belongs to what follows it
}

TEST_CASE("whatever the length of what comes before, no page ends in a heading")
{
    // Each extra agreement moves the headings after it down by one line, so one of these
    // lengths brings each heading to the foot of page 1 or 2.
    ConversationRecord r = baseRecord();
    r.actionItems = {actionItem(1), actionItem(2), actionItem(3)};
    r.notes = {Note{1, 10, Phase::WrapUp, QDateTime(QDate(2026, 3, 12), QTime(10, 0)),
                    QStringLiteral("A note"), false}};
    for (int count = 30; count <= 90; ++count) {
        r.agreements.clear();
        for (int i = 1; i <= count; ++i)
            r.agreements.push_back(Agreement{i, 10, QStringLiteral("AGREEMENT %1").arg(i)});
        INFO(count << " agreements");
        checkPages(buildSummary(r, 0, options()));
    }
}

namespace {

// A word as poppler finds it on the page, and whether it begins a line of text there.
struct Word
{
    qreal left = 0;
    qreal right = 0;
    QString text;
    bool beginsLine = false;
};

std::vector<Word> wordsOf(const QString &pdf)
{
    QXmlStreamReader xml(run(QStringLiteral("pdftotext"),
                             {QStringLiteral("-bbox-layout"), pdf, QStringLiteral("-")}));
    std::vector<Word> words;
    bool lineBegins = false;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes at = xml.attributes();
        if (xml.name() == QLatin1String("line")) {
            lineBegins = true;
        } else if (xml.name() == QLatin1String("word")) {
            const qreal left = at.value(QLatin1String("xMin")).toDouble();
            const qreal right = at.value(QLatin1String("xMax")).toDouble();
            words.push_back(Word{left, right, xml.readElementText(), lineBegins});
            lineBegins = false;
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return words;
}

// A summary of one label–value grid: a short row, then a long label over a long value.
SummaryDocument gridSummary(const QString &longLabel)
{
    SummaryDocument summary;
    summary.title = QStringLiteral("Ontwikkelgesprek");
    summary.subtitle = QStringLiteral("Sanne de Vries");
    summary.header.rows.emplace_back(QStringLiteral("Naam"), QStringLiteral("KORT"));
    QStringList words;
    for (int i = 1; i <= 80; ++i)
        words << QStringLiteral("woord%1").arg(i);
    summary.header.rows.emplace_back(longLabel, words.join(QLatin1Char(' ')));
    summary.footerLeft = QStringLiteral("Vertrouwelijk");
    summary.pageLabel = QStringLiteral("pagina %1 van %2");
    summary.language = QStringLiteral("nl");
    return summary;
}

// Where the values of the grid begin, after checking that every line of the long value
// begins there and that the label ends before it.
qreal valueColumn(const SummaryDocument &summary)
{
    QTemporaryDir dir;
    const std::vector<Word> words = wordsOf(writePdf(dir, summary));
    const auto short_ = std::find_if(words.begin(), words.end(),
                                     [](const Word &w) { return w.text == QLatin1String("KORT"); });
    REQUIRE(short_ != words.end());
    const qreal column = short_->left;
    const QString lastLabelWord = summary.header.rows[1].first.split(QLatin1Char(' ')).last();
    int valueLines = 0;
    for (const Word &word : words) {
        INFO(word.text.toStdString() << " at " << word.left << " pt, values at " << column);
        if (word.text == lastLabelWord)
            CHECK(word.right < column - 5);
        if (!word.text.startsWith(QLatin1String("woord")))
            continue;
        CHECK(word.left > column - 0.5);
        if (word.beginsLine) {
            CHECK(std::abs(word.left - column) < 0.5);
            ++valueLines;
        }
    }
    CHECK(valueLines >= 3);
    return column;
}

} // namespace

TEST_CASE("a long value wraps under itself, clear of its grid's widest label, however long the "
          "labels are")
{
    const qreal shortLabels = valueColumn(gridSummary(QStringLiteral("Doel")));
    const qreal longLabels =
        valueColumn(gridSummary(QStringLiteral("Afspraken over ontwikkeling en loopbaan")));
    CHECK(longLabels > shortLabels + 50); // measured, not a fixed column
}
