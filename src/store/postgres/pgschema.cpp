#include "pgschema.h"

#include "pgsearch.h"
#include "store/database.h"
#include "store/schema.h"
#include "store/statement.h"
#include "store/storeerror.h"
#include "store/transaction.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <array>
#include <string>
#include <string_view>

namespace dialoog::postgres {
namespace {

// The owner of a child row is its parent's owner. A parent the inserting role cannot see
// (row-level security) gives no owner, and is refused here: the foreign key alone would
// accept another manager's employee, since it is checked without the policies. The parent
// is read FOR SHARE: an insert during a reassignment waits for it and then sees the new
// owner (and is refused), instead of keeping the old one from its snapshot.
constexpr std::string_view ownerTriggers = R"sql(
CREATE FUNCTION dialoog_owner_from(parent text, parent_id bigint) RETURNS name
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, public AS $$
DECLARE
    found_owner name;
BEGIN
    IF parent_id IS NULL THEN
        RETURN NULL;
    END IF;
    EXECUTE format('SELECT owner_role FROM public.%I WHERE id = $1 FOR SHARE', parent)
        INTO found_owner USING parent_id;
    IF found_owner IS NULL THEN
        RAISE EXCEPTION 'no % with id %', parent, parent_id USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN found_owner;
END $$;
CREATE FUNCTION dialoog_owner_from_employee() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
BEGIN
    NEW.owner_role := dialoog_owner_from('employee', NEW.employee_id);
    RETURN NEW;
END $$;
CREATE FUNCTION dialoog_owner_from_conversation() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
BEGIN
    NEW.owner_role := dialoog_owner_from('conversation', NEW.conversation_id);
    RETURN NEW;
END $$;
CREATE FUNCTION dialoog_owner_from_goal() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
BEGIN
    NEW.owner_role := dialoog_owner_from('goal', NEW.goal_id);
    RETURN NEW;
END $$;
)sql";

// An id is the server's to give out. A manager may write an explicit one only to put back
// a row they deleted (undo), so never one above what the table's sequence handed out:
// otherwise they could take the ids a colleague's next saves get. The range check keeps
// the search index key (id << 4, postgres/pgsearch.cpp) from overflowing.
constexpr std::string_view idGuards = R"sql(
CREATE FUNCTION dialoog_id_given_out() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    last_given bigint;
BEGIN
    last_given := pg_catalog.pg_sequence_last_value(
        pg_catalog.pg_get_serial_sequence(format('public.%I', TG_TABLE_NAME), 'id')::regclass);
    IF NEW.id > coalesce(last_given, 0) THEN
        RAISE EXCEPTION 'id % of % was not given out by the server', NEW.id, TG_TABLE_NAME
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$;
DO $ids$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT c.relname FROM pg_catalog.pg_attribute a
             JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
             WHERE c.relnamespace = 'public'::regnamespace AND a.attname = 'id'
               AND a.attidentity = 'd' LOOP
        EXECUTE format('ALTER TABLE public.%I ADD CONSTRAINT %I CHECK (id > 0 AND id < %s)',
                       t.relname, t.relname || '_id_range', (2::bigint ^ 59)::bigint);
        EXECUTE format('CREATE TRIGGER %I BEFORE INSERT ON public.%I FOR EACH ROW '
                       'EXECUTE FUNCTION dialoog_id_given_out()', t.relname || '_id_given',
                       t.relname);
    END LOOP;
END
$ids$;
)sql";

// A row's owner is a person's login role, never one of Dialoog's group roles: a manager
// who does SET ROLE dialoog_manager would otherwise write rows every manager shares. The
// names are listed rather than matched as dialoog_%: a person's role may start so (the
// tests' manager is dialoog_test_manager).
constexpr std::string_view ownerGuards = R"sql(
DO $owners$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT table_name FROM information_schema.columns
             WHERE table_schema = 'public' AND column_name = 'owner_role' LOOP
        EXECUTE format($$ALTER TABLE public.%I ADD CONSTRAINT %I
                         CHECK (owner_role NOT IN ('dialoog_owner', 'dialoog_manager',
                                                   'dialoog_hr'))$$,
                       t.table_name, t.table_name || '_owner_is_a_person');
    END LOOP;
END
$owners$;
)sql";

