#pragma once

#include "store/statement.h"
#include "store/store.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QThread>
#include <functional>
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

// One person with one conversation, its record loaded: where the saving tests write notes.
struct ConversationOfOne
{
    TempStore db;
    ConversationRecord record;

    ConversationOfOne()
    {
        Employee employee = person();
        db->employees().insert(employee);
        record = db->conversations().load(
            db->conversations().create(employee.id, QDate(2025, 3, 14)).id);
    }
};

// Work on a thread of its own has no end a test could wait for; it is polled, with a
// generous limit for a busy machine (a limit, never a figure asserted on).
inline bool eventually(const std::function<bool()> &condition)
{
    QElapsedTimer clock;
    clock.start();
    while (!condition()) {
        if (clock.elapsed() > 120000)
            return false;
        QThread::msleep(5);
    }
    return true;
}

// The first column of the first row of `sql`, or -1 without a row.
inline qint64 number(Database &db, std::string_view sql)
{
    Statement statement(db, sql);
    return statement.step() ? statement.int64(0) : -1;
}

} // namespace dialoog::test
