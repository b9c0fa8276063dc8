#include "handover.h"

#include "store/jsonexport.h"
#include "store/jsonformat.h"
#include "store/store.h"
#include "summarybuilder.h"
#include "summaryprinter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QPdfWriter>
#include <QSaveFile>
#include <algorithm>

namespace dialoog {
namespace {

using jsonformat::Json;

constexpr const char *handoverFormat = "dialoog-handover";

QByteArray summariesPdf(Store &store, const HandoverOptions &options, const Employee &employee)
{
    std::vector<Conversation> held = store.conversations().forEmployee(options.employeeId);
    std::erase_if(held, [](const Conversation &c) { return c.phase != Phase::Finished; });
    if (held.empty())
        return {};
    std::stable_sort(held.begin(), held.end(), [](const Conversation &a, const Conversation &b) {
        return a.date() < b.date();
    });
    SummaryOptions summaryOptions;
    summaryOptions.includePrivateNotes = options.includePrivateNotes;
    summaryOptions.managerName = options.managerName;
    summaryOptions.locale = options.locale;
    std::vector<SummaryDocument> summaries;
    for (const Conversation &c : held)
        summaries.push_back(buildSummary(store, c.id, summaryOptions));

    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(employee.name);
        writer.setCreator(QStringLiteral("Dialoog"));
        writer.setPageSize(QPageSize(defaultPageSize(options.locale)));
        writer.setPageMargins(QMarginsF(20, 18, 20, 14), QPageLayout::Millimeter);
        writer.setResolution(300);
        paintSummaries(summaries, writer);
    }
    return pdf;
}

} // namespace

std::string handoverDocument(Store &store, const HandoverOptions &options)
{
    const Employee employee = store.employees().get(options.employeeId);
    const Json exported = Json::parse(
        exportJson(store, ExportOptions{options.employeeId, options.includePrivateNotes}));
    const QByteArray pdf = summariesPdf(store, options, employee);
    Json doc = {
        {"format", handoverFormat},
        {"version", 1},
        {"employee", jsonformat::text(employee.name)},
        {"includesPrivateNotes", options.includePrivateNotes},
        {"export", exported},
        {"summariesPdf", pdf.isEmpty() ? Json(nullptr) : Json(pdf.toBase64().toStdString())}};
    return doc.dump(2) + "\n";
}

bool writeHandover(Store &store, const HandoverOptions &options, const QString &path,
                   QString *error)
{
    const auto fail = [error, &path](const QString &reason) {
        if (error)
            *error = QCoreApplication::translate("dialoog::Handover", "cannot write %1: %2")
                         .arg(path, reason);
        return false;
    };
    const std::string document = handoverDocument(store, options);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner); // personal data: the owner's alone
    file.write(document.data(), qint64(document.size()));
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

QByteArray handoverSummariesPdf(const QByteArray &document)
{
    const Json json =
        Json::parse(document.constData(), document.constData() + document.size(), nullptr, false);
    if (!json.is_object() || json.value("format", "") != handoverFormat)
        return {};
    const auto pdf = json.find("summariesPdf");
    if (pdf == json.end() || !pdf->is_string())
        return {};
    return QByteArray::fromBase64(QByteArray::fromStdString(pdf->get<std::string>()));
}

} // namespace dialoog