// Which parent gives each table its owner (table, parent column, trigger function).
struct OwnedBy
{
    std::string_view table;
    std::string_view column;
    std::string_view function;
};
constexpr std::array<OwnedBy, 13> ownedTables = {{
    {"conversation", "employee_id", "dialoog_owner_from_employee"},
    {"feedback", "employee_id", "dialoog_owner_from_employee"},
    {"goal", "employee_id", "dialoog_owner_from_employee"},
    {"inbox_note", "employee_id", "dialoog_owner_from_employee"},
    {"reflection", "conversation_id", "dialoog_owner_from_conversation"},
    {"achievement", "conversation_id", "dialoog_owner_from_conversation"},
    {"answer", "conversation_id", "dialoog_owner_from_conversation"},
    {"note", "conversation_id", "dialoog_owner_from_conversation"},
    {"action_item", "conversation_id", "dialoog_owner_from_conversation"},
    {"agreement", "conversation_id", "dialoog_owner_from_conversation"},
    {"conversation_question", "conversation_id", "dialoog_owner_from_conversation"},
    {"goal_step", "goal_id", "dialoog_owner_from_goal"},
    {"goal_update", "goal_id", "dialoog_owner_from_goal"},
}};

// Version 7 of the SQLite schema (migrations 1-7 but the SQLite full-text index, which
// the server builds its own way), as one baseline: a server starts at 7.
constexpr int baselineVersion = 7;
constexpr std::string_view baseline = R"sql(
CREATE TABLE schema_version (
    single boolean PRIMARY KEY DEFAULT true CHECK (single),
    version integer NOT NULL
);
CREATE TABLE employee (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    name text NOT NULL CHECK (length(trim(name)) > 0),
    role text NOT NULL DEFAULT '',
    team text NOT NULL DEFAULT '',
    email text NOT NULL DEFAULT '',
    start_date text,
    rhythm_weeks bigint NOT NULL DEFAULT 6 CHECK (rhythm_weeks BETWEEN 1 AND 104),
    archived bigint NOT NULL DEFAULT 0,
    owner_role name NOT NULL DEFAULT current_user
);
-- HR's overview casts these dates (serversecurity.cpp), so one that is not an ISO date
-- would break it for everyone: refused here. A failing cast refuses the row too.
CREATE TABLE conversation (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    employee_id bigint NOT NULL REFERENCES employee(id) ON DELETE CASCADE,
    planned_date text CHECK (planned_date IS NULL
        OR (planned_date ~ '^\d{4}-\d{2}-\d{2}$' AND planned_date::date IS NOT NULL)),
    held_date text CHECK (held_date IS NULL
        OR (held_date ~ '^\d{4}-\d{2}-\d{2}$' AND held_date::date IS NOT NULL)),
    phase text NOT NULL DEFAULT 'preparation',
    next_follow_up text CHECK (next_follow_up IS NULL
        OR (next_follow_up ~ '^\d{4}-\d{2}-\d{2}$' AND next_follow_up::date IS NOT NULL)),
    no_follow_up bigint NOT NULL DEFAULT 0,
    energy bigint NOT NULL DEFAULT 0 CHECK (energy BETWEEN 0 AND 5),
    work_happiness bigint NOT NULL DEFAULT 0 CHECK (work_happiness BETWEEN 0 AND 5),
    wellbeing_note text NOT NULL DEFAULT '',
    summary text NOT NULL DEFAULT '',
    attention_points text NOT NULL DEFAULT '',
    corrected_on text,
    owner_role name NOT NULL DEFAULT current_user
);
CREATE TABLE reflection (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    conversation_id bigint NOT NULL UNIQUE REFERENCES conversation(id) ON DELETE CASCADE,
    went_well text NOT NULL DEFAULT '',
    growth text NOT NULL DEFAULT '',
    ambitions text NOT NULL DEFAULT '',
    owner_role name NOT NULL DEFAULT current_user
);
CREATE TABLE achievement (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    conversation_id bigint NOT NULL REFERENCES conversation(id) ON DELETE CASCADE,
    text text NOT NULL,
    owner_role name NOT NULL DEFAULT current_user
);
CREATE TABLE feedback (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    employee_id bigint NOT NULL REFERENCES employee(id) ON DELETE CASCADE,
    conversation_id bigint REFERENCES conversation(id) ON DELETE SET NULL,
    from_whom text NOT NULL DEFAULT '',
    relation text NOT NULL DEFAULT 'colleague',
    date text,
    text text NOT NULL,
    owner_role name NOT NULL DEFAULT current_user
);
CREATE TABLE goal (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    employee_id bigint NOT NULL REFERENCES employee(id) ON DELETE CASCADE,
    created_in bigint REFERENCES conversation(id) ON DELETE SET NULL,
    what text NOT NULL,
    why text NOT NULL DEFAULT '',
    status text NOT NULL DEFAULT 'proposed',
    progress bigint NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    target_date text,
    owner_role name NOT NULL DEFAULT current_user
);
CREATE TABLE goal_update (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    goal_id bigint NOT NULL REFERENCES goal(id) ON DELETE CASCADE,
    conversation_id bigint NOT NULL REFERENCES conversation(id) ON DELETE CASCADE,
    status text NOT NULL,
    progress bigint NOT NULL CHECK (progress BETWEEN 0 AND 100),
    note text NOT NULL DEFAULT '',
    owner_role name NOT NULL DEFAULT current_user,
    UNIQUE (goal_id, conversation_id)
);
CREATE TABLE goal_step (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    goal_id bigint NOT NULL REFERENCES goal(id) ON DELETE CASCADE,
    kind text NOT NULL DEFAULT 'task',
    text text NOT NULL,
    owner_role name NOT NULL DEFAULT current_user
);
-- A manager's own question bank; ad-hoc questions may hold an employee's words.
CREATE TABLE question (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    language text NOT NULL,
    text text NOT NULL,
    active bigint NOT NULL DEFAULT 1,
    sort_order bigint NOT NULL DEFAULT 0,
    owner_role name NOT NULL DEFAULT current_user
);
CREATE TABLE answer (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    conversation_id bigint NOT NULL REFERENCES conversation(id) ON DELETE CASCADE,
    question_id bigint NOT NULL REFERENCES question(id),
    text text NOT NULL DEFAULT '',
    owner_role name NOT NULL DEFAULT current_user,
    UNIQUE (conversation_id, question_id)
);
CREATE TABLE note (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    conversation_id bigint NOT NULL REFERENCES conversation(id) ON DELETE CASCADE,
    phase text NOT NULL,
    created_at text NOT NULL,
    text text NOT NULL,
    private bigint NOT NULL DEFAULT 0,
    owner_role name NOT NULL DEFAULT current_user,
    author_role name NOT NULL DEFAULT current_user
);
CREATE TABLE action_item (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    conversation_id bigint NOT NULL REFERENCES conversation(id) ON DELETE CASCADE,
    text text NOT NULL,
    owner text NOT NULL DEFAULT 'employee',
    owner_name text NOT NULL DEFAULT '',
    due_date text,
    done_date text,
    status text NOT NULL DEFAULT 'open',
    carried_over_from bigint REFERENCES action_item(id) ON DELETE SET NULL,
    closed_in bigint REFERENCES conversation(id) ON DELETE SET NULL,
    owner_role name NOT NULL DEFAULT current_user
);
CREATE TABLE agreement (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    conversation_id bigint NOT NULL REFERENCES conversation(id) ON DELETE CASCADE,
    text text NOT NULL,
    owner_role name NOT NULL DEFAULT current_user
);
CREATE TABLE conversation_question (
    conversation_id bigint NOT NULL REFERENCES conversation(id) ON DELETE CASCADE,
    question_id bigint NOT NULL REFERENCES question(id),
    position bigint NOT NULL,
    owner_role name NOT NULL DEFAULT current_user,
    PRIMARY KEY (conversation_id, question_id)
);
CREATE TABLE inbox_note (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    employee_id bigint NOT NULL REFERENCES employee(id) ON DELETE CASCADE,
    created_at text NOT NULL,
    text text NOT NULL,
    done bigint NOT NULL DEFAULT 0,
    owner_role name NOT NULL DEFAULT current_user
);
-- Settings are per manager on a shared server.
CREATE TABLE setting (
    owner_role name NOT NULL DEFAULT current_user,
    key text NOT NULL,
    value text NOT NULL,
    PRIMARY KEY (owner_role, key)
);
CREATE INDEX conversation_by_employee ON conversation(employee_id, planned_date);
CREATE INDEX achievement_by_conversation ON achievement(conversation_id);
CREATE INDEX feedback_by_employee ON feedback(employee_id);
CREATE INDEX feedback_by_conversation ON feedback(conversation_id);
CREATE INDEX goal_by_employee ON goal(employee_id);
CREATE INDEX goal_update_by_conversation ON goal_update(conversation_id);
CREATE INDEX goal_step_by_goal ON goal_step(goal_id);
CREATE INDEX answer_by_question ON answer(question_id);
CREATE INDEX note_by_conversation ON note(conversation_id);
CREATE INDEX action_item_by_conversation ON action_item(conversation_id);
CREATE INDEX action_item_by_origin ON action_item(carried_over_from);
CREATE INDEX action_item_by_closer ON action_item(closed_in);
CREATE INDEX action_item_open ON action_item(conversation_id) WHERE status = 'open';
CREATE INDEX agreement_by_conversation ON agreement(conversation_id);
CREATE INDEX conversation_question_by_question ON conversation_question(question_id);
CREATE INDEX inbox_note_by_employee ON inbox_note(employee_id, done);
-- Row-level security filters every query by owner; these keep that cheap.
CREATE INDEX employee_by_owner ON employee(owner_role);
CREATE INDEX conversation_by_owner ON conversation(owner_role);
CREATE INDEX question_by_owner ON question(owner_role);
)sql";

