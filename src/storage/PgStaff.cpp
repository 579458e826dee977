#include "PgStaff.h"
#include "Migrations.h"
#include "SqlHelpers.h"

namespace griddesk::pgstaff {

namespace {

const char *const kStatements[] = {
    "CREATE TABLE grid_staff (fid bigserial PRIMARY KEY, name text NOT NULL CHECK (btrim(name) <> ''), "
    "phone text NOT NULL DEFAULT '', "
    // The masked copy logins may read (personaldata::maskPhone).
    "phone_masked text GENERATED ALWAYS AS (CASE WHEN length(phone) <= 7 THEN repeat('*', length(phone)) "
    "ELSE left(phone, 3) || repeat('*', length(phone) - 7) || right(phone, 4) END) STORED, "
    "role text NOT NULL CHECK (role IN ('manager', 'full_time', 'part_time')), grid_code text NOT NULL, "
    "username text NOT NULL DEFAULT '', active boolean NOT NULL DEFAULT true, started_on date NOT NULL, ended_on date, "
    "note text NOT NULL DEFAULT '', updated_by text NOT NULL DEFAULT '', row_version integer NOT NULL DEFAULT 1, "
    "updated_at timestamptz NOT NULL DEFAULT now(), CHECK (ended_on IS NULL OR ended_on >= started_on))",
    "CREATE TRIGGER gd_feed AFTER INSERT OR UPDATE OR DELETE ON grid_staff FOR EACH ROW EXECUTE FUNCTION gd_feed()",
    // The log keeps the masked number, never the number itself.
    "CREATE FUNCTION gd_audit_staff() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
    "SET search_path = public, pg_temp AS $$ DECLARE o jsonb; n jsonb; BEGIN "
    "IF TG_TABLE_SCHEMA <> 'public' OR TG_TABLE_NAME <> 'grid_staff' THEN "
    "RAISE EXCEPTION 'gd_audit_staff serves grid_staff only'; END IF; "
    "IF gd_audit_paused() THEN RETURN NULL; END IF; "
    "IF TG_OP <> 'INSERT' THEN o := to_jsonb(OLD) - 'phone'; END IF; "
    "IF TG_OP <> 'DELETE' THEN n := to_jsonb(NEW) - 'phone'; END IF; "
    "PERFORM gd_audit_append(lower(TG_OP), TG_TABLE_NAME, (COALESCE(n, o) ->> 'fid')::bigint, o::text, n::text); "
    "RETURN NULL; END $$",
    "CREATE TRIGGER gd_audit AFTER INSERT OR UPDATE OR DELETE ON grid_staff FOR EACH ROW EXECUTE FUNCTION gd_audit_staff()",

    // What the client sends is not trusted: the grid must be one, a linked
    // login must work in that grid, and the row names the login that wrote it.
    "CREATE FUNCTION gd_staff_check() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
    "SET search_path = public, pg_temp AS $$ DECLARE u gd_users; BEGIN "
    "IF TG_TABLE_SCHEMA <> 'public' OR TG_TABLE_NAME <> 'grid_staff' THEN "
    "RAISE EXCEPTION 'gd_staff_check serves grid_staff only'; END IF; "
    "IF gd_is_owner() THEN RETURN NEW; END IF; "
    "NEW.updated_by := session_user; NEW.updated_at := now(); "
    "IF TG_OP = 'UPDATE' THEN NEW.row_version := OLD.row_version + 1; ELSE NEW.row_version := 1; END IF; "
    "IF (TG_OP = 'INSERT' OR NEW.grid_code <> OLD.grid_code) AND NOT EXISTS "
    "(SELECT 1 FROM admin_units WHERE code = NEW.grid_code AND level = 6) THEN "
    "RAISE EXCEPTION 'grid_code: % is not a grid of this database', NEW.grid_code USING ERRCODE = '23514'; END IF; "
    "IF NEW.username <> '' AND (TG_OP = 'INSERT' OR NEW.username <> OLD.username OR NEW.grid_code <> OLD.grid_code) THEN "
    "SELECT * INTO u FROM gd_users WHERE username = NEW.username; "
    "IF NOT FOUND THEN RAISE EXCEPTION 'username: login % does not exist', NEW.username USING ERRCODE = '23514'; END IF; "
    "IF u.scope_code <> NEW.grid_code THEN RAISE EXCEPTION 'username: the scope of login % is %, not grid %', "
    "NEW.username, u.scope_code, NEW.grid_code USING ERRCODE = '23514'; END IF; END IF; "
    "RETURN NEW; END $$",
    "CREATE TRIGGER gd_staff_check BEFORE INSERT OR UPDATE ON grid_staff FOR EACH ROW EXECUTE FUNCTION gd_staff_check()",

    // A grid and the units above it. A retired grid has left admin_units;
    // its code still names its community (the first 12 digits), so its
    // people stay in sight of those who must move them.
    "CREATE FUNCTION gd_staff_chain(g text) RETURNS text[] LANGUAGE sql STABLE "
    "AS $$ SELECT gd_unit_chain(g) || gd_unit_chain(left(g, 12)) $$",
    // Does the grid lie in the person's scope (their own subtree)?
    "CREATE FUNCTION gd_staff_sees(g text) RETURNS boolean LANGUAGE sql STABLE "
    "AS $$ SELECT gd_is_admin() OR COALESCE((SELECT (m).scope_code = ANY (gd_staff_chain(g)) "
    "FROM (SELECT gd_me() AS m) x WHERE (m).username IS NOT NULL), false) $$",
    // May the person keep the register of a grid?
    "CREATE FUNCTION gd_may_staff(g text) RETURNS boolean LANGUAGE sql STABLE "
    "AS $$ SELECT gd_is_admin() OR COALESCE((SELECT (m).role IN ('centre_staff', 'community_staff') "
    "AND (m).scope_code = ANY (gd_staff_chain(g)) FROM (SELECT gd_me() AS m) x WHERE (m).username IS NOT NULL), false) $$",
    "ALTER TABLE grid_staff ENABLE ROW LEVEL SECURITY",
    "CREATE POLICY scope_read ON grid_staff FOR SELECT USING (gd_staff_sees(grid_code))",
    "CREATE POLICY scope_insert ON grid_staff FOR INSERT WITH CHECK (gd_may_staff(grid_code))",
    "CREATE POLICY scope_update ON grid_staff FOR UPDATE USING (gd_may_staff(grid_code)) WITH CHECK (gd_may_staff(grid_code))",
    // Column rights: never the raw phone for reading; no id, writer or
    // masked copy for writing; no deleting (staff are retired).
    "DO $$ DECLARE cols text; BEGIN "
    "SELECT string_agg(quote_ident(attname), ', ') INTO cols FROM pg_attribute WHERE attrelid = 'grid_staff'::regclass "
    "AND attnum > 0 AND NOT attisdropped AND attname <> 'phone'; "
    "EXECUTE format('GRANT SELECT (%s) ON grid_staff TO griddesk_user', cols); END $$",
    "GRANT INSERT (name, phone, role, grid_code, username, active, started_on, ended_on, note, updated_at) "
    "ON grid_staff TO griddesk_user",
    "GRANT UPDATE (name, phone, role, grid_code, username, active, started_on, ended_on, note, updated_at, row_version) "
    "ON grid_staff TO griddesk_user",
    "GRANT USAGE ON SEQUENCE grid_staff_fid_seq TO griddesk_user",
    "CREATE POLICY staff_scope ON gd_changes AS RESTRICTIVE FOR SELECT "
    "USING (table_name <> 'grid_staff' OR EXISTS (SELECT 1 FROM grid_staff s WHERE s.fid = row_id))",

    // Reveals, as for reporters: the request's audit entry must be committed
    // (a savepoint's or an EXCEPTION block's does not count) before the
    // number comes back, to the same login within two minutes. One answer
    // whether the row is missing or out of reach.
    "CREATE TABLE gd_staff_reveal_requests (fid bigserial PRIMARY KEY, staff_id bigint NOT NULL, login text NOT NULL, "
    "xact xid8 NOT NULL DEFAULT pg_current_xact_id(), requested_at timestamptz NOT NULL DEFAULT clock_timestamp())",
    "CREATE INDEX gd_staff_reveal_requests_login ON gd_staff_reveal_requests (login, staff_id, requested_at)",
    "CREATE FUNCTION gd_may_reveal_staff(p_staff bigint) RETURNS grid_staff LANGUAGE plpgsql STABLE SECURITY DEFINER "
    "SET search_path = public, pg_temp AS $$ DECLARE s grid_staff; BEGIN "
    "SELECT * INTO s FROM grid_staff WHERE fid = p_staff; "
    "IF NOT FOUND OR (NOT gd_is_owner() AND (NOT gd_staff_sees(s.grid_code) "
    "OR NOT COALESCE((gd_me()).personal_data, false))) THEN "
    "RAISE EXCEPTION 'no personal data of staff member % is available to you', p_staff USING ERRCODE = '42501'; END IF; "
    "RETURN s; END $$",
    "CREATE FUNCTION gd_request_staff_reveal(p_staff bigint) RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER "
    "SET search_path = public, pg_temp AS $$ DECLARE s bigint; BEGIN PERFORM gd_may_reveal_staff(p_staff); "
    "s := gd_audit_append('reveal', 'grid_staff', p_staff, NULL, json_build_object('fields', 'phone')::text); "
    "INSERT INTO gd_staff_reveal_requests (staff_id, login) VALUES (p_staff, session_user); "
    "RETURN s; END $$",
    "CREATE FUNCTION gd_reveal_staff_phone(p_staff bigint) RETURNS text LANGUAGE plpgsql "
    "SECURITY DEFINER SET search_path = public, pg_temp AS $$ DECLARE s grid_staff; BEGIN "
    "s := gd_may_reveal_staff(p_staff); "
    "IF NOT EXISTS (SELECT 1 FROM gd_staff_reveal_requests r WHERE r.staff_id = p_staff AND r.login = session_user "
    "AND r.requested_at >= clock_timestamp() - interval '2 minutes' AND pg_xact_status(r.xact) = 'committed') "
    "THEN RAISE EXCEPTION 'request the reveal of staff member % first (gd_request_staff_reveal) and commit it', p_staff "
    "USING ERRCODE = '42501'; END IF; "
    "RETURN s.phone; END $$",
    "REVOKE ALL ON FUNCTION gd_audit_staff(), gd_staff_check(), gd_staff_chain(text), gd_staff_sees(text), gd_may_staff(text), "
    "gd_may_reveal_staff(bigint), "
    "gd_request_staff_reveal(bigint), gd_reveal_staff_phone(bigint) FROM PUBLIC",
    "GRANT EXECUTE ON FUNCTION gd_staff_chain(text), gd_staff_sees(text), gd_may_staff(text), gd_request_staff_reveal(bigint), "
    "gd_reveal_staff_phone(bigint) "
    "TO griddesk_user",
};

} // namespace

void install(QSqlDatabase &db)
{
    for (const char *statement : kStatements)
        sql::execRaw(db, QString::fromUtf8(statement));
    for (const QString &statement : migrations::staffIndexes())
        sql::execRaw(db, statement);
}

} // namespace griddesk::pgstaff
