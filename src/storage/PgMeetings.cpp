#include "PgMeetings.h"
#include "Migrations.h"
#include "SqlHelpers.h"

namespace griddesk::pgmeetings {

namespace {

const char *const kStatements[] = {
    "CREATE TABLE meetings (fid bigserial PRIMARY KEY, code text NOT NULL UNIQUE, township_code text NOT NULL, "
    "held_at timestamptz NOT NULL, length_minutes integer NOT NULL CHECK (length_minutes BETWEEN 10 AND 480), "
    "chair text NOT NULL DEFAULT '', attendees text NOT NULL DEFAULT '', departments text NOT NULL DEFAULT '', "
    "minutes text NOT NULL DEFAULT '', removed_items text NOT NULL DEFAULT '', "
    "state text NOT NULL CHECK (state IN ('planned', 'held')), created_by text NOT NULL DEFAULT session_user, "
    "created_at timestamptz NOT NULL DEFAULT now(), row_version integer NOT NULL DEFAULT 1, "
    "updated_at timestamptz NOT NULL DEFAULT now())",
    "CREATE INDEX meetings_held ON meetings (township_code, held_at)",
    "CREATE TABLE agenda_items (fid bigserial PRIMARY KEY, meeting_id bigint NOT NULL REFERENCES meetings (fid), "
    "position integer NOT NULL, kind text NOT NULL, params text NOT NULL DEFAULT '{}', title text NOT NULL DEFAULT '', "
    "planned_minutes integer NOT NULL CHECK (planned_minutes BETWEEN 0 AND 480), "
    "used_seconds integer NOT NULL DEFAULT 0 CHECK (used_seconds >= 0), notes text NOT NULL DEFAULT '', "
    "case_ids text NOT NULL DEFAULT '', unit_codes text NOT NULL DEFAULT '', task_id bigint, bulletin_id bigint)",
    "CREATE INDEX agenda_items_meeting ON agenda_items (meeting_id, position)",
    "CREATE TABLE meeting_tasks (fid bigserial PRIMARY KEY, code text NOT NULL UNIQUE, "
    "meeting_id bigint NOT NULL REFERENCES meetings (fid), agenda_item_id bigint, decision text NOT NULL, "
    "owner_department text NOT NULL REFERENCES departments (code), "
    "working_days integer NOT NULL CHECK (working_days BETWEEN 1 AND 250), decided_at timestamptz NOT NULL, "
    "due_at timestamptz NOT NULL, warn_at timestamptz NOT NULL, state text NOT NULL CHECK (state IN ('open', 'done')), "
    "done_at timestamptz, done_note text NOT NULL DEFAULT '', supervised boolean NOT NULL DEFAULT false, "
    "level integer NOT NULL DEFAULT 4 CHECK (level BETWEEN 3 AND 6), escalations integer NOT NULL DEFAULT 0, "
    "last_escalated_at timestamptz, grid_code text NOT NULL DEFAULT '', community_code text NOT NULL DEFAULT '', "
    "township_code text NOT NULL, case_ids text NOT NULL DEFAULT '', row_version integer NOT NULL DEFAULT 1, "
    "updated_at timestamptz NOT NULL DEFAULT now())",
    "CREATE INDEX meeting_tasks_open ON meeting_tasks (state, due_at)",
    "CREATE INDEX meeting_tasks_meeting ON meeting_tasks (meeting_id)",

    // May the person prepare and record the township's meetings?
    "CREATE FUNCTION gd_can_meet(t text) RETURNS boolean LANGUAGE sql STABLE "
    "AS $$ SELECT COALESCE((SELECT (m).role = 'administrator' OR ((m).role = 'centre_staff' AND (m).scope_code = t) "
    "FROM (SELECT gd_me() AS m) x WHERE (m).username IS NOT NULL), false) $$",
    // Does the person see a task: its most specific unit in their view, and
    // for a department handler their own department's.
    "CREATE FUNCTION gd_sees_task(g text, c text, t text, dept text) RETURNS boolean LANGUAGE sql STABLE "
    "AS $$ SELECT gd_sees_unit(COALESCE(NULLIF(g, ''), NULLIF(c, ''), t)) AND COALESCE((SELECT (m).role <> "
    "'department_handler' OR (m).department = dept FROM (SELECT gd_me() AS m) x WHERE (m).username IS NOT NULL), false) $$",

    // Numbers continue the day's sequence over the whole database, not just the
    // rows the login sees.
    "CREATE FUNCTION gd_next_meeting_code(prefix text) RETURNS text LANGUAGE plpgsql VOLATILE SECURITY DEFINER "
    "SET search_path = public, pg_temp AS $$ DECLARE n bigint; BEGIN "
    "IF prefix !~ '^(LY|RW)-[0-9]{8}-$' THEN RAISE EXCEPTION 'not a meeting or task number prefix: %', prefix "
    "USING ERRCODE = '22023'; END IF; "
    "LOCK TABLE gd_case_numbers IN EXCLUSIVE MODE; "
    "IF left(prefix, 2) = 'LY' THEN SELECT COALESCE(MAX(substr(code, 13)::bigint), 0) + 1 INTO n FROM meetings "
    "WHERE left(code, 12) = prefix AND substr(code, 13) ~ '^[0-9]{1,15}$'; "
    "ELSE SELECT COALESCE(MAX(substr(code, 13)::bigint), 0) + 1 INTO n FROM meeting_tasks "
    "WHERE left(code, 12) = prefix AND substr(code, 13) ~ '^[0-9]{1,15}$'; END IF; "
    "RETURN prefix || lpad(n::text, 2, '0'); END $$",
    "REVOKE ALL ON FUNCTION gd_next_meeting_code(text) FROM PUBLIC",
    "GRANT EXECUTE ON FUNCTION gd_next_meeting_code(text) TO griddesk_user",
    "GRANT SELECT ON meetings, agenda_items, meeting_tasks TO griddesk_user",
    "GRANT USAGE ON SEQUENCE meetings_fid_seq, agenda_items_fid_seq, meeting_tasks_fid_seq TO griddesk_user",
    // Ids are the server's, and so is the name of who created a meeting.
    "DO $$ DECLARE t text; cols text; BEGIN "
    "FOREACH t IN ARRAY ARRAY['meetings', 'agenda_items', 'meeting_tasks'] LOOP "
    "SELECT string_agg(quote_ident(attname), ', ') INTO cols FROM pg_attribute WHERE attrelid = t::regclass "
    "AND attnum > 0 AND NOT attisdropped AND attname NOT IN ('fid', 'created_by'); "
    "EXECUTE format('GRANT INSERT (%s), UPDATE (%s) ON %I TO griddesk_user', cols, cols, t); END LOOP; END $$",
    "GRANT DELETE ON agenda_items TO griddesk_user",

    "ALTER TABLE meetings ENABLE ROW LEVEL SECURITY",
    "CREATE POLICY scope_read ON meetings FOR SELECT USING (gd_sees_unit(township_code))",
    "CREATE POLICY scope_insert ON meetings FOR INSERT WITH CHECK (gd_can_meet(township_code))",
    "CREATE POLICY scope_update ON meetings FOR UPDATE USING (gd_can_meet(township_code)) "
    "WITH CHECK (gd_can_meet(township_code))",
    "ALTER TABLE agenda_items ENABLE ROW LEVEL SECURITY",
    "CREATE POLICY scope_read ON agenda_items FOR SELECT "
    "USING (EXISTS (SELECT 1 FROM meetings m WHERE m.fid = meeting_id))",
    "CREATE POLICY scope_write ON agenda_items FOR ALL "
    "USING (EXISTS (SELECT 1 FROM meetings m WHERE m.fid = meeting_id AND gd_can_meet(m.township_code))) "
    "WITH CHECK (EXISTS (SELECT 1 FROM meetings m WHERE m.fid = meeting_id AND gd_can_meet(m.township_code)))",
    "ALTER TABLE meeting_tasks ENABLE ROW LEVEL SECURITY",
    "CREATE POLICY scope_read ON meeting_tasks FOR SELECT "
    "USING (gd_sees_task(grid_code, community_code, township_code, owner_department))",
    "CREATE POLICY scope_insert ON meeting_tasks FOR INSERT WITH CHECK (gd_can_meet(township_code) "
    "AND EXISTS (SELECT 1 FROM meetings m WHERE m.fid = meeting_id AND m.township_code = meeting_tasks.township_code))",
    "CREATE POLICY scope_update ON meeting_tasks FOR UPDATE "
    "USING (gd_can_meet(township_code) OR (gd_sees_task(grid_code, community_code, township_code, owner_department) "
    "AND (gd_me()).role = 'department_handler')) "
    "WITH CHECK (gd_can_meet(township_code) OR (gd_me()).role = 'department_handler')",

    // The server names who created a meeting.
    "CREATE FUNCTION gd_meeting_creator() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
    "SET search_path = public, pg_temp AS $$ DECLARE m gd_users; BEGIN "
    "IF TG_TABLE_SCHEMA <> 'public' THEN RAISE EXCEPTION 'gd_meeting_creator serves GridDesk tables only'; END IF; "
    "IF gd_is_owner() THEN RETURN NEW; END IF; "
    "m := gd_me(); "
    "IF m.username IS NULL THEN RAISE EXCEPTION 'login % is not an active GridDesk user of this database', session_user "
    "USING ERRCODE = '42501'; END IF; "
    "NEW.created_by := m.display_name; NEW.created_at := now(); RETURN NEW; END $$",
    "CREATE TRIGGER gd_meeting_creator BEFORE INSERT ON meetings FOR EACH ROW EXECUTE FUNCTION gd_meeting_creator()",
    "CREATE FUNCTION gd_meeting_keep() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    "IF NOT gd_is_owner() AND (NEW.created_by IS DISTINCT FROM OLD.created_by OR NEW.created_at IS DISTINCT FROM OLD.created_at "
    "OR NEW.code IS DISTINCT FROM OLD.code) THEN "
    "RAISE EXCEPTION 'a meeting''s number and creator do not change' USING ERRCODE = '42501'; END IF; RETURN NEW; END $$",
    "CREATE TRIGGER gd_meeting_keep BEFORE UPDATE ON meetings FOR EACH ROW EXECUTE FUNCTION gd_meeting_keep()",
    // A department handler reports their task done; everything else of the
    // task is the centre's. Nobody moves a task to another township.
    "CREATE FUNCTION gd_task_guard() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    "IF gd_is_owner() THEN RETURN NEW; END IF; "
    "IF NEW.township_code IS DISTINCT FROM OLD.township_code OR NEW.meeting_id IS DISTINCT FROM OLD.meeting_id "
    "OR NEW.code IS DISTINCT FROM OLD.code THEN "
    "RAISE EXCEPTION 'task % stays with its meeting and township', OLD.code USING ERRCODE = '42501'; END IF; "
    "IF gd_can_meet(OLD.township_code) THEN RETURN NEW; END IF; "
    "IF (gd_me()).department IS DISTINCT FROM OLD.owner_department "
    "OR (to_jsonb(NEW) - 'state' - 'done_at' - 'done_note' - 'row_version' - 'updated_at') "
    "IS DISTINCT FROM (to_jsonb(OLD) - 'state' - 'done_at' - 'done_note' - 'row_version' - 'updated_at') THEN "
    "RAISE EXCEPTION 'only the centre changes task % beyond reporting it done', OLD.code USING ERRCODE = '42501'; END IF; "
    "RETURN NEW; END $$",
    "CREATE TRIGGER gd_task_guard BEFORE UPDATE ON meeting_tasks FOR EACH ROW EXECUTE FUNCTION gd_task_guard()",
    "REVOKE ALL ON FUNCTION gd_meeting_creator(), gd_meeting_keep(), gd_task_guard() FROM PUBLIC",
};

} // namespace

void install(QSqlDatabase &db)
{
    for (const char *statement : kStatements)
        sql::execRaw(db, QString::fromUtf8(statement));
    for (const QString &table : migrations::meetingTables()) {
        sql::execRaw(db, QStringLiteral("CREATE TRIGGER gd_audit AFTER INSERT OR UPDATE OR DELETE ON %1 "
                                        "FOR EACH ROW EXECUTE FUNCTION gd_audit_row()").arg(table));
        sql::execRaw(db, QStringLiteral("CREATE TRIGGER gd_feed AFTER INSERT OR UPDATE OR DELETE ON %1 "
                                        "FOR EACH ROW EXECUTE FUNCTION gd_feed()").arg(table));
    }
}

} // namespace griddesk::pgmeetings
