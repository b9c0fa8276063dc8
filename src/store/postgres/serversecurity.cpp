#include "serversecurity.h"

#include "store/database.h"
#include "store/statement.h"
#include "store/storeerror.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <string_view>

namespace dialoog::postgres {
namespace {

// Roles belong to the whole cluster: two databases (or two inits at once) share them.
constexpr std::string_view rolesSql = R"sql(
DO $roles$
DECLARE
    wanted name;
BEGIN
    FOREACH wanted IN ARRAY ARRAY['dialoog_owner', 'dialoog_manager', 'dialoog_hr']::name[] LOOP
        IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = wanted) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', wanted);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL; -- another init made it at the same moment
            END;
        END IF;
    END LOOP;
    IF NOT pg_catalog.pg_has_role(current_user, 'dialoog_owner', 'MEMBER') THEN
        EXECUTE format('GRANT dialoog_owner TO %I', current_user);
    END IF;
    EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO dialoog_manager, dialoog_hr',
                   current_database());
END
$roles$;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE, CREATE ON SCHEMA public TO dialoog_owner;
GRANT USAGE ON SCHEMA public TO dialoog_manager, dialoog_hr;
CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public;
)sql";

// Every table: row-level security that binds the owner too, no rights for anyone but by
// the grants below, and the owner's own policy. The owner sees every row (migrations,
// reassignment) only while it is the current user, not while a view it owns runs for
// someone else. Tables with owner_role are a manager's own rows (settings included); a
// table added later with that column is covered without a change here.
constexpr std::string_view everyTableSql = R"sql(
CREATE TABLE IF NOT EXISTS reassignment (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    employee_id bigint NOT NULL,
    from_role name NOT NULL,
    to_role name NOT NULL,
    done_by name NOT NULL DEFAULT session_user,
    done_at timestamptz NOT NULL DEFAULT now()
);
DO $policies$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT policyname, tablename FROM pg_catalog.pg_policies
             WHERE schemaname = 'public' LOOP
        EXECUTE format('DROP POLICY %I ON public.%I', t.policyname, t.tablename);
    END LOOP;
    FOR t IN SELECT relname FROM pg_catalog.pg_class
             WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'p') LOOP
        EXECUTE format('ALTER TABLE public.%I ENABLE ROW LEVEL SECURITY', t.relname);
        EXECUTE format('ALTER TABLE public.%I FORCE ROW LEVEL SECURITY', t.relname);
        EXECUTE format('REVOKE ALL ON public.%I FROM PUBLIC, dialoog_manager, dialoog_hr',
                       t.relname);
        EXECUTE format($$CREATE POLICY owner_all ON public.%I TO dialoog_owner
                         USING (current_user = 'dialoog_owner')
                         WITH CHECK (current_user = 'dialoog_owner')$$, t.relname);
    END LOOP;
    FOR t IN SELECT table_name AS relname FROM information_schema.columns
             WHERE table_schema = 'public' AND column_name = 'owner_role'
               AND table_name <> 'search_index' LOOP
        IF t.relname NOT IN ('note', 'question') THEN
            EXECUTE format($$CREATE POLICY manager_own ON public.%I TO dialoog_manager
                             USING (owner_role = current_user)
                             WITH CHECK (owner_role = current_user)$$, t.relname);
        END IF;
        -- Whose a row is, and who wrote a note, is never the manager's to change; nor is
        -- a row's id (pgschema.cpp: ids are the server's to give out).
        EXECUTE format('GRANT SELECT, INSERT, DELETE ON public.%I TO dialoog_manager', t.relname);
        EXECUTE (SELECT format('GRANT UPDATE (%s) ON public.%I TO dialoog_manager',
                               string_agg(quote_ident(c.column_name), ', '), t.relname)
                 FROM information_schema.columns c
                 WHERE c.table_schema = 'public' AND c.table_name = t.relname
                   AND c.column_name NOT IN ('id', 'owner_role', 'author_role'));
    END LOOP;
