#include "services/transfer.h"

#include "report/handover.h"
#include "services/backuppolicy.h"
#include "store/jsonexport.h"
#include "store/jsonimport.h"
#include "store/store.h"

#include <QFile>
#include <QSaveFile>

namespace dialoog {

Transfer::Transfer(Store &store, BackupPolicy &backups) : m_store(store), m_backups(backups) {}

ImportOutcome Transfer::import(const QByteArray &document, bool asNewPerson, bool madeForThisImport)
{
    m_backups.beforeImport(madeForThisImport);
    ImportOutcome outcome;
    try {
        const ImportSummary summary = importJson(
            m_store, std::string_view(document.constData(), std::size_t(document.size())),
            ImportOptions{asNewPerson});
        outcome.result = ImportOutcome::Result::Done;
        outcome.employees = summary.employees;
        outcome.conversations = summary.conversations;
        outcome.unknownMembers = summary.unknownMembers;
    } catch (const ImportConflict &e) {
        outcome.result = ImportOutcome::Result::Conflict;
        outcome.message = e.message();
        outcome.conflicts = e.conflicts();
    } catch (const ImportError &e) {
        outcome.result = ImportOutcome::Result::Refused;
        outcome.message = e.message();
    }
    return outcome;
}

QByteArray Transfer::exportJson(std::optional<Id> employee, bool includePrivateNotes)
{
    const std::string json =
        dialoog::exportJson(m_store, ExportOptions{employee, includePrivateNotes});
    return QByteArray(json.data(), qsizetype(json.size()));
}

bool Transfer::handOver(Id employee, const QString &path, bool includePrivateNotes,
                        const QString &managerName, const QLocale &locale, QString *error)
{
    HandoverOptions options;
    options.employeeId = employee;
    options.includePrivateNotes = includePrivateNotes;
    options.managerName = managerName;
    options.locale = locale;
    return writeHandover(m_store, options, path, error);
}

bool Transfer::writePrivateFile(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    file.write(data);
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace dialoog
