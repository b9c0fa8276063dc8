#include "deferredsearchindex.h"

#include "database.h"
#include "searchsources.h"
#include "statement.h"

#include <sqlite3.h>
#include <stdexcept>

namespace dialoog {

namespace {

std::vector<const SearchSourceTable *> allSources()
{
    std::vector<const SearchSourceTable *> sources;
    for (const SearchSourceTable &s : searchSources)
        sources.push_back(&s);
    sources.push_back(&inboxSearchSource);
    return sources;
}

} // namespace

DeferredSearchIndex::DeferredSearchIndex(Database &db) : m_db(db)
{
    // A server indexes each row as it is written (its tsvector triggers are cheap); only
    // FTS5 writes a segment per statement, which is what this saves.
    if (db.isServer())
        return;
    if (sqlite3_get_autocommit(db.handle()) != 0)
        throw std::logic_error("DeferredSearchIndex used outside a transaction");
    for (const SearchSourceTable *s : allSources()) {
        Statement last(db, "SELECT coalesce(max(id), 0) FROM " + std::string(s->table));
        m_lastIds.emplace_back(int(s->source), last.step() ? last.int64(0) : 0);
    }
    // The statements exactly as stored, so they come back unchanged whatever migration
    // wrote them.
    std::vector<std::string> names;
    {
        Statement stored(db, "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND "
                             "name LIKE '%\\_search\\_insert' ESCAPE '\\' ORDER BY name");
        while (stored.step()) {
            names.push_back(stored.text(0).toStdString());
            m_triggers.push_back(stored.text(1).toStdString());
        }
    }
    for (const std::string &name : names)
        m_db.exec("DROP TRIGGER \"" + name + "\"");
}

void DeferredSearchIndex::finish()
{
    for (const auto &[source, lastId] : m_lastIds) {
        Statement fill(m_db,
                       searchIndexFillSql(*searchSourceTable(SearchSource(source)), "id > ?"));
        fill.bind(1, lastId).run();
    }
    for (const std::string &trigger : m_triggers)
        m_db.exec(trigger);
    m_triggers.clear();
}

} // namespace dialoog