END
$policies$;
-- Identity columns need no rights on their sequences; nobody else gets any.
REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC, dialoog_manager, dialoog_hr;
)sql";

// A private note is its author's alone: after a reassignment it stays with them, and the
// new manager does not see it. A manager cannot write a note in someone else's name. The
// search index follows the same rule; only its triggers write it (postgres/pgsearch.cpp).
constexpr std::string_view notesSql = R"sql(
CREATE POLICY manager_reads ON note FOR SELECT TO dialoog_manager
    USING (owner_role = current_user AND (private = 0 OR author_role = current_user));
CREATE POLICY manager_adds ON note FOR INSERT TO dialoog_manager
    WITH CHECK (owner_role = current_user AND author_role = current_user);
CREATE POLICY manager_changes ON note FOR UPDATE TO dialoog_manager
    USING (owner_role = current_user AND (private = 0 OR author_role = current_user))
    WITH CHECK (owner_role = current_user AND (private = 0 OR author_role = current_user));
CREATE POLICY manager_deletes ON note FOR DELETE TO dialoog_manager
    USING (owner_role = current_user AND (private = 0 OR author_role = current_user));
CREATE POLICY manager_reads ON search_index FOR SELECT TO dialoog_manager
    USING (owner_role = current_user AND (NOT private OR author_role = current_user));
GRANT SELECT ON search_index TO dialoog_manager;
)sql";

// A manager's question bank is their own (an ad-hoc question may hold an employee's
// words; each manager's starts as a copy of the default bank). Someone else's question is
// readable only while one of the manager's own answers or picked questions refers to it:
// after a reassignment the answers still show their questions. So that such a reference
// cannot be made up to read a question, a row may point only at the manager's own
// question when it is written.
constexpr std::string_view questionsSql = R"sql(
CREATE POLICY manager_reads ON question FOR SELECT TO dialoog_manager
    USING (owner_role = current_user
           OR EXISTS (SELECT FROM answer a WHERE a.question_id = question.id)
           OR EXISTS (SELECT FROM conversation_question p WHERE p.question_id = question.id));
CREATE POLICY manager_adds ON question FOR INSERT TO dialoog_manager
    WITH CHECK (owner_role = current_user);
CREATE POLICY manager_changes ON question FOR UPDATE TO dialoog_manager
    USING (owner_role = current_user) WITH CHECK (owner_role = current_user);
CREATE POLICY manager_deletes ON question FOR DELETE TO dialoog_manager
    USING (owner_role = current_user);
CREATE OR REPLACE FUNCTION dialoog_question_in_reach() RETURNS trigger
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.question_id = OLD.question_id THEN
        RETURN NEW;
    END IF;
    IF NOT EXISTS (SELECT FROM public.question q WHERE q.id = NEW.question_id
                   AND q.owner_role = current_user) THEN
        RAISE EXCEPTION 'question % is not yours', NEW.question_id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS answer_question_in_reach ON answer;
CREATE TRIGGER answer_question_in_reach BEFORE INSERT OR UPDATE OF question_id ON answer
    FOR EACH ROW EXECUTE FUNCTION dialoog_question_in_reach();
DROP TRIGGER IF EXISTS picked_question_in_reach ON conversation_question;
CREATE TRIGGER picked_question_in_reach BEFORE INSERT OR UPDATE OF question_id
    ON conversation_question FOR EACH ROW EXECUTE FUNCTION dialoog_question_in_reach();
CREATE POLICY manager_reads ON schema_version FOR SELECT TO dialoog_manager USING (true);
GRANT SELECT ON schema_version TO dialoog_manager;
)sql";

