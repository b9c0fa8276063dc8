#include "search.h"

#include "database.h"
#include "searchsources.h"
#include "statement.h"

#include <QStringList>

#include <algorithm>
#include <map>
#include <memory>

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

std::vector<SearchHit> Search::find(const QString &typed, int limit)
{
    std::vector<SearchHit> hits;
    const QString expression = matchExpression(typed.simplified());
    if (expression.isEmpty() || limit <= 0)
        return hits;
    Statement query(m_db, R"sql(
SELECT rowid, snippet(search_index, 0, char(2), char(3), '…', 16) FROM search_index
WHERE search_index MATCH ?1 ORDER BY rowid DESC LIMIT ?2)sql");
    query.bind(1, expression).bind(2, limit);
    std::map<SearchSource, std::unique_ptr<Statement>> places;
    while (query.step()) {
        const qint64 rowid = query.int64(0);
        SearchHit hit;
        hit.source = sourceOfRowid(rowid);
        hit.sourceId = idOfRowid(rowid);
        hit.snippet = query.text(1);
        const SearchSourceTable *table = searchSourceTable(hit.source);
        if (!table)
            continue;
        std::unique_ptr<Statement> &place = places[hit.source];
        if (!place)
            place = std::make_unique<Statement>(m_db, table->place);
        place->reset();
        place->bind(1, hit.sourceId);
        if (!place->step())
            continue; // cannot happen while the triggers hold; never show a hit without a place
        hit.employeeId = place->int64(0);
        hit.employeeName = place->text(1);
        hit.conversationId = place->isNull(2) ? 0 : place->int64(2);
        hit.date = place->date(3);
        hit.phase = fromKey<Phase>(place->text(4)).value_or(Phase::Preparation);
        hit.isPrivate = place->boolean(5);
        hits.push_back(std::move(hit));
    }
    return hits;
}

void Search::compact() { m_db.exec("INSERT INTO search_index (search_index) VALUES ('optimize')"); }

} // namespace dialoog