// Later migrations, numbered on from the baseline in the SQLite sequence (8, 9, ...).
// Never edit one that has shipped: add a new one.
constexpr std::array<std::string_view, 4> laterMigrations = {
    // 8: the version a save checks and counts up (see migration 8 in schema.cpp)
    R"sql(
ALTER TABLE conversation ADD COLUMN version bigint NOT NULL DEFAULT 0;
)sql",
    // 9: check-ins, the employee's response and sign-off, dismissed signals, the day
    // someone left (see migration 9 in schema.cpp); dates are ISO dates, as in the baseline
    R"sql(
ALTER TABLE conversation ADD COLUMN kind text NOT NULL DEFAULT 'development'
    CHECK (kind IN ('development', 'check-in'));
ALTER TABLE conversation ADD COLUMN check_in_topic text NOT NULL DEFAULT 'none';
ALTER TABLE conversation ADD COLUMN topic_text text NOT NULL DEFAULT '';
ALTER TABLE conversation ADD COLUMN next_check_in text CHECK (next_check_in IS NULL
        OR (next_check_in ~ '^\d{4}-\d{2}-\d{2}$' AND next_check_in::date IS NOT NULL));
ALTER TABLE conversation ADD COLUMN sign_off text NOT NULL DEFAULT 'draft'
    CHECK (sign_off IN ('draft', 'sent', 'seen', 'agreed', 'disputed'));
