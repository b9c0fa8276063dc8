#include "searchsources.h"

namespace dialoog {

// The place queries are spelled out per table: one indexed lookup per hit, all hits of
// a table in one statement (placeSql).
const std::array<SearchSourceTable, 11> searchSources = {{
    {SearchSource::Note, "note", "$.text",
     R"sql(x.id, e.id, e.name, c.id, coalesce(c.held_date, c.planned_date), x.phase, x.private, c.kind)sql",
     R"sql(note x JOIN conversation c ON c.id = x.conversation_id JOIN employee e ON e.id = c.employee_id)sql"},
    {SearchSource::Answer, "answer", "$.text",
     R"sql(x.id, e.id, e.name, c.id, coalesce(c.held_date, c.planned_date), 'questions', 0, c.kind)sql",
     R"sql(answer x JOIN conversation c ON c.id = x.conversation_id JOIN employee e ON e.id = c.employee_id)sql"},
    {SearchSource::Reflection, "reflection",
     "$.went_well || char(10) || $.growth || char(10) || $.ambitions",
     R"sql(x.id, e.id, e.name, c.id, coalesce(c.held_date, c.planned_date), 'preparation', 0, c.kind)sql",
     R"sql(reflection x JOIN conversation c ON c.id = x.conversation_id JOIN employee e ON e.id = c.employee_id)sql"},
    {SearchSource::Feedback, "feedback", "$.from_whom || char(10) || $.text",
     R"sql(x.id, e.id, e.name, c.id, coalesce(c.held_date, c.planned_date, x.date), 'preparation', 0, c.kind)sql",
     R"sql(feedback x JOIN employee e ON e.id = x.employee_id LEFT JOIN conversation c ON c.id = x.conversation_id)sql"},
    {SearchSource::Goal, "goal", "$.what || char(10) || $.why",
     R"sql(x.id, e.id, e.name, c.id, coalesce(c.held_date, c.planned_date, x.target_date), 'goals', 0, c.kind)sql",
     R"sql(goal x JOIN employee e ON e.id = x.employee_id LEFT JOIN conversation c ON c.id = x.created_in)sql"},
    {SearchSource::GoalStep, "goal_step", "$.text",
     R"sql(x.id, e.id, e.name, c.id, coalesce(c.held_date, c.planned_date, g.target_date), 'goals', 0, c.kind)sql",
     R"sql(goal_step x JOIN goal g ON g.id = x.goal_id JOIN employee e ON e.id = g.employee_id
LEFT JOIN conversation c ON c.id = g.created_in)sql"},
    {SearchSource::GoalUpdate, "goal_update", "$.note",
     R"sql(x.id, e.id, e.name, c.id, coalesce(c.held_date, c.planned_date), 'goals', 0, c.kind)sql",
     R"sql(goal_update x JOIN conversation c ON c.id = x.conversation_id JOIN employee e ON e.id = c.employee_id)sql"},
    {SearchSource::Agreement, "agreement", "$.text",
     R"sql(x.id, e.id, e.name, c.id, coalesce(c.held_date, c.planned_date), 'wrap-up', 0, c.kind)sql",
     R"sql(agreement x JOIN conversation c ON c.id = x.conversation_id JOIN employee e ON e.id = c.employee_id)sql"},
    {SearchSource::ActionItem, "action_item", "$.text",
     R"sql(x.id, e.id, e.name, c.id, coalesce(c.held_date, c.planned_date), 'wrap-up', 0, c.kind)sql",
     R"sql(action_item x JOIN conversation c ON c.id = x.conversation_id JOIN employee e ON e.id = c.employee_id)sql"},
    {SearchSource::Achievement, "achievement", "$.text",
     R"sql(x.id, e.id, e.name, c.id, coalesce(c.held_date, c.planned_date), 'preparation', 0, c.kind)sql",
     R"sql(achievement x JOIN conversation c ON c.id = x.conversation_id JOIN employee e ON e.id = c.employee_id)sql"},
    {SearchSource::Conversation, "conversation",
     "$.attention_points || char(10) || $.summary || char(10) || $.wellbeing_note",
     R"sql(x.id, e.id, e.name, x.id, coalesce(x.held_date, x.planned_date), 'wrap-up', 0, x.kind)sql",
     R"sql(conversation x JOIN employee e ON e.id = x.employee_id)sql"},
}};

// A note for next time belongs to the employee, not to a conversation: its hit opens
// the employee, dated the day it was written.
const SearchSourceTable inboxSearchSource = {
    SearchSource::InboxNote, "inbox_note", "$.text",
    R"sql(x.id, e.id, e.name, NULL, date(x.created_at), 'preparation', 0, 'development')sql",
    R"sql(inbox_note x JOIN employee e ON e.id = x.employee_id)sql"};

const SearchSourceTable *searchSourceTable(SearchSource source)
{
    if (source == inboxSearchSource.source)
        return &inboxSearchSource;
    for (const SearchSourceTable &s : searchSources) {
        if (s.source == source)
            return &s;
    }
    return nullptr;
}

std::string placeSql(const SearchSourceTable &source)
{
    return "SELECT " + std::string(source.placeColumns) + "\nFROM json_each(?1) ids CROSS JOIN " +
           std::string(source.placeFrom) + "\nWHERE x.id = ids.value";
}

std::string replaced(std::string_view text, std::string_view what, std::string_view with)
{
    std::string out;
    for (std::size_t at = 0;;) {
        const std::size_t found = text.find(what, at);
        out.append(text.substr(at, found - at));
        if (found == std::string_view::npos)
            return out;
        out.append(with);
        at = found + what.size();
    }
}

std::string searchIndexMigration()
{
    // remove_diacritics 2: "reunie" finds "reünie". The prefix indexes keep search-as-you-type
    // fast for the first few letters.
    std::string sql = R"sql(
CREATE VIRTUAL TABLE search_index USING fts5(body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
)sql";
    for (const SearchSourceTable &s : searchSources)
        sql += searchSourceSql(s);
    return sql;
}

std::string searchSourceSql(const SearchSourceTable &s)
{
    std::string sql;
    const std::string table(s.table);
    const std::string kind = std::to_string(int(s.source));
    const std::string rowid = "(%.id << " + std::to_string(searchSourceBits) + ") | " + kind;
    const std::string newBody = replaced(s.body, "$", "new");
    const std::string oldBody = replaced(s.body, "$", "old");
    const std::string newRowid = replaced(rowid, "%", "new");
    const std::string oldRowid = replaced(rowid, "%", "old");
    sql += "CREATE TRIGGER " + table + "_search_insert AFTER INSERT ON " + table +
           " BEGIN\n"
           "  INSERT INTO search_index (rowid, body) VALUES (" +
           newRowid + ", " + newBody + ");\nEND;\n";
    // Saves rewrite every row of a conversation; only a changed text touches the index.
    sql += "CREATE TRIGGER " + table + "_search_update AFTER UPDATE ON " + table + " WHEN (" +
           oldBody + ") IS NOT (" + newBody +
           ") OR old.id <> new.id BEGIN\n"
           "  DELETE FROM search_index WHERE rowid = " +
           oldRowid +
           ";\n"
           "  INSERT INTO search_index (rowid, body) VALUES (" +
           newRowid + ", " + newBody + ");\nEND;\n";
    sql += "CREATE TRIGGER " + table + "_search_delete AFTER DELETE ON " + table +
           " BEGIN\n"
           "  DELETE FROM search_index WHERE rowid = " +
           oldRowid + ";\nEND;\n";
    return sql + searchIndexFillSql(s) + ";\n";
}

std::string searchIndexFillSql(const SearchSourceTable &s, std::string_view condition)
{
    std::string sql = "INSERT INTO search_index (rowid, body) SELECT (id << " +
                      std::to_string(searchSourceBits) + ") | " + std::to_string(int(s.source)) +
                      ", " + replaced(s.body, "$.", "") + " FROM " + std::string(s.table);
    if (!condition.empty())
        sql += " WHERE " + std::string(condition);
    return sql;
}

} // namespace dialoog
