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

} // namespace dialoog