// A row may refer to another row about an employee (the goal's conversation, an action
// item carried over or closed, feedback gathered for a conversation, a goal's review) only
// when that row has the same owner. The foreign keys alone are checked without the
// policies, so a manager could otherwise name a colleague's row ids. Checked as the owner,
// who sees every row; a missing row is the foreign key's to refuse. The triggers' names
// sort after <table>_owner, so the row's owner is already taken from its parent.
constexpr std::string_view referencesSql = R"sql(
CREATE OR REPLACE FUNCTION dialoog_same_owner() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    referenced bigint;
    found_owner name;
BEGIN
    referenced := (pg_catalog.to_jsonb(NEW) ->> TG_ARGV[0])::bigint;
    IF referenced IS NULL THEN
        RETURN NEW;
    END IF;
    EXECUTE format('SELECT owner_role FROM public.%I WHERE id = $1 FOR SHARE', TG_ARGV[1])
        INTO found_owner USING referenced;
    IF found_owner IS NOT NULL AND found_owner <> NEW.owner_role THEN
        RAISE EXCEPTION '% % names a % of another manager', TG_TABLE_NAME, TG_ARGV[0],
            TG_ARGV[1] USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS goal_refers_own_created_in ON goal;
CREATE TRIGGER goal_refers_own_created_in BEFORE INSERT OR UPDATE OF created_in ON goal
    FOR EACH ROW EXECUTE FUNCTION dialoog_same_owner('created_in', 'conversation');
DROP TRIGGER IF EXISTS goal_update_refers_own_conversation ON goal_update;
CREATE TRIGGER goal_update_refers_own_conversation BEFORE INSERT OR UPDATE OF conversation_id
    ON goal_update FOR EACH ROW EXECUTE FUNCTION dialoog_same_owner('conversation_id', 'conversation');
DROP TRIGGER IF EXISTS feedback_refers_own_conversation ON feedback;
CREATE TRIGGER feedback_refers_own_conversation BEFORE INSERT OR UPDATE OF conversation_id
    ON feedback FOR EACH ROW EXECUTE FUNCTION dialoog_same_owner('conversation_id', 'conversation');
DROP TRIGGER IF EXISTS action_item_refers_own_origin ON action_item;
CREATE TRIGGER action_item_refers_own_origin BEFORE INSERT OR UPDATE OF carried_over_from
    ON action_item FOR EACH ROW EXECUTE FUNCTION dialoog_same_owner('carried_over_from', 'action_item');
DROP TRIGGER IF EXISTS action_item_refers_own_closer ON action_item;
CREATE TRIGGER action_item_refers_own_closer BEFORE INSERT OR UPDATE OF closed_in
    ON action_item FOR EACH ROW EXECUTE FUNCTION dialoog_same_owner('closed_in', 'conversation');
)sql";

// Private notes are kept with their author. After a reassignment the new manager cannot
// see another author's private notes, so erasing the employee (or removing their old
// conversations) would take them by cascade without anyone having seen them: that is
// refused, and the message says whose notes they are. The cascade runs as the tables'
// owner, so the manager who asked is the session's user, which only a superuser can
// change; the administrator (a member of dialoog_owner) is not held back.
constexpr std::string_view keptNotesSql = R"sql(
CREATE OR REPLACE FUNCTION dialoog_keep_private_notes() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF OLD.private <> 0 AND OLD.author_role <> session_user
       AND NOT pg_catalog.pg_has_role(session_user, 'dialoog_owner', 'MEMBER') THEN
        RAISE EXCEPTION 'Private notes by % about this employee are kept with their author; '
            'ask the administrator to hand the employee back to % first, who can then '
            'remove them', OLD.author_role, OLD.author_role
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN OLD;
END $$;
DROP TRIGGER IF EXISTS note_private_kept ON note;
CREATE TRIGGER note_private_kept BEFORE DELETE ON note
    FOR EACH ROW EXECUTE FUNCTION dialoog_keep_private_notes();
)sql";

