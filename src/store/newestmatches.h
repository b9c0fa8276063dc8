#pragma once

#include <QString>
#include <optional>
#include <vector>

namespace dialoog {

class Database;

// One row of the search index that matched: its rowid (source and id, searchsources.h)
// and its snippet with the matches marked.
struct IndexMatch
{
    qint64 rowid = 0;
    QString snippet;
    bool operator==(const IndexMatch &) const = default;
};

// The newest rows of a SQLite file's search index that match, with work that does not
// grow with the index when many rows match. FTS5 (3.40) reads every posting of a prefix
// term that no prefix index holds ("coach"*) before it gives the newest one, whatever
// rowid bound the query has; a term of a prefix index ("coa"*) it reads newest first and
// stops early. So the newest rows matching the candidates (each long word cut to the
// prefix index's length, which matches every row the real words match) are copied, in
// growing batches, into a small temporary FTS5 table with the index's own definition;
// there the real expression picks the matches and makes their snippets exactly as the
// whole index would.
class NewestMatches final
{
public:
    explicit NewestMatches(Database &db) : m_db(db) {}

    // The newest `limit` rows matching `expression` (Search::matchExpression), newest
    // first: find() where it pays, else plain().
    std::vector<IndexMatch> newest(const QString &expression, int limit);

    // Every row that matches `expression` matches these too: each word cut to the longest
    // prefix the index holds as a term of its own. Empty when a word has no such prefix
    // (one letter; punctuation in its first letters).
    static QString candidatesOf(const QString &expression);

    // The newest `limit` rows matching `expression`, newest first; nullopt when the
    // candidates seen so far say too few of them match (a rare word with a common start),
    // for then plain() reads less.
    std::optional<std::vector<IndexMatch>> find(const QString &expression,
                                                const QString &candidates, int limit);
    // The same rows from one FTS5 query over the whole index.
    static std::vector<IndexMatch> plain(Database &db, const QString &expression, int limit);

private:
    void prepareScratch();
    // Copies up to `count` more candidates, older than the ones copied so far; how many.
    int copyCandidates(const QString &candidates, int count);
    int matchesInScratch(const QString &expression, int limit);
    std::vector<IndexMatch> newestInScratch(const QString &expression, int limit);

    Database &m_db;
    qint64 m_below = 0;
};

} // namespace dialoog
