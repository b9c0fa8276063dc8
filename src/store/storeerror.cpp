#include "storeerror.h"

#include <QCoreApplication>
#include <sqlite3.h>

namespace dialoog {

StoreError::StoreError(Kind kind, const QString &message) : Failure(message), m_kind(kind) {}

StoreError StoreError::fromSqlite(int code, const QString &detail, const QString &path)
{
    const QString file = path.isEmpty() ? tr("the database") : path;
    switch (code & 0xff) {
    case SQLITE_NOTADB:
        return {Kind::NotADatabase,
                tr("%1 is not a Dialoog database (it is not a SQLite file).").arg(file)};
    case SQLITE_CORRUPT:
        return {Kind::Corrupt, tr("%1 is damaged and cannot be read safely.").arg(file)};
    case SQLITE_FULL:
        return {Kind::DiskFull,
                tr("The disk is full: changes to %1 could not be saved.").arg(file)};
    case SQLITE_READONLY:
        return {Kind::ReadOnly, tr("%1 is read-only: changes cannot be saved.").arg(file)};
    case SQLITE_CANTOPEN:
        return {
            Kind::NotFound,
            tr("%1 cannot be opened (check that the folder exists and may be written).").arg(file)};
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {Kind::Busy,
                tr("%1 is in use by another program; try again in a moment.").arg(file)};
    case SQLITE_CONSTRAINT:
        return {Kind::Constraint,
                tr("The change was refused because it breaks a rule of the data: %1").arg(detail)};
    default:
        return {Kind::Other, tr("Database error in %1: %2").arg(file, detail)};
    }
}

StoreError StoreError::fromPostgres(const QByteArray &sqlState, const QString &detail,
                                    const QString &server)
{
    // The classes of SQLSTATE: 23 integrity, 40 rollback, 42501 privilege, 53 resources.
    if (sqlState.startsWith("23"))
        return {Kind::Constraint,
                tr("The change was refused because it breaks a rule of the data: %1").arg(detail)};
    if (sqlState == "42501")
        return {Kind::AccessDenied,
                tr("The server %1 does not allow you this change: %2").arg(server, detail)};
    if (sqlState == "25006")
        return {Kind::ReadOnly, tr("%1 is read-only: changes cannot be saved.").arg(server)};
    if (sqlState.startsWith("40") || sqlState == "55P03")
        return {Kind::Busy,
                tr("%1 is busy with another change; try again in a moment.").arg(server)};
    if (sqlState.startsWith("53"))
        return {Kind::DiskFull,
                tr("The server %1 has no room left: changes could not be saved.").arg(server)};
    if (sqlState.startsWith("57P") || sqlState.startsWith("08"))
        return {Kind::Unreachable,
                tr("The connection to the server %1 was lost: %2").arg(server, detail)};
    return {Kind::Other, tr("Database error in %1: %2").arg(server, detail)};
}

} // namespace dialoog
