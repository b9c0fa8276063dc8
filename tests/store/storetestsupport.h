#pragma once

#include "store/store.h"
#include "testdatabase.h"

#include <QTemporaryDir>
#include <memory>

namespace dialoog::test {

// A fresh database, removed with the object: a file in a temporary folder, or a database
// on the PostgreSQL test cluster in the suite's PostgreSQL run (TestDatabase).
struct TempStore
{
    TestDatabase database;
    const QTemporaryDir &dir = database.dir();
    QString path = database.location();
    std::unique_ptr<Store> store;

    explicit TempStore(Store::Seed seed = Store::Seed::DefaultQuestions)
        : store(std::make_unique<Store>(path, Store::Open::CreateIfMissing, seed))
    {
    }
    Store &operator*() { return *store; }
    Store *operator->() { return store.get(); }
    void reopen()
    {
        store.reset();
        store = std::make_unique<Store>(path, Store::Open::Existing);
    }
};

inline Employee person(const QString &name = QStringLiteral("Sanne de Vries"))
{
    return Employee{0,
                    name,
                    QStringLiteral("Support engineer"),
                    QStringLiteral("Customer Care"),
                    QStringLiteral("sanne@example.org"),
                    QDate(2021, 4, 1),
                    6,
                    false};
}

} // namespace dialoog::test
