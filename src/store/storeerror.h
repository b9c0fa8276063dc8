#pragma once

#include "core/failure.h"

#include <QCoreApplication>
#include <QString>

namespace dialoog {

// A store failure, classified so callers can react (offer a backup, open
// read-only, retry) and worded for the user who has to decide what to do.
class StoreError : public Failure
{
    Q_DECLARE_TR_FUNCTIONS(dialoog::StoreError)

public:
    enum class Kind
    {
        NotFound,     // the file does not exist
        NotADatabase, // not a SQLite file at all, or an empty file
        Corrupt,      // damaged SQLite file
        ForeignFile,  // a SQLite file that belongs to another program
        NewerVersion, // written by a newer Dialoog
        ReadOnly,
        DiskFull,
        Busy,           // another program holds the database
        Constraint,     // data that breaks a rule of the schema
        Unreachable,    // the database server cannot be reached, or the connection was lost
        PasswordNeeded, // the server wants a password (none given, or a wrong one)
        AccessDenied,   // the server refuses this user
        Conflict,       // a save based on an older load: someone else saved in between
        Other,
    };

    StoreError(Kind kind, const QString &message);

    Kind kind() const { return m_kind; }

    // Builds the error for a failed sqlite3 call, with the file it concerns.
    static StoreError fromSqlite(int code, const QString &detail, const QString &path = {});
    // Builds the error for a failed command on a PostgreSQL server, from its SQLSTATE.
    static StoreError fromPostgres(const QByteArray &sqlState, const QString &detail,
                                   const QString &server);

private:
    Kind m_kind;
};

} // namespace dialoog