// HR reads one view and nothing else. It runs with its owner's rights (HR has none on the
// tables), behind a security barrier, with exactly the columns HR may see: no notes,
// answers, reflections, feedback, goals, summaries, scores or signals. The two policies let
// the view read the rows it sums up only while an HR member is asking. Overdue follows Rhythm
// (src/core/rhythm.cpp): the last finished development conversation plus the rhythm is past.
// Check-ins are the manager's own rhythm and left out. Signed: the employee said "seen" or
// "agreed" to that conversation's report.
constexpr std::string_view hrSql = R"sql(
CREATE POLICY hr_overview ON employee FOR SELECT TO dialoog_owner
    USING (pg_catalog.pg_has_role(current_user, 'dialoog_hr', 'MEMBER'));
CREATE POLICY hr_overview ON conversation FOR SELECT TO dialoog_owner
    USING (pg_catalog.pg_has_role(current_user, 'dialoog_hr', 'MEMBER'));
DROP VIEW IF EXISTS hr_overview;
CREATE VIEW hr_overview WITH (security_barrier = true, security_invoker = false) AS
WITH last_held AS (
    SELECT DISTINCT ON (employee_id) employee_id, held_date::date AS held,
           next_follow_up::date AS follow_up, sign_off IN ('seen', 'agreed') AS signed
    FROM conversation WHERE phase = 'finished' AND kind = 'development'
    ORDER BY employee_id, held_date::date DESC NULLS LAST, id DESC
), next_open AS (
    SELECT employee_id, min(planned_date::date) AS planned
    FROM conversation WHERE phase <> 'finished' AND kind = 'development'
    GROUP BY employee_id
)
SELECT e.id AS employee_id, e.name, e.team, e.owner_role AS manager,
       l.held AS last_conversation, coalesce(n.planned, l.follow_up) AS next_conversation,
       coalesce(l.held + 7 * greatest(e.rhythm_weeks, 1)::integer < current_date, false)
           AS overdue,
       coalesce(l.signed, false) AS summary_signed
FROM employee e
LEFT JOIN last_held l ON l.employee_id = e.id
LEFT JOIN next_open n ON n.employee_id = e.id
WHERE e.archived = 0;
REVOKE ALL ON hr_overview FROM PUBLIC;
GRANT SELECT ON hr_overview TO dialoog_hr;
)sql";

// Last, after every function is made. Functions run as triggers, which need no EXECUTE
// right, but for the one a trigger running as the manager calls. unaccent's functions
// stay everyone's: they are the extension's (not the owner's), harmless, and the text
// search configuration needs them.
constexpr std::string_view functionsSql = R"sql(
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC;
GRANT EXECUTE ON FUNCTION dialoog_owner_from(text, bigint) TO dialoog_manager;
)sql";

struct ServerSecurity
{
    Q_DECLARE_TR_FUNCTIONS(dialoog::ServerSecurity)
};

} // namespace

void refuseUnboundRole(Database &db)
{
    Statement role(db, R"sql(
SELECT r.rolname, r.rolsuper OR r.rolbypassrls OR EXISTS (
    SELECT FROM pg_catalog.pg_class c
    WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r'
      AND pg_catalog.pg_has_role(r.oid, c.relowner, 'MEMBER'))
FROM pg_catalog.pg_roles r WHERE r.rolname = current_user)sql");
    const bool found = role.step();
    if (found && !role.boolean(1))
        return;
    const QString name = found ? role.text(0) : QString();
    throw StoreError(StoreError::Kind::Other,
                     ServerSecurity::tr("Dialoog does not work as %1: that role is a superuser or "
                                        "owns the tables, so the rules of who sees what would "
                                        "not hold. Connect as a manager's own login role.")
                         .arg(name));
}

void createRoles(Database &db)
{
    db.exec(rolesSql);
}

void applySecurity(Database &db)
{
    Transaction transaction(db);
    db.exec(everyTableSql);
    db.exec(notesSql);
    db.exec(questionsSql);
    db.exec(referencesSql);
    db.exec(keptNotesSql);
    db.exec(hrSql);
    db.exec(functionsSql);
    transaction.commit();
}

} // namespace dialoog::postgres
