#pragma once

#include "core/domainenums.h"

#include <QByteArray>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <optional>

namespace dialoog {

class BackupPolicy;
class Store;

// What an import did, or why it did nothing.
struct ImportOutcome
{
    enum class Result
    {
        Done,
        Conflict,
        Refused
    };
    Result result = Result::Refused;
    int employees = 0;
    int conversations = 0;
    // Members the format does not know, ignored: "$.employees[0].nickname".
    QStringList unknownMembers;
    // Why nothing was imported, in the importer's words.
    QString message;
    // Conflict: who seems to be here already, one line each.
    QStringList conflicts;
};

// Data in and out of the database, for File → Take Over / Hand Over / Export and for
// `dialoog import`, `handover` and `export` alike.
class Transfer final
{
public:
    Transfer(Store &store, BackupPolicy &backups);

    // The one import: a backup first (none into a database made for this import), then
    // everything in the document or nothing. `asNewPerson`: someone who seems to be here
    // already comes in as a separate person instead of a conflict. Throws Failure when
    // the store refuses (a backup that cannot be written included).
    ImportOutcome import(const QByteArray &document, bool asNewPerson,
                         bool madeForThisImport = false);
    // Everyone, or one employee, as a JSON export. Throws Failure.
    QByteArray exportJson(std::optional<Id> employee, bool includePrivateNotes);
    // Handing someone over to another manager: their whole history as one file.
    // False with `error` when it could not be written; throws Failure.
    bool handOver(Id employee, const QString &path, bool includePrivateNotes,
                  const QString &managerName, const QLocale &locale, QString *error);

    // Writes `data` for its owner alone (personal data); an existing file is replaced
    // only once the new one is complete. False with the system's reason in `error`.
    static bool writePrivateFile(const QString &path, const QByteArray &data, QString *error);

private:
    Store &m_store;
    BackupPolicy &m_backups;
};

} // namespace dialoog
