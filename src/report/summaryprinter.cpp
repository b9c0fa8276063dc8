#include "summaryprinter.h"

#include "pagedecor.h"
#include "summarypages.h"
#include "summaryrenderers.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <functional>

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
    const SummaryPages pages(summary, device);
    pages.print(device, painter, 0, pages.count() - 1);
    return pages.count();
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

QString summaryFileName(const SummaryDocument &summary)
{
    QString name = QStringLiteral("%1 - %2.pdf").arg(summary.title, summary.subtitle);
    return name.replace(QLatin1Char('/'), QLatin1Char('-')).replace(QLatin1Char(','), QString());
}

namespace {

// Writes `path` through `write` as a whole: an existing file is replaced only once the
// new one is complete, and only its owner may read it (personal data).
bool saveWhole(const QString &path, QString *error, const std::function<void(QSaveFile &)> &write)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        write(file);
        if (file.commit())
            return true;
    }
    if (error)
        *error = QCoreApplication::translate("dialoog::Summary", "cannot write %1: %2")
                     .arg(path, file.errorString());
    return false;
}

} // namespace

bool writeSummary(const SummaryDocument &summary, const QString &path, const QLocale &locale,
                  QString *error)
{
    const SummaryFormat format = formatForPath(path);
    if (format == SummaryFormat::Unknown) {
        if (error)
            *error = QCoreApplication::translate("dialoog::Summary",
                                                 "%1: the file name must end in .pdf, .html or .md")
                         .arg(path);
        return false;
    }
    return saveWhole(path, error, [&](QSaveFile &file) {
        if (format == SummaryFormat::Pdf) {
            QPdfWriter writer(&file);
            setUpPdf(writer, summary.title + QStringLiteral(" — ") + summary.subtitle, locale);
            paintSummary(summary, writer);
        } else {
            const QString text =
                format == SummaryFormat::Html ? summaryToHtml(summary) : summaryToMarkdown(summary);
            file.write(text.toUtf8());
        }
    });
}

bool writeSummaryPdf(const SummaryPages &pages, const QString &title, const QString &path,
                     QString *error)
{
    return saveWhole(path, error, [&](QSaveFile &file) {
        QPdfWriter writer(&file);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Dialoog"));
        writer.setResolution(pages.resolution());
        writer.setPageLayout(pages.layout());
        QPainter painter(&writer);
        pages.print(writer, painter, 0, pages.count() - 1);
    });
}

} // namespace dialoog
