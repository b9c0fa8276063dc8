#include "schema.h"

#include "database.h"
#include "searchsources.h"
#include "statement.h"
#include "transaction.h"

#include <array>
#include <string>
#include <string_view>

namespace dialoog::schema {
namespace {

// Never edit a migration that has shipped: add a new one.
constexpr std::array<std::string_view, 11> migrations = {
    // 1: the first schema
    R"sql(
CREATE TABLE employee (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    role TEXT NOT NULL DEFAULT '',
    team TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    start_date TEXT,
    rhythm_weeks INTEGER NOT NULL DEFAULT 6 CHECK (rhythm_weeks BETWEEN 1 AND 104),
    archived INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE conversation (
    id INTEGER PRIMARY KEY,
    employee_id INTEGER NOT NULL REFERENCES employee(id) ON DELETE CASCADE,
    planned_date TEXT,
    held_date TEXT,
    phase TEXT NOT NULL DEFAULT 'preparation',
    next_follow_up TEXT,
    no_follow_up INTEGER NOT NULL DEFAULT 0,
    energy INTEGER NOT NULL DEFAULT 0 CHECK (energy BETWEEN 0 AND 5),
    work_happiness INTEGER NOT NULL DEFAULT 0 CHECK (work_happiness BETWEEN 0 AND 5),
    wellbeing_note TEXT NOT NULL DEFAULT '',
    summary TEXT NOT NULL DEFAULT ''
);
CREATE TABLE reflection (
    id INTEGER PRIMARY KEY,
    conversation_id INTEGER NOT NULL UNIQUE REFERENCES conversation(id) ON DELETE CASCADE,
    went_well TEXT NOT NULL DEFAULT '',
    growth TEXT NOT NULL DEFAULT '',
    ambitions TEXT NOT NULL DEFAULT ''
);
CREATE TABLE achievement (
    id INTEGER PRIMARY KEY,
    conversation_id INTEGER NOT NULL REFERENCES conversation(id) ON DELETE CASCADE,
    text TEXT NOT NULL
);
CREATE TABLE feedback (
    id INTEGER PRIMARY KEY,
    employee_id INTEGER NOT NULL REFERENCES employee(id) ON DELETE CASCADE,
    conversation_id INTEGER REFERENCES conversation(id) ON DELETE SET NULL,
    from_whom TEXT NOT NULL DEFAULT '',
    relation TEXT NOT NULL DEFAULT 'colleague',
    date TEXT,
    text TEXT NOT NULL
);
CREATE TABLE goal (
    id INTEGER PRIMARY KEY,
    employee_id INTEGER NOT NULL REFERENCES employee(id) ON DELETE CASCADE,
    created_in INTEGER REFERENCES conversation(id) ON DELETE SET NULL,
    what TEXT NOT NULL,
    why TEXT NOT NULL DEFAULT '',
    how TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'proposed',
    progress INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    target_date TEXT
);
CREATE TABLE goal_update (
    id INTEGER PRIMARY KEY,
    goal_id INTEGER NOT NULL REFERENCES goal(id) ON DELETE CASCADE,
    conversation_id INTEGER NOT NULL REFERENCES conversation(id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    progress INTEGER NOT NULL CHECK (progress BETWEEN 0 AND 100),
    note TEXT NOT NULL DEFAULT '',
    UNIQUE (goal_id, conversation_id)
);
CREATE TABLE question (
    id INTEGER PRIMARY KEY,
    language TEXT NOT NULL,
    text TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    sort_order INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE answer (
    id INTEGER PRIMARY KEY,
    conversation_id INTEGER NOT NULL REFERENCES conversation(id) ON DELETE CASCADE,
    question_id INTEGER NOT NULL REFERENCES question(id),
    text TEXT NOT NULL DEFAULT '',
    UNIQUE (conversation_id, question_id)
);
CREATE TABLE note (
    id INTEGER PRIMARY KEY,
    conversation_id INTEGER NOT NULL REFERENCES conversation(id) ON DELETE CASCADE,
    phase TEXT NOT NULL,
    created_at TEXT NOT NULL,
    text TEXT NOT NULL,
    private INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE action_item (
    id INTEGER PRIMARY KEY,
    conversation_id INTEGER NOT NULL REFERENCES conversation(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    owner TEXT NOT NULL DEFAULT 'employee',
    owner_name TEXT NOT NULL DEFAULT '',
    due_date TEXT,
    done_date TEXT,
    status TEXT NOT NULL DEFAULT 'open',
    carried_over_from INTEGER REFERENCES action_item(id) ON DELETE SET NULL
);
CREATE TABLE agreement (
    id INTEGER PRIMARY KEY,
    conversation_id INTEGER NOT NULL REFERENCES conversation(id) ON DELETE CASCADE,
    text TEXT NOT NULL
);
)sql",
    // 2: lookups by parent are what every screen does; settings that travel with the file
    R"sql(
CREATE INDEX conversation_by_employee ON conversation(employee_id, planned_date);
CREATE INDEX achievement_by_conversation ON achievement(conversation_id);
CREATE INDEX feedback_by_employee ON feedback(employee_id);
CREATE INDEX feedback_by_conversation ON feedback(conversation_id);
CREATE INDEX goal_by_employee ON goal(employee_id);
CREATE INDEX goal_update_by_conversation ON goal_update(conversation_id);
CREATE INDEX answer_by_question ON answer(question_id);
CREATE INDEX note_by_conversation ON note(conversation_id);
CREATE INDEX action_item_by_conversation ON action_item(conversation_id);
CREATE INDEX action_item_by_origin ON action_item(carried_over_from);
CREATE INDEX agreement_by_conversation ON agreement(conversation_id);
CREATE TABLE setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
)sql",
    // 3: a goal's "how" as separate steps; points of attention; the questions picked
    // for a conversation; which later conversation closed an action item
    R"sql(
CREATE TABLE goal_step (
    id INTEGER PRIMARY KEY,
    goal_id INTEGER NOT NULL REFERENCES goal(id) ON DELETE CASCADE,
    kind TEXT NOT NULL DEFAULT 'task',
    text TEXT NOT NULL
);
CREATE INDEX goal_step_by_goal ON goal_step(goal_id);
INSERT INTO goal_step (goal_id, kind, text) SELECT id, 'task', how FROM goal WHERE trim(how) <> '';
ALTER TABLE goal DROP COLUMN how;
ALTER TABLE conversation ADD COLUMN attention_points TEXT NOT NULL DEFAULT '';
ALTER TABLE action_item ADD COLUMN closed_in INTEGER REFERENCES conversation(id) ON DELETE SET NULL;
CREATE INDEX action_item_by_closer ON action_item(closed_in);
CREATE TABLE conversation_question (
    conversation_id INTEGER NOT NULL REFERENCES conversation(id) ON DELETE CASCADE,
    question_id INTEGER NOT NULL REFERENCES question(id),
    position INTEGER NOT NULL,
    PRIMARY KEY (conversation_id, question_id)
) WITHOUT ROWID;
CREATE INDEX conversation_question_by_question ON conversation_question(question_id);
)sql",
    // 4: full-text search; the index and its triggers are built from searchsources.h,
    // which is versioned with this migration (see there)
    "",
    // 5: the day a held conversation was last corrected
    R"sql(
ALTER TABLE conversation ADD COLUMN corrected_on TEXT;
)sql",
    // 6: notes for next time, an inbox per employee; their text joins the search index
    // (the triggers come from inboxSearchSource in searchsources.cpp)
    R"sql(
CREATE TABLE inbox_note (
    id INTEGER PRIMARY KEY,
    employee_id INTEGER NOT NULL REFERENCES employee(id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    text TEXT NOT NULL,
    done INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX inbox_note_by_employee ON inbox_note(employee_id, done);
)sql",
    // 7: the employee list counts open action items per person at every start; with
    // years of history most items are done, so the count reads only the open ones
    R"sql(
CREATE INDEX action_item_open ON action_item(conversation_id) WHERE status = 'open';
)sql",
    // 8: every save of a conversation counts up its version, so a save based on an older
    // load (the same conversation open on two computers) is refused, not overwriting
    R"sql(
ALTER TABLE conversation ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
)sql",
    // 9: a dialogue all year: short check-ins beside development conversations, the
    // employee's response to the report and its sign-off, dismissed signals of falling
    // energy, and the day someone left (retention can count from it)
    R"sql(
ALTER TABLE conversation ADD COLUMN kind TEXT NOT NULL DEFAULT 'development'
    CHECK (kind IN ('development', 'check-in'));
ALTER TABLE conversation ADD COLUMN check_in_topic TEXT NOT NULL DEFAULT 'none';
ALTER TABLE conversation ADD COLUMN topic_text TEXT NOT NULL DEFAULT '';
ALTER TABLE conversation ADD COLUMN next_check_in TEXT;
ALTER TABLE conversation ADD COLUMN sign_off TEXT NOT NULL DEFAULT 'draft'
    CHECK (sign_off IN ('draft', 'sent', 'seen', 'agreed', 'disputed'));
ALTER TABLE conversation ADD COLUMN sent_on TEXT;
ALTER TABLE conversation ADD COLUMN answered_on TEXT;
ALTER TABLE conversation ADD COLUMN employee_response TEXT NOT NULL DEFAULT '';
ALTER TABLE employee ADD COLUMN check_in_weeks INTEGER NOT NULL DEFAULT 0
    CHECK (check_in_weeks BETWEEN 0 AND 52);
ALTER TABLE employee ADD COLUMN left_on TEXT;
CREATE TABLE signal_dismissal (
    employee_id INTEGER NOT NULL REFERENCES employee(id) ON DELETE CASCADE,
    signal TEXT NOT NULL,
    dismissed_at TEXT NOT NULL,
    PRIMARY KEY (employee_id, signal)
) WITHOUT ROWID;
)sql",
    // 10: on the server, changes are announced to the other computers (LISTEN/NOTIFY,
    // pgschema.cpp); a file has one writer, so there is nothing to do here. The number is
    // kept so both backends count their versions alike.
    R"sql(
-- nothing: a file has no other computers to tell
)sql",
    // 11: the search index no longer merges its segments inside the saves (FTS5's
    // automerge off): about one save in sixty paid for that merge, the longer the larger
    // the index. The merging is done while nobody takes notes (BackgroundMaintenance);
    // FTS5's crisis merge of sixteen segments on one level stays in the saves, and with
    // automerge off those are the small new ones. A config row: the index is not rebuilt.
    R"sql(
INSERT INTO search_index (search_index, rank) VALUES ('automerge', 0);
)sql",
};

void applyMigration(Database &db, int version)
{
    if (version == 4) {
        db.exec(searchIndexMigration());
        return;
    }
    db.exec(migrations[std::size_t(version - 1)]);
    if (version == 6)
        db.exec(searchSourceSql(inboxSearchSource));
}

int userVersion(Database &db)
{
    Statement query(db, "PRAGMA user_version");
    return query.step() ? query.integer(0) : 0;
}

void apply(Database &db, int fromVersion, int toVersion)
{
    for (int version = fromVersion + 1; version <= toVersion; ++version) {
        Transaction transaction(db);
        applyMigration(db, version);
        // PRAGMA takes no parameters; the value is our own integer.
        db.exec("PRAGMA user_version = " + std::to_string(version));
        if (version == 1)
            db.exec("PRAGMA application_id = " + std::to_string(applicationId));
        transaction.commit();
    }
}

} // namespace

int currentVersion()
{
    return int(migrations.size());
}

void migrate(Database &db)
{
    apply(db, userVersion(db), currentVersion());
}

void migrateTo(Database &db, int version)
{
    apply(db, userVersion(db), version);
}

} // namespace dialoog::schema
