// The summary's print preview as the user meets it: the first page at once, zoom and
// fit, paging with the keyboard, every page at once, Print and Export as PDF giving the
// pages shown, Esc to close, and pages that look like the PDF's.
#include "finishedconversation.h"
#include "gui/platform/filedialogs.h"
#include "gui/summary/pageview.h"
#include "gui/summary/summarypreview.h"
#include "report/pagedecor.h"
#include "report/summarybuilder.h"
#include "report/summarypages.h"
#include "report/summaryprinter.h"
#include "services/settings.h"

#include <QAction>
#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QProcess>
#include <QScrollBar>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <catch2/catch.hpp>
#include <cmath>

using namespace dialoog;

namespace {

SummaryDocument longSummary()
{
    ConversationRecord r = test::finishedConversation();
    r.conversation.summary = QStringLiteral("We talked about the year ahead.");
    for (int i = 1; i <= 90; ++i) {
        r.actionItems.push_back(ActionItem{i,
                                           10,
                                           QStringLiteral("ITEM%1 follow up").arg(i),
                                           Owner::Manager,
                                           {},
                                           QDate(2026, 5, 1),
                                           {},
                                           ActionStatus::Open,
                                           0,
                                           0});
        r.notes.push_back(Note{i, 10, Phase::WrapUp, QDateTime(QDate(2026, 3, 12), QTime(10, 0)),
                               QStringLiteral("NOTE%1 said in passing, and a little more to "
                                              "say about it so that it fills a line.")
                                   .arg(i),
                               false});
    }
    SummaryOptions options;
    options.managerName = QStringLiteral("Marieke Bos");
    options.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    options.includePrivateNotes = true;
    return buildSummary(r, 0, options);
}

// The printer as the Summary menu sets it up.
void setUp(QPrinter &printer)
{
    setUpPage(printer, QLocale(QLocale::English, QLocale::UnitedKingdom));
    printer.setResolution(kPrintResolution);
    printer.setDocName(QStringLiteral("Summary"));
}

struct Preview
{
    SummaryDocument summary = longSummary();
    QPrinter printer{QPrinter::HighResolution};
    Settings settings;
    std::unique_ptr<SummaryPreview> dialog;

