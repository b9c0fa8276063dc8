#pragma once

#include "database.h"

#include <QCoreApplication>
#include <QString>

namespace dialoog {

// A database file as it was at one moment: a read-only connection of its own that holds
// a read transaction open. In WAL mode later saves on other connections do not change
// what it reads, and it does not stop them. Made on one thread, it may be read on
// another (one at a time). Throws StoreError.
class Snapshot final
{
    Q_DECLARE_TR_FUNCTIONS(dialoog::Snapshot)

public:
    explicit Snapshot(const QString &path);
    ~Snapshot();
    Snapshot(const Snapshot &) = delete;
    Snapshot &operator=(const Snapshot &) = delete;

    Database &database() { return m_db; }
    // The full check (`PRAGMA quick_check`, every page read); empty when whole, else what
    // is wrong, for the user.
    QString damage();

private:
    Database m_db;
};

} // namespace dialoog
