#include "newestmatches.h"

#include "database.h"
#include "searchsources.h"
#include "statement.h"

#include <QRegularExpression>
#include <QStringList>
#include <algorithm>
#include <limits>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace dialoog {

namespace {

// Beyond this many candidates per wanted match, one pass over the whole index is
// cheaper than copying and tokenizing candidates again.
constexpr qint64 candidatesPerMatch = 16;

constexpr int firstWindow(int limit)
{
    return 2 * limit;
}

// The copies live only for one search, in a savepoint that is always rolled back: that
// takes them out of the connection's temporary database again, page by page as it was,
// and drops the rows FTS5 still holds in memory (its rollback discards them unwritten),
// so no personal text stays behind, and costs less than deleting them (FTS5's
// 'delete-all' runs statements of its own, prepared anew each time).
class ScratchScope final
{
public:
    explicit ScratchScope(Database &db) : m_db(db)
    {
        Statement(m_db, "SAVEPOINT newest_matches").run();
    }
    ~ScratchScope()
    {
        if (m_open)
            m_db.execQuietly("ROLLBACK TO newest_matches; RELEASE newest_matches");
    }
    ScratchScope(const ScratchScope &) = delete;
    ScratchScope &operator=(const ScratchScope &) = delete;

    void close()
    {
        Statement(m_db, "ROLLBACK TO newest_matches").run();
        Statement(m_db, "RELEASE newest_matches").run();
        m_open = false;
    }

private:
    Database &m_db;
    bool m_open = true;
};

std::vector<IndexMatch> matchesOf(Statement &query)
{
    std::vector<IndexMatch> matches;
    while (query.step())
        matches.push_back({query.int64(0), query.text(1)});
    return matches;
}

} // namespace

std::vector<IndexMatch> NewestMatches::newest(const QString &expression, int limit)
{
    const QString candidates = candidatesOf(expression);
    // Words the prefix index holds whole are read newest first already.
    if (!candidates.isEmpty() && candidates != expression) {
        if (std::optional<std::vector<IndexMatch>> found = find(expression, candidates, limit))
            return std::move(*found);
    }
    return plain(m_db, expression, limit);
}