ALTER TABLE conversation ADD COLUMN sent_on text CHECK (sent_on IS NULL
        OR (sent_on ~ '^\d{4}-\d{2}-\d{2}$' AND sent_on::date IS NOT NULL));
ALTER TABLE conversation ADD COLUMN answered_on text CHECK (answered_on IS NULL
        OR (answered_on ~ '^\d{4}-\d{2}-\d{2}$' AND answered_on::date IS NOT NULL));
ALTER TABLE conversation ADD COLUMN employee_response text NOT NULL DEFAULT '';
ALTER TABLE employee ADD COLUMN check_in_weeks bigint NOT NULL DEFAULT 0
    CHECK (check_in_weeks BETWEEN 0 AND 52);
ALTER TABLE employee ADD COLUMN left_on text CHECK (left_on IS NULL
        OR (left_on ~ '^\d{4}-\d{2}-\d{2}$' AND left_on::date IS NOT NULL));
CREATE TABLE signal_dismissal (
    employee_id bigint NOT NULL REFERENCES employee(id) ON DELETE CASCADE,
    signal text NOT NULL,
    dismissed_at text NOT NULL,
    owner_role name NOT NULL DEFAULT current_user
        CONSTRAINT signal_dismissal_owner_is_a_person
        CHECK (owner_role NOT IN ('dialoog_owner', 'dialoog_manager', 'dialoog_hr')),
    PRIMARY KEY (employee_id, signal)
);
CREATE TRIGGER signal_dismissal_owner BEFORE INSERT OR UPDATE OF employee_id
    ON signal_dismissal FOR EACH ROW EXECUTE FUNCTION dialoog_owner_from_employee();
)sql",
    // 10: another computer's changes show up: every change to an employee or a
    // conversation (a save counts up its version, so any save) is announced on the
    // owner's channel, 'dialoog_' || md5(owner_role), with the table and the id only,
    // never a name or a text. A channel per owner, because LISTEN has no access rules:
    // a manager's Dialoog listens only to its own, so it never hears of another manager's
    // rows; md5 keeps the name within the 63 bytes a channel may have for any role name.
    // A reassignment tells the former owner too (the employee leaves their list).
    R"sql(
