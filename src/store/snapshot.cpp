#include "snapshot.h"

#include "statement.h"
#include "storeerror.h"

namespace dialoog {

Snapshot::Snapshot(const QString &path) : m_db(path, Database::OpenMode::ReadOnly)
{
    m_db.exec("PRAGMA busy_timeout = 5000");
    m_db.exec("BEGIN");
    // A read transaction begins at its first read; this one fixes the snapshot now.
    Statement first(m_db, "SELECT count(*) FROM sqlite_schema");
    first.step();
}

Snapshot::~Snapshot()
{
    m_db.execQuietly("ROLLBACK");
}

QString Snapshot::damage()
{
    try {
        Statement check(m_db, "PRAGMA quick_check");
        if (check.step() && check.text(0) == QLatin1String("ok"))
            return {};
    } catch (const StoreError &) {
        // A page too damaged to read is damage too.
    }
    return tr("%1 is damaged and cannot be read safely.").arg(m_db.path());
}

} // namespace dialoog
