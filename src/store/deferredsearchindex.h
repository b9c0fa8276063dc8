#pragma once

#include <QtGlobal>
#include <string>
#include <utility>
#include <vector>

namespace dialoog {

class Database;

// For adding many rows at once (an import, generated data): the search index's insert
// triggers are set aside, and the new rows are indexed in one statement per table at
// the end. The same entries as the triggers would write, but FTS5 flushes its pending
// entries at every statement's savepoint, so row-by-row indexing inside one long
// transaction writes a tiny index segment per row and spends most of its time merging.
// Use only inside a transaction (if it rolls back, the triggers are back as well), and
// only to add rows in between: a text changed meanwhile would be indexed twice.
class DeferredSearchIndex final
{
public:
    explicit DeferredSearchIndex(Database &db);
    // Without finish(), the enclosing transaction must roll back: the triggers are gone.
    ~DeferredSearchIndex() = default;
    DeferredSearchIndex(const DeferredSearchIndex &) = delete;
    DeferredSearchIndex &operator=(const DeferredSearchIndex &) = delete;

    // Indexes every row added since construction and puts the triggers back.
    void finish();

private:
    Database &m_db;
    // Each searchable table's highest id before: rows above it are new (ids only grow).
    std::vector<std::pair<int, qint64>> m_lastIds; // source number, id
    std::vector<std::string> m_triggers;           // the CREATE TRIGGER statements set aside
};

} // namespace dialoog
