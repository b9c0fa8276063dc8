#pragma once

#include "core/searchhit.h"

#include <array>
#include <string>
#include <string_view>

namespace dialoog {

// Every table whose text is searchable, and how its rows map onto the search index.
// An index entry's rowid is sourceRowid(source, id), so a trigger can find it again
// without scanning. Migration 4 is built from this list: change it only together with
// a new migration that drops and recreates the index and its triggers.
struct SearchSourceTable
{
    SearchSource source;
    std::string_view table;
    // The indexed text; `$` stands for the row (new or old in a trigger).
    std::string_view body;
    // The places hits belong to, read at search time only, never by a trigger: the
    // columns (row id, employee id, employee name, conversation id, date, phase key,
    // private flag, conversation kind, NULL where there is no conversation) from the
    // tables joined to the row `x`. placeSql() makes the query of each backend.
    std::string_view placeColumns;
    std::string_view placeFrom;
};

extern const std::array<SearchSourceTable, 11> searchSources;

// Sources added after migration 4, each with the migration that added its triggers
// (migration 4's list above stays as it shipped).
extern const SearchSourceTable inboxSearchSource; // migration 5

// The table of any source, migration 4's or later; nullptr for an unknown number.
const SearchSourceTable *searchSourceTable(SearchSource source);

constexpr qint64 searchSourceBits = 4;
// The longest prefix that the search index holds as a term of its own (prefix = '2 3',
// migration 4).
constexpr qsizetype searchPrefixLength = 3;
constexpr qint64 sourceRowid(SearchSource source, qint64 id)
{
    return (id << searchSourceBits) | qint64(source);
}
constexpr SearchSource sourceOfRowid(qint64 rowid)
{
    return SearchSource(rowid & ((1 << searchSourceBits) - 1));
}
constexpr qint64 idOfRowid(qint64 rowid)
{
    return rowid >> searchSourceBits;
}

// The SQL of migration 4: the FTS5 table, one trigger per table and change, and the
// index filled from the rows already there.
// `text` with every `what` replaced by `with`: the triggers are written once as templates
// with placeholders and filled in per table, for either backend.
std::string replaced(std::string_view text, std::string_view what, std::string_view with);

std::string searchIndexMigration();

// A source's places query on a file, for the ids in the JSON array ?1. The ids lead the
// join: a subquery of them (IN) would be made into a temporary index first, which cost a
// one-hit search more than reading its row and its employee.
std::string placeSql(const SearchSourceTable &source);

// The triggers of one source and its rows already there, for a migration that adds a
// searchable table to the existing index.
std::string searchSourceSql(const SearchSourceTable &source);

// The statement that indexes the rows of `source` meeting `condition` (SQL on the
// table's own columns, such as "id > ?"; empty: every row), as its insert trigger would.
std::string searchIndexFillSql(const SearchSourceTable &source, std::string_view condition = {});

} // namespace dialoog
