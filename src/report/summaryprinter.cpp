#include "summaryprinter.h"

#include "pagedecor.h"
#include "summarylayout.h"
#include "summaryrenderers.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace dialoog {

QPageSize::PageSizeId defaultPageSize(const QLocale &locale)
{
    return locale.measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter
                                                                   : QPageSize::A4;
}

int paintSummary(const SummaryDocument &summary, QPagedPaintDevice &device)
{
    QPainter painter(&device);
    return paintSummary(summary, device, painter);
}

int paintSummaries(const std::vector<SummaryDocument> &summaries, QPagedPaintDevice &device)
{
    // One painter for the whole file: a PDF is finished when its painter ends.
    QPainter painter(&device);
    int pages = 0;
    for (const SummaryDocument &summary : summaries) {
        if (pages > 0)
            device.newPage();
        pages += paintSummary(summary, device, painter);
    }
    return pages;
}

int paintSummary(const SummaryDocument &summary, QPagedPaintDevice &device, QPainter &painter)
{
    const QRectF page = printableRect(device);
    const qreal footer = footerHeight(device);
    const QSizeF body(page.width(), page.height() - footer);
    const std::unique_ptr<QTextDocument> document = layOutSummary(summary, &device, body);
    const int pages = document->pageCount();
    const PageFooter decor{summary.footerLeft, summary.footerMiddle, summary.pageLabel};

    for (int index = 0; index < pages; ++index) {
        if (index > 0)
            device.newPage();
        painter.save();
        painter.translate(0, -index * body.height());
        // A line that begins the next page starts exactly at this page's foot. The clip
        // hides it, but the PDF would still carry its text (found by search and by
        // screen readers, on the wrong page): one pixel less leaves it out.
        document->drawContents(&painter, QRectF(QPointF(0, index * body.height()),
                                                QSizeF(body.width(), body.height() - 1)));
        painter.restore();
        paintFooter(painter, page, footer, decor, index, pages);
    }
    return pages;
}

SummaryFormat formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return SummaryFormat::Pdf;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return SummaryFormat::Html;
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        return SummaryFormat::Markdown;
    return SummaryFormat::Unknown;
}

bool writeSummary(const SummaryDocument &summary, const QString &path, const QLocale &locale,
                  QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const SummaryFormat format = formatForPath(path);
    if (format == SummaryFormat::Unknown)
        return fail(QCoreApplication::translate("dialoog::Summary",
                                                "%1: the file name must end in .pdf, .html or .md")
                        .arg(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QCoreApplication::translate("dialoog::Summary", "cannot write %1: %2")
                        .arg(path, file.errorString()));
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner); // personal data: the owner's alone
    if (format == SummaryFormat::Pdf) {
        QPdfWriter writer(&file);
        setUpPdf(writer, summary.title + QStringLiteral(" — ") + summary.subtitle, locale);
        paintSummary(summary, writer);
    } else {
        const QString text =
            format == SummaryFormat::Html ? summaryToHtml(summary) : summaryToMarkdown(summary);
        file.write(text.toUtf8());
    }
    if (!file.commit())
        return fail(QCoreApplication::translate("dialoog::Summary", "cannot write %1: %2")
                        .arg(path, file.errorString()));
    return true;
}

} // namespace dialoog
