#include "store/newestmatches.h"
#include "store/search.h"
#include "store/statement.h"
#include "store/store.h"
#include "store/transaction.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace dialoog;

namespace {

// A SQLite file whose search index holds `rows` made-up texts with rowids 1..rows, so
// how many rows hold a word, and how new they are, is known exactly. The windowed
// search is SQLite's own; a server searches in PostgreSQL.
struct IndexFixture
{
    QTemporaryDir dir;
    Store store{dir.filePath(QStringLiteral("index.sqlite")), Store::Open::CreateIfMissing,
                Store::Seed::Nothing};

    explicit IndexFixture(int rows)
    {
        // One statement, in rowid order: FTS5 writes one segment, not one per row.
        Statement fill(store.database(), R"sql(
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?1)
INSERT INTO search_index (rowid, body)
SELECT i, 'Gesprek ' || i || ' over de week, de plannen en wat er goed ging. '
  || CASE WHEN i % 2 = 0 THEN 'Wil werken aan de klantgesprekken. ' ELSE 'Klanten bellen vaak. ' END
  || CASE WHEN i % 3 = 0 THEN 'De werkdruk is hoog en de balans zoek. ' ELSE '' END
  || CASE WHEN i % 500 = 7 THEN 'Het woord werkdrukte staat hier een keer. ' ELSE '' END
  || CASE WHEN i <= 150 THEN 'Een reünie met het oude team. ' ELSE '' END
  || CASE WHEN i % 5 = 0 THEN 'Zephyr en zeppelinvaart. ' ELSE 'Niets bijzonders. ' END
  || 'Daarna nog wat woorden zodat het fragment moet kiezen waar het begint en eindigt.'
FROM n)sql");
        fill.bind(1, rows).run();
    }
    Database &db() { return store.database(); }

    std::optional<std::vector<IndexMatch>> windowed(const QString &typed, int limit)
    {
        const QString expression = Search::matchExpression(typed);
        return NewestMatches(db()).find(expression, NewestMatches::candidatesOf(expression), limit);
    }
    std::vector<IndexMatch> plain(const QString &typed, int limit)
    {
        return NewestMatches::plain(db(), Search::matchExpression(typed), limit);
    }
};

} // namespace

TEST_CASE("long words are looked up by their first letters, which the prefix index holds",
          "[search]")
{
    const auto candidates = [](const char *typed) {
        return NewestMatches::candidatesOf(Search::matchExpression(QString::fromUtf8(typed)));
    };
    CHECK(candidates("werkdruk bal") == QStringLiteral("\"wer\"* \"bal\"*"));
    CHECK(candidates("reünie") == QStringLiteral("\"reü\"*"));
    CHECK(candidates("\"OR\" NOTES") == QStringLiteral("\"OR\"* \"NOT\"*"));
    // Punctuation in the first letters splits them into terms the index does not hold.
    CHECK(candidates("e-mail").isEmpty());
    CHECK(candidates("ab-cd").isEmpty());
    CHECK(candidates("klant-gesprek") == QStringLiteral("\"kla\"*"));
    CHECK(candidates("werkdruk b").isEmpty()); // "b"* has no prefix index
    CHECK(candidates("- ...").isEmpty());
}

TEST_CASE("the windowed search gives the newest hits of the whole index, with the same snippets",
          "[search]")
{
    IndexFixture f(3000);
    // Many hits: every row, every other row, every third, two words together.
    for (const QString &typed : {QStringLiteral("gesprek"), QStringLiteral("klantgesprek"),
                                 QStringLiteral("werkdruk"), QStringLiteral("werkdruk balans"),
                                 QStringLiteral("KLANTGES wil"), QStringLiteral("zeppelin")}) {
        for (int limit : {1, 2, 3, 7, 50, 99, 100, 101, 250}) {
            INFO(typed.toStdString() << ", " << limit << " hits");
            const std::optional<std::vector<IndexMatch>> windowed = f.windowed(typed, limit);
            REQUIRE(windowed.has_value());
            CHECK(windowed->size() == std::size_t(limit));
            CHECK(*windowed == f.plain(typed, limit));
        }
    }
}

TEST_CASE("the windowed search finds hits that are only in old rows, and all of few hits",
          "[search]")
{
    IndexFixture f(3000);
    // "reünie" is only in rows 1..150, the oldest; nothing newer starts with "reu".
    for (int limit : {100, 150, 151, 1000}) {
        const std::optional<std::vector<IndexMatch>> windowed =
            f.windowed(QStringLiteral("reunie"), limit);
        REQUIRE(windowed.has_value());
        CHECK(windowed->size() == std::size_t(std::min(limit, 150)));
        CHECK(windowed->back().rowid == (limit >= 150 ? 1 : 151 - limit));
        CHECK(*windowed == f.plain(QStringLiteral("reunie"), limit));
    }
    // More wanted than the index holds: every match, the whole index read.
    const std::optional<std::vector<IndexMatch>> all = f.windowed(QStringLiteral("werkdruk"), 5000);
    REQUIRE(all.has_value());
    CHECK(all->size() == 1000 + 4); // every third row, and "werkdrukte" in 4 others
    CHECK(*all == f.plain(QStringLiteral("werkdruk"), 5000));
}

