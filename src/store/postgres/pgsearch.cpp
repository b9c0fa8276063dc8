#include "pgsearch.h"

#include "store/searchsources.h"

namespace dialoog::postgres {
namespace {

// `unaccent` is not immutable, so it cannot index an expression; as a dictionary of a
// configuration it can ("reunie" finds "reünie"). The table has no policy of its own for
// writing: only the triggers write it, as its owner, so that erasing someone also removes
// index rows the erasing manager may not read (another author's private notes).
constexpr std::string_view indexSql = R"sql(
CREATE TEXT SEARCH CONFIGURATION dialoog_search (COPY = pg_catalog.simple);
ALTER TEXT SEARCH CONFIGURATION dialoog_search
    ALTER MAPPING FOR word, hword, hword_part WITH public.unaccent, pg_catalog.simple;
CREATE TABLE search_index (
    rowid bigint PRIMARY KEY,
    body text NOT NULL,
    document tsvector NOT NULL,
    private boolean NOT NULL DEFAULT false,
    author_role name,
    owner_role name NOT NULL
);
CREATE INDEX search_index_document ON search_index USING gin (document);
CREATE INDEX search_index_by_owner ON search_index (owner_role);
)sql";

// One source's trigger: the row's text into the index, again when its text, owner or
// privacy changed (a save rewrites every row; unchanged ones cost nothing), out when
// it goes. `$` in the body stands for NEW or OLD.
std::string triggerSql(const SearchSourceTable &s)
{
    const std::string table(s.table);
    const std::string body = replaced(s.body, "char(10)", "chr(10)");
    const std::string newBody = replaced(body, "$", "NEW");
    const std::string oldBody = replaced(body, "$", "OLD");
    const std::string kind = std::to_string(int(s.source));
    const std::string bits = std::to_string(searchSourceBits);
    const bool note = s.source == SearchSource::Note;
    const std::string privacy = note ? "NEW.private <> 0, NEW.author_role" : "false, NULL";
    const std::string samePrivacy =
        note ? " AND OLD.private = NEW.private AND OLD.author_role = NEW.author_role" : "";
    return "CREATE FUNCTION dialoog_search_" + table +
           "() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER\n"
           "SET search_path = pg_catalog, public, pg_temp AS $$\nBEGIN\n"
           "    IF TG_OP = 'UPDATE' THEN\n"
           "        IF ((" +
           oldBody + ") = (" + newBody +
           ") AND OLD.id = NEW.id AND OLD.owner_role = NEW.owner_role" + samePrivacy +
           ") IS TRUE THEN\n            RETURN NULL;\n        END IF;\n    END IF;\n"
           "    IF TG_OP <> 'INSERT' THEN\n"
           "        DELETE FROM public.search_index WHERE rowid = (OLD.id << " +
           bits + ") | " + kind +
           ";\n"
           "    END IF;\n"
           "    IF TG_OP <> 'DELETE' THEN\n"
           "        INSERT INTO public.search_index (rowid, body, document, private, "
           "author_role, owner_role)\n"
           "        VALUES ((NEW.id << " +
           bits + ") | " + kind + ", " + newBody +
           ", to_tsvector('public.dialoog_search'::regconfig, " + newBody + "), " + privacy +
           ", NEW.owner_role);\n"
           "    END IF;\n    RETURN NULL;\nEND $$;\n"
           "CREATE TRIGGER " +
           table + "_search AFTER INSERT OR UPDATE OR DELETE ON " + table +
           " FOR EACH ROW EXECUTE FUNCTION dialoog_search_" + table + "();\n";
}

} // namespace

std::string searchSchemaSql()
{
    std::string sql(indexSql);
    for (const SearchSourceTable &s : searchSources)
        sql += triggerSql(s);
    sql += triggerSql(inboxSearchSource);
    return sql;
}

// The headline is made for the hits kept only. A short text is shown whole, as FTS5's
// snippet does for up to 16 words; a longer one around its first match.
std::string_view searchSql()
{
    return R"sql(
SELECT hit.rowid, ts_headline('public.dialoog_search'::regconfig, hit.body, hit.query,
    CASE WHEN array_length(regexp_split_to_array(trim(hit.body), '\s+'), 1) <= 16
         THEN 'HighlightAll=true, StartSel=' || chr(2) || ', StopSel=' || chr(3)
         ELSE 'MaxFragments=1, MaxWords=16, MinWords=6, ShortWord=0, FragmentDelimiter=…, '
              'StartSel=' || chr(2) || ', StopSel=' || chr(3) END)
FROM (SELECT s.rowid, s.body, q.query
      FROM search_index s, to_tsquery('public.dialoog_search'::regconfig, ?1) AS q(query)
      WHERE s.document @@ q.query ORDER BY s.rowid DESC LIMIT ?2) AS hit
ORDER BY hit.rowid DESC)sql";
}

std::string placeSql(const SearchSourceTable &source)
{
    const std::string sql = "\nSELECT " + std::string(source.placeColumns) + "\nFROM " +
                            std::string(source.placeFrom) +
                            "\nWHERE x.id IN (SELECT unnest(?1::bigint[]))";
    return replaced(sql, "date(x.created_at)", "substr(x.created_at, 1, 10)");
}

} // namespace dialoog::postgres
