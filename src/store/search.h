#pragma once

#include "core/searchhit.h"

#include <QString>
#include <vector>

namespace dialoog {

class Database;

// Full-text search over everything written about people: notes, answers,
// reflections, feedback, goals, agreements and action items. The index is kept in
// step by triggers (migration 4), so it changes in the same transaction as the text.
class Search final
{
public:
    explicit Search(Database &db) : m_db(db) {}

    // What the user typed, as you type: every word must occur, the last letters may
    // still be missing, and accents don't matter. Newest first.
    std::vector<SearchHit> find(const QString &typed, int limit = 100);

    // The FTS5 query for what the user typed; empty when there is nothing to look for.
    static QString matchExpression(const QString &typed);

    // Rewrites the index in one piece, so text that was removed leaves no trace in
    // its older parts (with secure_delete, the freed pages are overwritten).
    void compact();

private:
    Database &m_db;
};

} // namespace dialoog
