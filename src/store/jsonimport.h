#pragma once

#include <QString>
#include <QStringList>
#include <stdexcept>
#include <string_view>

namespace dialoog {

class Store;

// A document that cannot be imported; the message names the place in it, such as
// "$.employees[3].goals[0].progress: expected an integer 0..100".
class ImportError : public std::runtime_error
{
public:
    explicit ImportError(const QString &message)
        : std::runtime_error(message.toStdString()), m_message(message)
    {
    }
    QString message() const { return m_message; }

private:
    QString m_message;
};

// The document holds someone who seems to be here already (same name or email).
// Nothing was imported; `conflicts` says who, one line each.
class ImportConflict : public ImportError
{
public:
    ImportConflict(const QString &message, const QStringList &conflicts)
        : ImportError(message), m_conflicts(conflicts)
    {
    }
    QStringList conflicts() const { return m_conflicts; }

private:
    QStringList m_conflicts;
};

struct ImportOptions
{
    // An employee with the same name or email as one in the store is never merged:
    // the import is refused (ImportConflict), or on explicit choice added as a separate person.
    bool addConflictsAsSeparatePeople = false;
};

struct ImportSummary
{
    int employees = 0;
    int conversations = 0;
    int questionsAdded = 0;
    // Members the format does not know, ignored: "$.employees[0].nickname".
    QStringList unknownMembers;
};

// Limits checked before a document is read any deeper.
constexpr qsizetype maxImportBytes = 256 * 1024 * 1024;
constexpr int maxImportDepth = 16;

// Reads a "dialoog-export" document (or a "dialoog-handover" one, which holds an export)
// fully and checks it before anything is written, then adds it to the store in one
// transaction: all of it, or (on any error) nothing. Questions that the store already has
// (same language and text) are reused.
ImportSummary importJson(Store &store, std::string_view document,
                         const ImportOptions &options = {});

} // namespace dialoog