CREATE FUNCTION dialoog_announce_change() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    changed record;
BEGIN
    IF TG_OP = 'DELETE' THEN
        changed := OLD;
    ELSE
        changed := NEW;
    END IF;
    PERFORM pg_notify('dialoog_' || md5(changed.owner_role), TG_TABLE_NAME || ':' || changed.id);
    IF TG_OP = 'UPDATE' AND OLD.owner_role IS DISTINCT FROM NEW.owner_role THEN
        PERFORM pg_notify('dialoog_' || md5(OLD.owner_role), TG_TABLE_NAME || ':' || OLD.id);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER employee_announce AFTER INSERT OR UPDATE OR DELETE ON employee
    FOR EACH ROW EXECUTE FUNCTION dialoog_announce_change();
CREATE TRIGGER conversation_announce AFTER INSERT OR UPDATE OR DELETE ON conversation
    FOR EACH ROW EXECUTE FUNCTION dialoog_announce_change();
)sql",
    // 11: the file's search index stops merging inside saves (see migration 11 in
    // schema.cpp); PostgreSQL's GIN index has no such merge. The number is kept so both
    // backends count their versions alike.
    R"sql(
SELECT 1; -- nothing: the server's GIN index has no segments to merge
)sql",
};

std::string ownerTriggerSql()
{
    std::string sql(ownerTriggers);
    for (const OwnedBy &owned : ownedTables) {
        const std::string table(owned.table);
        sql += "CREATE TRIGGER " + table + "_owner BEFORE INSERT OR UPDATE OF " +
               std::string(owned.column) + " ON " + table + " FOR EACH ROW EXECUTE FUNCTION " +
               std::string(owned.function) + "();\n";
    }
    return sql;
}

void setVersion(Database &db, int version)
{
    // Our own integer, not user input.
    db.exec("INSERT INTO schema_version (version) VALUES (" + std::to_string(version) +
            ") ON CONFLICT (single) DO UPDATE SET version = excluded.version");
}

void applyMigration(Database &db, int version)
{
    if (version == baselineVersion) {
        db.exec(baseline);
        db.exec(ownerTriggerSql());
        db.exec(idGuards);
        db.exec(ownerGuards);
        db.exec(searchSchemaSql());
    } else {
        db.exec(laterMigrations[std::size_t(version - baselineVersion - 1)]);
    }
    setVersion(db, version);
}

} // namespace

int schemaVersion(Database &db)
{
    Statement exists(db, "SELECT to_regclass('schema_version') IS NOT NULL");
    if (!exists.step() || !exists.boolean(0))
        return 0;
    Statement version(db, "SELECT version FROM schema_version");
    return version.step() ? version.integer(0) : 0;
}

std::size_t schemaFingerprint()
{
    std::size_t hash = qHash(QByteArrayView(baseline.data(), qsizetype(baseline.size())), 0);
    hash ^= qHash(QByteArray::fromStdString(ownerTriggerSql()), 0);
    hash = hash * 31 + qHash(QByteArrayView(idGuards.data(), qsizetype(idGuards.size())), 0);
    hash = hash * 31 + qHash(QByteArrayView(ownerGuards.data(), qsizetype(ownerGuards.size())), 0);
    hash = hash * 31 + qHash(QByteArray::fromStdString(searchSchemaSql()), 0);
    for (std::string_view migration : laterMigrations)
        hash = hash * 31 + qHash(QByteArrayView(migration.data(), qsizetype(migration.size())), 0);
    return hash;
}

void migrateTo(Database &db, int version)
{
    const int from = schemaVersion(db);
    if (from != 0 && from < baselineVersion)
        throw StoreError(StoreError::Kind::Other,
                         QCoreApplication::translate("dialoog::postgres",
                                                     "This server database has an unknown schema "
                                                     "(version %1); it cannot be updated.")
                             .arg(from));
    for (int next = from == 0 ? baselineVersion : from + 1; next <= version; ++next) {
        Transaction transaction(db);
        applyMigration(db, next);
        transaction.commit();
    }
}

void migrate(Database &db)
{
    static_assert(baselineVersion + int(laterMigrations.size()) >= 7);
    migrateTo(db, baselineVersion + int(laterMigrations.size()));
}

} // namespace dialoog::postgres
