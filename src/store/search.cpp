#include "search.h"

#include "database.h"
#include "newestmatches.h"
#include "postgres/pgsearch.h"
#include "searchsources.h"
#include "statement.h"

#include <QStringList>
#include <algorithm>
#include <map>
#include <memory>
#include <utility>

namespace dialoog {

QString Search::matchExpression(const QString &typed)
{
    QStringList terms;
    for (QString word : typed.split(QChar(u' '), Qt::SkipEmptyParts)) {
        word.remove(QChar(u'"'));
        // Punctuation alone makes an empty phrase, which FTS5 rejects.
        if (std::none_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
            continue;
        terms.append(QStringLiteral("\"%1\"*").arg(word));
    }
    return terms.join(QChar(u' '));
}

QString Search::tsQuery(const QString &typed)
{
    QStringList terms;
    for (QString word : typed.split(QChar(u' '), Qt::SkipEmptyParts)) {
        if (std::none_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
            continue;
        // Inside a quoted lexeme only the quote and the backslash are special.
        word.replace(QChar(u'\\'), QStringLiteral("\\\\"))
            .replace(QChar(u'\''), QStringLiteral("''"));
        terms.append(QStringLiteral("'%1':*").arg(word));
    }
    return terms.join(QStringLiteral(" & "));
}

std::vector<SearchHit> Search::hitsFor(const QString &typed, int limit)
{
    std::vector<SearchHit> hits;
    const bool server = m_db.isServer();
    const QString expression = server ? tsQuery(typed) : matchExpression(typed);
    if (expression.isEmpty() || limit <= 0)
        return hits;
    std::vector<IndexMatch> matches;
    if (server) {
        Statement query(m_db, postgres::searchSql());
        query.bind(1, expression).bind(2, limit);
        while (query.step())
            matches.push_back({query.int64(0), query.text(1)});
    } else {
        matches = NewestMatches(m_db).newest(expression, limit);
    }
    for (IndexMatch &match : matches) {
        SearchHit hit;
        hit.source = sourceOfRowid(match.rowid);
        hit.sourceId = idOfRowid(match.rowid);
        hit.snippet = std::move(match.snippet);
        hits.push_back(std::move(hit));
    }
    return hits;
}

namespace {

// On a server, planning the place statement afresh under the row policies took longer
// than running it (1.3 ms against 0.8 ms); its plan does not depend on which ids are
// asked, so one generic plan is kept. Only for these statements: the search's own plan
// does depend on how rare its words are.
class GenericPlans
{
public:
    GenericPlans(Database &db, bool server) : m_db(server ? &db : nullptr)
    {
        if (m_db)
            m_db->exec("SET plan_cache_mode = force_generic_plan");
    }
    ~GenericPlans()
    {
        if (m_db)
            m_db->execQuietly("RESET plan_cache_mode");
    }
    GenericPlans(const GenericPlans &) = delete;
    GenericPlans &operator=(const GenericPlans &) = delete;

private:
    Database *m_db;
};

} // namespace

// The places, one statement per table rather than one per hit.
std::vector<bool> Search::place(std::vector<SearchHit> &hits)
{
    std::vector<bool> placed(hits.size(), false);
    std::map<std::pair<SearchSource, Id>, std::size_t> byRow;
    std::map<SearchSource, QStringList> idsBySource;
    for (std::size_t i = 0; i < hits.size(); ++i) {
        byRow[{hits[i].source, hits[i].sourceId}] = i;
        idsBySource[hits[i].source] << QString::number(hits[i].sourceId);
    }
    const bool server = m_db.isServer();
    const GenericPlans generic(m_db, server);
    for (const auto &[source, ids] : idsBySource) {
        const SearchSourceTable *table = searchSourceTable(source);
        if (!table)
            continue;
        // A JSON array for SQLite, a PostgreSQL array on a server.
        const QString list = ids.join(QChar(u','));
        Statement place(m_db, server ? postgres::placeSql(*table) : placeSql(*table));
        place.bind(1, server ? QStringLiteral("{%1}").arg(list) : QStringLiteral("[%1]").arg(list));
        while (place.step()) {
            const auto found = byRow.find({source, place.int64(0)});
            if (found == byRow.end())
                continue;
            SearchHit &hit = hits[found->second];
            hit.employeeId = place.int64(1);
            hit.employeeName = place.text(2);
            hit.conversationId = place.isNull(3) ? 0 : place.int64(3);
            hit.date = place.date(4);
            hit.phase = fromKey<Phase>(place.text(5)).value_or(Phase::Preparation);
            hit.isPrivate = place.boolean(6);
            hit.kind = place.isNull(7) ? ConversationKind::Development
                                       : fromKey<ConversationKind>(place.text(7))
                                             .value_or(ConversationKind::Development);
            placed[found->second] = true;
        }
    }
    return placed;
}

std::vector<SearchHit> Search::find(const QString &typed, int limit)
{
    std::vector<SearchHit> hits = hitsFor(typed.simplified(), limit);
    const std::vector<bool> placed = place(hits);
    // Cannot happen while the triggers hold; never show a hit without a place.
    std::vector<SearchHit> shown;
    for (std::size_t i = 0; i < hits.size(); ++i) {
        if (placed[i])
            shown.push_back(std::move(hits[i]));
    }
    return shown;
}

void Search::compact()
{
    if (m_db.isServer())
        return;
    m_db.exec("INSERT INTO search_index (search_index) VALUES ('optimize')");
}

} // namespace dialoog