TEST_CASE("at the edge of a window the hit there is counted once and in its place", "[search]")
{
    // "klantgesprekken" is in every even row, "klanten" in every odd one: the first window,
    // twice as many candidates as hits wanted, holds exactly the hits wanted. With 3000
    // rows its oldest candidate is no hit, with 2999 it is the last hit wanted.
    for (int rows : {3000, 2999}) {
        IndexFixture f(rows);
        for (int limit = 1; limit <= 40; ++limit) {
            INFO(rows << " rows, " << limit << " hits");
            const std::optional<std::vector<IndexMatch>> windowed =
                f.windowed(QStringLiteral("klantgesprek"), limit);
            REQUIRE(windowed.has_value());
            REQUIRE(windowed->size() == std::size_t(limit));
            CHECK(windowed->back().rowid == 3000 - 2 * limit + 2 - (rows % 2) * 2);
            CHECK(*windowed == f.plain(QStringLiteral("klantgesprek"), limit));
            // Every third row, among candidates in two rows of three: the windows that
            // follow end on a hit, just before one, or just after one.
            CHECK(f.windowed(QStringLiteral("werkdruk"), limit) ==
                  f.plain(QStringLiteral("werkdruk"), limit));
        }
    }
}

TEST_CASE("a rare word with a common start is left to the plain query, and found all the same",
          "[search]")
{
    IndexFixture f(3000);
    // "werkdrukte" is in 6 rows, and half of all rows start a word with "wer".
    CHECK_FALSE(f.windowed(QStringLiteral("werkdrukte"), 100).has_value());
    const std::vector<IndexMatch> plain = f.plain(QStringLiteral("werkdrukte"), 100);
    CHECK(plain.size() == 6);
    CHECK(plain.front().rowid == 2507);
}

namespace {

// What the scratch table holds after a search: its rows, its segments, and the index
// blocks that hold any of `text`'s letters as written.
struct ScratchLeft
{
    int rows = 0;
    int segments = 0;
    int blocksWithText = 0;
};

ScratchLeft scratchLeft(Database &db, const char *text)
{
    ScratchLeft left;
    Statement rows(db, "SELECT count(*) FROM temp.search_scratch");
    REQUIRE(rows.step());
    left.rows = rows.integer(0);
    Statement segments(db, "SELECT count(*) FROM temp.search_scratch_idx");
    REQUIRE(segments.step());
    left.segments = segments.integer(0);
    Statement blocks(db, "SELECT count(*) FROM temp.search_scratch_data "
                         "WHERE instr(block, CAST(?1 AS BLOB)) > 0");
    blocks.bind(1, QString::fromUtf8(text));
    REQUIRE(blocks.step());
    left.blocksWithText = blocks.integer(0);
    return left;
}

} // namespace

TEST_CASE("searching leaves no copy of anyone's text behind", "[search]")
{
    IndexFixture f(1000);
    // One window ("reu": fewer candidates than a window, all copied at once) and several
    // growing ones ("wer").
    for (const char *typed : {"reunie", "werkdruk"}) {
        INFO(typed);
        REQUIRE(f.windowed(QString::fromUtf8(typed), 100).has_value());
        const ScratchLeft left = scratchLeft(f.db(), "vaart");
        CHECK(left.rows == 0);
        CHECK(left.segments == 0);
        CHECK(left.blocksWithText == 0);
        CHECK(scratchLeft(f.db(), "druk").blocksWithText == 0);
    }
    // A rare word with a common start gives up after copying: nothing left either.
    IndexFixture many(3000);
    REQUIRE_FALSE(many.windowed(QStringLiteral("werkdrukte"), 100).has_value());
    CHECK(scratchLeft(many.db(), "werkdruk").rows == 0);
    CHECK(scratchLeft(many.db(), "werkdruk").blocksWithText == 0);
}

TEST_CASE("a search inside a transaction keeps that transaction's own changes", "[search]")
{
    IndexFixture f(1000);
    const std::vector<IndexMatch> before = f.plain(QStringLiteral("zeppelin"), 1000);
    {
        Transaction transaction(f.db());
        Statement(f.db(), "INSERT INTO search_index (rowid, body) VALUES (5000, 'Zeppelins!')")
            .run();
        // The search's copies are rolled back; the row written before it stays.
        const std::optional<std::vector<IndexMatch>> found =
            f.windowed(QStringLiteral("zeppelin"), 3);
        REQUIRE(found.has_value());
        REQUIRE(found->size() == 3);
        CHECK(found->front().rowid == 5000);
        CHECK(*found == f.plain(QStringLiteral("zeppelin"), 3));
        CHECK(scratchLeft(f.db(), "ppelin").rows == 0);
        transaction.commit();
    }
    const std::vector<IndexMatch> after = f.plain(QStringLiteral("zeppelin"), 1000);
    REQUIRE(after.size() == before.size() + 1);
    CHECK(after.front().rowid == 5000);
}

TEST_CASE("a file opened read-only is searched the same way", "[search]")
{
    IndexFixture f(1000);
    const std::vector<IndexMatch> expected = f.plain(QStringLiteral("werkdruk"), 100);
    Store readOnly(f.dir.filePath(QStringLiteral("index.sqlite")), Store::Open::ReadOnly);
    REQUIRE(readOnly.isReadOnly());
    const QString expression = Search::matchExpression(QStringLiteral("werkdruk"));
    CHECK(NewestMatches(readOnly.database())
              .find(expression, NewestMatches::candidatesOf(expression), 100) == expected);
}
