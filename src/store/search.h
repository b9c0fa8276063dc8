#pragma once

#include "core/searchhit.h"

#include <QString>
#include <vector>

namespace dialoog {

class Database;

// Full-text search over everything written about people: notes, answers,
// reflections, feedback, goals, agreements and action items. The index is kept in
// step by triggers (migration 4; on a server postgres/pgsearch.h), so it changes in the
// same transaction as the text.
class Search final
{
public:
    explicit Search(Database &db) : m_db(db) {}

    // What the user typed, as you type: every word must occur, the last letters may
    // still be missing, and accents don't matter. Newest first.
    std::vector<SearchHit> find(const QString &typed, int limit = 100);

    // The FTS5 query for what the user typed; empty when there is nothing to look for.
    static QString matchExpression(const QString &typed);
    // The same as a PostgreSQL tsquery text, bound as a parameter of to_tsquery: every
    // word quoted and a prefix ('word':* & 'next':*).
    static QString tsQuery(const QString &typed);

    // Rewrites the index in one piece, so text that was removed leaves no trace in
    // its older parts (with secure_delete, the freed pages are overwritten). A server's
    // index needs nothing: its deleted rows are gone for every reader at once.
    void compact();

private:
    std::vector<SearchHit> hitsFor(const QString &typed, int limit);
    // Fills in where each hit belongs; false for a hit whose place was not found.
    std::vector<bool> place(std::vector<SearchHit> &hits);

    Database &m_db;
};

} // namespace dialoog