    Preview()
    {
        setUp(printer);
        dialog = std::make_unique<SummaryPreview>(summary, printer, settings);
        dialog->resize(800, 700);
        dialog->show();
        REQUIRE(QTest::qWaitForWindowExposed(dialog.get()));
    }
    PageView &view() const { return *dialog->pageView(); }
    int pageShown() const
    {
        return dialog->findChild<QSpinBox *>(QStringLiteral("pageNumber"))->value();
    }
    QString zoomShown() const
    {
        return dialog->findChild<QLabel *>(QStringLiteral("zoom"))->text();
    }
    QAction *action(const char *name) const
    {
        auto *found = dialog->findChild<QAction *>(QLatin1String(name));
        REQUIRE(found);
        return found;
    }
    void key(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) const
    {
        QTest::keyClick(&view(), Qt::Key(key), modifiers);
        QApplication::processEvents();
    }
};

QStringList pdfPages(const QString &pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    QStringList pages = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\f'));
    pages.removeLast(); // after the last form feed
    return pages;
}

QImage pdfPageImage(const QString &pdf, int page, const QString &folder)
{
    const QString prefix = folder + QStringLiteral("/page");
    QProcess process;
    process.start(QStringLiteral("pdftoppm"),
                  {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("80"),
                   QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                   QString::number(page), QStringLiteral("-singlefile"), pdf, prefix});
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QImage(prefix + QStringLiteral(".png"));
}

// How far two page images differ, 0 (the same) to 255: grey levels after both are
// scaled down, so anti-aliasing differences between two renderers do not count but a
// line of text in another place does.
double difference(const QImage &a, const QImage &b)
{
    const QSize small(a.width() / 4, a.height() / 4);
    const QImage x = a.convertToFormat(QImage::Format_Grayscale8)
                         .scaled(small, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const QImage y = b.convertToFormat(QImage::Format_Grayscale8)
                         .scaled(small, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    double sum = 0;
    for (int row = 0; row < small.height(); ++row) {
        for (int column = 0; column < small.width(); ++column)
            sum += std::abs(qGray(x.pixel(column, row)) - qGray(y.pixel(column, row)));
    }
    return sum / (small.width() * small.height());
}

} // namespace

TEST_CASE("the print preview opens on the first page, fitted to the window's width, and pages "
          "with PgDown, PgUp, Ctrl+End and Ctrl+Home")
{
    Preview p;
    const int pages = p.view().pageCount();
    REQUIRE(pages >= 4);
    CHECK(p.pageShown() == 1);
    CHECK(p.dialog->findChild<QLabel *>(QStringLiteral("pageCount"))->text() ==
          QStringLiteral("of %1").arg(pages));
    CHECK(p.action("fitWidth")->isChecked());
    CHECK(std::abs(p.view().pageRect(0).width() - (p.view().viewport()->width() - 32)) <= 1);
    CHECK_FALSE(p.action("previousPage")->isEnabled());

    p.key(Qt::Key_PageDown);
    CHECK(p.pageShown() == 2);
    CHECK(p.view().pageRect(1).top() == 16); // its top at the top of the window
    p.key(Qt::Key_PageDown);
    CHECK(p.pageShown() == 3);
    p.key(Qt::Key_PageUp);
    CHECK(p.pageShown() == 2);
    p.key(Qt::Key_End, Qt::ControlModifier);
    CHECK(p.pageShown() == pages);
    CHECK_FALSE(p.action("nextPage")->isEnabled());
    p.key(Qt::Key_Home, Qt::ControlModifier);
    CHECK(p.pageShown() == 1);

    // Scrolling by hand: the number follows the page in the middle of the window.
    p.view().verticalScrollBar()->setValue(p.view().pageRect(2).top() - p.view().pageRect(0).top());
    QApplication::processEvents();
    CHECK(p.pageShown() == 3);
}

TEST_CASE("Ctrl++ and Ctrl+- zoom the pages in and out and show the zoom, and Fit Page shows "
          "a whole page")
{
    Preview p;
    const int width = p.view().pageRect(0).width();
    const QString fitted = p.zoomShown();
    p.key(Qt::Key_Plus, Qt::ControlModifier);
    CHECK(std::abs(p.view().pageRect(0).width() - width * 1.25) <= 2);
    CHECK_FALSE(p.action("fitWidth")->isChecked());
    CHECK(p.zoomShown() == QStringLiteral("%1 %").arg(qRound(p.view().zoom() * 100)));
    CHECK(p.zoomShown() != fitted);
    p.key(Qt::Key_Minus, Qt::ControlModifier);
    p.key(Qt::Key_Minus, Qt::ControlModifier);
    CHECK(std::abs(p.view().pageRect(0).width() - width / 1.25) <= 2);

    p.action("fitPage")->trigger();
    CHECK(p.action("fitPage")->isChecked());
    const QRect page = p.view().pageRect(p.view().currentPage());
    CHECK(page.height() <= p.view().viewport()->height());
    CHECK(page.height() >= p.view().viewport()->height() - 40);
}

TEST_CASE("All Pages shows every page in the window at once, and One Page goes back to reading")
{
    Preview p;
    p.action("allPages")->trigger();
    const QRect window = p.view().viewport()->rect();
    for (int page = 0; page < p.view().pageCount(); ++page) {
        INFO("page " << page + 1);
        CHECK(window.contains(p.view().pageRect(page)));
    }
    CHECK(p.view().pageRect(1).top() == p.view().pageRect(0).top()); // side by side
    p.action("singlePage")->trigger();
    CHECK(p.action("fitWidth")->isChecked());
    CHECK(p.view().pageRect(1).top() > p.view().pageRect(0).bottom());
}

TEST_CASE("Export as PDF from the preview writes the pages shown, the same as the Summary's "
          "PDF export, and they look as the preview shows them")
{
    Preview p;
    QTemporaryDir dir;
    const QString fromPreview = dir.filePath(QStringLiteral("preview.pdf"));
    FileDialogs::setNextSaveFileName(fromPreview);
    p.action("exportPdf")->trigger();
    const QString exported = dir.filePath(QStringLiteral("export.pdf"));
    QString error;
    REQUIRE(writeSummary(p.summary, exported, QLocale(QLocale::English, QLocale::UnitedKingdom),
                         &error));

    const QStringList shown = pdfPages(fromPreview);
    CHECK(shown.size() == p.view().pageCount());
    CHECK(shown == pdfPages(exported));

    // The preview's first page at 80 dpi against poppler's rendering of the PDF's.
    p.dialog->resize(800, 1100); // the whole page in sight
    QApplication::processEvents();
    p.view().setZoom(80.0 / p.view().logicalDpiX());
    p.view().setCurrentPage(0);
    QApplication::processEvents();
    const QImage first = p.view().viewport()->grab(p.view().pageRect(0)).toImage();
    const QImage pdfFirst = pdfPageImage(exported, 1, dir.path());
    const QImage pdfSecond = pdfPageImage(exported, 2, dir.path());
    REQUIRE(std::abs(first.width() - pdfFirst.width()) <= 1);
    REQUIRE(std::abs(first.height() - pdfFirst.height()) <= 1);
    REQUIRE(p.view().viewport()->rect().contains(p.view().pageRect(0)));
    const QImage page = first.scaled(pdfFirst.size());
    const double same = difference(page, pdfFirst);
    const double other = difference(page, pdfSecond);
    INFO("against its own page " << same << ", against the next " << other);
    // Qt and poppler anti-alias a little differently (about 5 of 255 here); a page
    // with its lines elsewhere differs three times as much.
    CHECK(same < 6);
    CHECK(other > 3 * same);
}

TEST_CASE("Print… prints the pages shown and closes the preview")
{
    Preview p;
    QTemporaryDir dir;
    const QString printed = dir.filePath(QStringLiteral("printed.pdf"));
    p.printer.setOutputFormat(QPrinter::PdfFormat);
    p.printer.setOutputFileName(printed);
    bool answered = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<QPrintDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        answered = true;
        dialog->accept();
    });
    p.action("print")->trigger();
    CHECK(answered);
    CHECK_FALSE(p.dialog->isVisible()); // printed: the preview has done its work
    const QStringList pages = pdfPages(printed);
    CHECK(pages.size() == p.view().pageCount());
    CHECK(pages.first().contains(QStringLiteral("ITEM1 follow up")));
    CHECK(pages.last().contains(QStringLiteral("page %1 of %1").arg(p.view().pageCount())));
}

TEST_CASE("Esc closes the preview, which opens again at the size it was left at")
{
    QSize left;
    {
        Preview p;
        p.dialog->resize(640, 520);
        QApplication::processEvents();
        left = p.dialog->size();
        p.key(Qt::Key_Escape);
        CHECK_FALSE(p.dialog->isVisible());
        CHECK(p.dialog->result() == QDialog::Rejected);
    }
    Settings settings;
    QPrinter printer(QPrinter::HighResolution);
    setUp(printer);
    SummaryPreview again(longSummary(), printer, settings);
    CHECK(again.size() == left);
}
