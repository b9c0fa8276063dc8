#pragma once

#include "store/statement.h"
#include "store/store.h"

#include <QCryptographicHash>
#include <QFile>
#include <catch2/catch.hpp>

namespace dialoog::test {

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline QByteArray digest(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

inline void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

// Files a user may point Dialoog at that it must refuse without changing them.
enum class BadFile
{
    NotSqlite,
    Empty,
    Truncated,
    BitFlipped,
    NewerVersion,
    Foreign
};

// A Dialoog database of some size, checkpointed, with no -wal or -shm left beside it.
inline void writeDatabase(const QString &path, int employees = 30)
{
    Store store(path, Store::Open::CreateIfMissing);
    for (int i = 0; i < employees; ++i) {
        Employee e{0, QStringLiteral("Person %1").arg(i), {}, {}, {}, {}, 6, false};
        store.employees().insert(e);
    }
    if (!store.isServer())
        store.database().exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

// Writes a bad file of that kind at `path`; returns its bytes.
inline QByteArray makeBadFile(BadFile kind, const QString &path)
{
    switch (kind) {
    case BadFile::NotSqlite:
        writeFile(path, QByteArray("These are my notes, not a database.\n").repeated(200));
        break;
    case BadFile::Empty:
        writeFile(path, {});
        break;
    case BadFile::Truncated:
    case BadFile::BitFlipped: {
        writeDatabase(path);
        QByteArray data = fileBytes(path);
        REQUIRE(data.size() > 8192);
        if (kind == BadFile::Truncated)
            data.truncate(data.size() / 2 + 100);
        else
            for (qsizetype i = 4096 + 40; i < 4096 + 400; ++i)
                data[i] = char(~data[i]);
        writeFile(path, data);
        break;
    }
    case BadFile::NewerVersion: {
        Store store(path, Store::Open::CreateIfMissing);
        store.database().exec("PRAGMA user_version = 999");
        if (!store.isServer())
            store.database().exec("PRAGMA wal_checkpoint(TRUNCATE)");
        break;
    }
    case BadFile::Foreign: {
        Database db(path, Database::OpenMode::ReadWriteCreate);
        db.exec("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)");
        break;
    }
    }
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    return fileBytes(path);
}

} // namespace dialoog::test
