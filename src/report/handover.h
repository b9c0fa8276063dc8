#pragma once

#include "core/domainenums.h"
#include "summaryoptions.h"

#include <QByteArray>
#include <QString>
#include <string>

namespace dialoog {

class Store;

// What handing an employee over to another manager writes.
struct HandoverOptions
{
    Id employeeId = 0;
    bool includePrivateNotes = false;
    QLocale locale;      // of the summaries
    QString managerName; // signs the summaries
};

// The employee's whole history as one "dialoog-handover" JSON document
// (docs/json-format.md): the per-employee export, plus every finished conversation's
// summary rendered into one PDF, base64-encoded. `dialoog import` reads it.
// Needs a QGuiApplication (laying out the PDF needs fonts). Throws StoreError.
std::string handoverDocument(Store &store, const HandoverOptions &options);

// Writes handoverDocument() to `path`, owner-only, replacing a file only once the new one
// is complete. False: `error` says why.
bool writeHandover(Store &store, const HandoverOptions &options, const QString &path,
                   QString *error);

// The summaries PDF inside a handover document; empty when it has none or is not one.
QByteArray handoverSummariesPdf(const QByteArray &document);

} // namespace dialoog
