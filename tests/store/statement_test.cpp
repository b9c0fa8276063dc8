#include "store/database.h"
#include "store/statement.h"
#include "store/storeerror.h"
#include "store/transaction.h"

#include <catch2/catch.hpp>

using namespace dialoog;

TEST_CASE("values bound to a statement come back unchanged, NULL dates included", "[sqlite]")
{
    Database db(QString::fromLatin1(Database::memoryPath), Database::OpenMode::ReadWriteCreate);
    db.exec("CREATE TABLE t (i INTEGER, s TEXT, d TEXT, dt TEXT, n INTEGER)");
    const QString text = QStringLiteral("Één café, 🌱 en ‏שלום");
    const QDateTime moment(QDate(2026, 5, 1), QTime(9, 30, 15, 250));
    Statement insert(db, "INSERT INTO t VALUES (?, ?, ?, ?, ?)");
    insert.bind(1, qint64(1) << 40).bind(2, text).bind(3, QDate()).bind(4, moment).bindId(5, 0);
    insert.run();

    Statement select(db, "SELECT i, s, d, dt, n FROM t");
    REQUIRE(select.step());
    CHECK(select.int64(0) == (qint64(1) << 40));
    CHECK(select.text(1) == text);
    CHECK(select.isNull(2));
    CHECK_FALSE(select.date(2).isValid());
    CHECK(select.dateTime(3) == moment);
    CHECK(select.isNull(4));
    CHECK_FALSE(select.step());
}

TEST_CASE("text read as UTF-8 binds back byte for byte, embedded zeros and all", "[sqlite]")
{
    Database db(QString::fromLatin1(Database::memoryPath), Database::OpenMode::ReadWriteCreate);
    db.exec("CREATE TABLE t (s TEXT)");
    const char raw[] = "Één café\0 🌱";
    const std::string bytes(raw, sizeof raw - 1);
    Statement(db, "INSERT INTO t VALUES (?)").bindUtf8(1, bytes).run();
    Statement copy(db, "INSERT INTO t SELECT ?");
    {
        Statement first(db, "SELECT s FROM t");
        REQUIRE(first.step());
        copy.bindUtf8(1, first.utf8(0)).run();
    }
    Statement select(db, "SELECT s, length(CAST(s AS BLOB)) FROM t");
    for (int row = 0; row < 2; ++row) {
        REQUIRE(select.step());
        CHECK(select.utf8(0) == bytes);
        CHECK(select.integer(1) == int(bytes.size()));
    }
    CHECK_FALSE(select.step());
}

TEST_CASE("dates read back as written, and text that is no date reads as no date", "[sqlite]")
{
    Database db(QString::fromLatin1(Database::memoryPath), Database::OpenMode::ReadWriteCreate);
    db.exec("CREATE TABLE t (d TEXT)");
    for (const QDate &d : {QDate(2024, 2, 29), QDate(1999, 12, 31), QDate(2026, 1, 1)}) {
        Statement insert(db, "INSERT INTO t VALUES (?)");
        insert.bind(1, d).run();
    }
    for (const char *text : {"2026-02-30", "2026-13-01", "soon", "2026-1-1x", "20260101", ""}) {
        Statement insert(db, "INSERT INTO t VALUES (?)");
        insert.bind(1, QString::fromLatin1(text)).run();
    }
    Statement select(db, "SELECT d FROM t ORDER BY rowid");
    std::vector<QDate> read;
    while (select.step()) {
        read.push_back(select.date(0));
        // Whatever the text, the fast path agrees with Qt's own ISO reading.
        CHECK(read.back() == QDate::fromString(select.text(0), Qt::ISODate));
    }
    REQUIRE(read.size() == 9);
    CHECK(read[0] == QDate(2024, 2, 29));
    CHECK(read[1] == QDate(1999, 12, 31));
    CHECK(read[2] == QDate(2026, 1, 1));
    for (std::size_t i = 3; i < read.size(); ++i)
        CHECK_FALSE(read[i].isValid());
}

TEST_CASE("an empty text is stored as '' so NOT NULL columns accept it", "[sqlite]")
{
    Database db(QString::fromLatin1(Database::memoryPath), Database::OpenMode::ReadWriteCreate);
    db.exec("CREATE TABLE t (s TEXT NOT NULL)");
    Statement(db, "INSERT INTO t VALUES (?)").bind(1, QString()).run();
    Statement select(db, "SELECT s FROM t");
    REQUIRE(select.step());
    CHECK_FALSE(select.isNull(0));
}

TEST_CASE("SQL errors become StoreErrors with a kind", "[sqlite]")
{
    Database db(QString::fromLatin1(Database::memoryPath), Database::OpenMode::ReadWriteCreate);
    db.exec("CREATE TABLE t (s TEXT NOT NULL)");
    try {
        Statement(db, "INSERT INTO t VALUES (NULL)").run();
        FAIL("no error");
    } catch (const StoreError &e) {
        CHECK(e.kind() == StoreError::Kind::Constraint);
    }
    CHECK_THROWS_AS(Statement(db, "SELEC nonsense"), StoreError);
}

TEST_CASE("a transaction that is not committed leaves nothing behind, also when nested", "[sqlite]")
{
    Database db(QString::fromLatin1(Database::memoryPath), Database::OpenMode::ReadWriteCreate);
    db.exec("CREATE TABLE t (i INTEGER)");
    const auto count = [&db] {
        Statement s(db, "SELECT count(*) FROM t");
        s.step();
        return s.int64(0);
    };
    {
        Transaction outer(db);
        db.exec("INSERT INTO t VALUES (1)");
        {
            Transaction inner(db);
            db.exec("INSERT INTO t VALUES (2)");
        } // inner rolled back
        CHECK(count() == 1);
        {
            Transaction inner(db);
            db.exec("INSERT INTO t VALUES (3)");
            inner.commit();
        }
        CHECK(count() == 2);
    } // outer rolled back
    CHECK(count() == 0);
    {
        Transaction t(db);
        db.exec("INSERT INTO t VALUES (4)");
        t.commit();
    }
    CHECK(count() == 1);
}
