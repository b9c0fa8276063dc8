#pragma once

#include <string>
#include <string_view>

namespace dialoog {

struct SearchSourceTable;

// Full-text search on a team server, behaving as the file's FTS5 index does (search.h):
// one `search_index` table with a `tsvector` per searchable row, kept by triggers on the
// same source list (searchsources.h), words mapped through `unaccent` and `simple` (the
// text search configuration dialoog_search), and a GIN index. Row-level security shows a
// manager only their own rows, and a private note only to its author.
namespace postgres {

// The configuration, the index table and one trigger per source table; part of the
// baseline schema. Needs the unaccent extension (server init creates it).
std::string searchSchemaSql();

// The search: ?1 the tsquery text (Search::tsQuery), ?2 the limit; gives rowid and
// snippet, newest first.
std::string_view searchSql();

// A source's places query for the server: ?1 is a PostgreSQL array of ids ("{1,2}").
std::string placeSql(const SearchSourceTable &source);

} // namespace postgres
} // namespace dialoog