QString NewestMatches::candidatesOf(const QString &expression)
{
    // The terms are "word"*, one per typed word, without spaces or quotes inside.
    QStringList terms = expression.split(QChar(u' '), Qt::SkipEmptyParts);
    for (QString &term : terms) {
        const QString word = term.mid(1, term.size() - 3).left(searchPrefixLength);
        // A single letter, or punctuation that splits a word into several terms, is no
        // term of the prefix index: the candidates would be read in full, as the plain
        // query reads the word.
        if (word.size() < 2 ||
            !std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
            return {};
        term = QStringLiteral("\"%1\"*").arg(word);
    }
    return terms.join(QChar(u' '));
}

std::vector<IndexMatch> NewestMatches::plain(Database &db, const QString &expression, int limit)
{
    Statement query(db, R"sql(
SELECT rowid, snippet(search_index, 0, char(2), char(3), '…', 16) FROM search_index
WHERE search_index MATCH ?1 ORDER BY rowid DESC LIMIT ?2)sql");
    query.bind(1, expression).bind(2, limit);
    return matchesOf(query);
}

std::optional<std::vector<IndexMatch>> NewestMatches::find(const QString &expression,
                                                           const QString &candidates, int limit)
{
    prepareScratch();
    ScratchScope scope(m_db);
    m_below = std::numeric_limits<qint64>::max();
    const qint64 most = candidatesPerMatch * limit;
    qint64 seen = 0;
    int batch = firstWindow(limit);
    for (;;) {
        const int copied = copyCandidates(candidates, batch);
        seen += copied;
        // All candidates copied (a rare start): the scratch holds every match.
        const int found = copied < batch ? limit : matchesInScratch(expression, limit);
        if (found >= limit) {
            std::vector<IndexMatch> newest = newestInScratch(expression, limit);
            scope.close();
            return newest;
        }
        // At the rate seen so far, the candidates that the missing matches still need.
        const qint64 needed = found == 0 ? most + 1 : (limit - found) * seen / found;
        if (seen + needed > most) {
            scope.close();
            return std::nullopt;
        }
        batch = int(std::min<qint64>(2 * qint64(batch), most - seen));
    }
}

void NewestMatches::prepareScratch()
{
    Statement exists(m_db, "SELECT 1 FROM temp.sqlite_schema WHERE name = 'search_scratch'");
    if (exists.step())
        return;
    // The index's own arguments (its tokenizer), so words and snippets come out the same
    // as there, whichever migration defined them. Without its prefix indexes, which
    // would triple what each copy writes: in a few hundred rows a prefix is found fast
    // without them. Without the rows' sizes too (columnsize): nothing ranks here, and
    // the snippets of the few hits count their words themselves.
    Statement definition(
        m_db, "SELECT sql FROM main.sqlite_schema WHERE type = 'table' AND name = 'search_index'");
    if (!definition.step())
        throw std::logic_error("no search index");
    const QString sql = definition.text(0);
    const qsizetype open = sql.indexOf(QChar(u'('));
    QString arguments = sql.mid(open + 1, sql.lastIndexOf(QChar(u')')) - open - 1);
    static const QRegularExpression prefixes(QStringLiteral(R"(,\s*prefix\s*=\s*('[^']*'|[0-9]+))"),
                                             QRegularExpression::CaseInsensitiveOption);
    arguments.remove(prefixes);
    m_db.exec(
        QStringLiteral("CREATE VIRTUAL TABLE temp.search_scratch USING fts5(%1, columnsize = 0)")
            .arg(arguments)
            .toStdString());
}

int NewestMatches::copyCandidates(const QString &candidates, int count)
{
    // One row a statement: an INSERT … SELECT into the scratch runs under a statement
    // journal inside the savepoint, and at the end of each such statement FTS5 writes the
    // rows it holds as a segment (about a fifth of a rare word's search); a single-row
    // INSERT needs none, so the rows stay in FTS5's memory, where its queries read them,
    // until the rollback drops them. In rowid order: FTS5 writes a segment whenever a row
    // arrives below the last, and the candidates are read newest first.
    std::vector<std::pair<qint64, std::string>> rows;
    Statement read(m_db, R"sql(
SELECT rowid, body FROM main.search_index WHERE search_index MATCH ?1 AND rowid < ?2
ORDER BY rowid DESC LIMIT ?3)sql");
    read.bind(1, candidates).bind(2, m_below).bind(3, count);
    while (read.step())
        rows.emplace_back(read.int64(0), std::string(read.utf8(1)));
    Statement copy(m_db, "INSERT INTO temp.search_scratch (rowid, body) VALUES (?1, ?2)");
    for (auto row = rows.rbegin(); row != rows.rend(); ++row)
        copy.bind(1, row->first).bindUtf8(2, row->second).run();
    const int copied = int(rows.size());
    // Only a full window is followed by another, which starts below it.
    if (copied == count)
        m_below = rows.back().first;
    return copied;
}

int NewestMatches::matchesInScratch(const QString &expression, int limit)
{
    Statement count(m_db, R"sql(
SELECT count(*) FROM (SELECT 1 FROM temp.search_scratch WHERE search_scratch MATCH ?1 LIMIT ?2))sql");
    count.bind(1, expression).bind(2, limit).step();
    return count.integer(0);
}

std::vector<IndexMatch> NewestMatches::newestInScratch(const QString &expression, int limit)
{
    Statement query(m_db, R"sql(
SELECT rowid, snippet(search_scratch, 0, char(2), char(3), '…', 16) FROM temp.search_scratch
WHERE search_scratch MATCH ?1 ORDER BY rowid DESC LIMIT ?2)sql");
    query.bind(1, expression).bind(2, limit);
    return matchesOf(query);
}

} // namespace dialoog
