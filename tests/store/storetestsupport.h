#pragma once

#include "store/store.h"

#include <QTemporaryDir>
#include <memory>

namespace dialoog::test {

// A database in a fresh temporary folder, removed with the object.
struct TempStore
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("dialoog.sqlite"));
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
