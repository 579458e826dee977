#include "PgHardening.h"
#include "SqlHelpers.h"

namespace griddesk::pghardening {

namespace {

const char *const kStatements[] = {
    // The owner of the schema (and superusers) run migrations and copies;
    // every rule below applies to everyone else.
    "CREATE FUNCTION gd_is_owner() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp "
    "AS $$ SELECT session_user = (SELECT tableowner FROM pg_tables WHERE schemaname = 'public' AND tablename = 'gd_meta') "
    "OR COALESCE((SELECT rolsuper FROM pg_roles WHERE rolname = session_user), false) $$",

    // --- Reveals: a request counts once its transaction has committed. A
    // subtransaction's rows carry its own xid, but pg_current_xact_id() is
    // always the top-level transaction's, so a savepoint or an EXCEPTION
    // block cannot pass a request off as committed.
    "CREATE TABLE gd_reveal_requests (fid bigserial PRIMARY KEY, incident_id bigint NOT NULL, login text NOT NULL, "
    "xact xid8 NOT NULL DEFAULT pg_current_xact_id(), requested_at timestamptz NOT NULL DEFAULT clock_timestamp())",
    "CREATE INDEX gd_reveal_requests_login ON gd_reveal_requests (login, incident_id, requested_at)",
    // One answer whether the case is missing or out of reach: the error
    // must not tell which cases exist.
    "CREATE OR REPLACE FUNCTION gd_may_reveal(p_incident bigint) RETURNS incidents LANGUAGE plpgsql STABLE SECURITY DEFINER "
    "SET search_path = public, pg_temp AS $$ DECLARE i incidents; BEGIN "
    "SELECT * INTO i FROM incidents WHERE fid = p_incident; "
    "IF NOT FOUND OR (NOT gd_is_owner() AND (NOT gd_sees_incident(i.fid, i.grid_code, i.community_code, i.township_code, "
    "i.lead_department, i.co_departments) OR NOT COALESCE((gd_me()).personal_data, false))) THEN "
    "RAISE EXCEPTION 'no personal data of incident % is available to you', p_incident USING ERRCODE = '42501'; END IF; "
    "RETURN i; END $$",
    "CREATE OR REPLACE FUNCTION gd_request_reveal(p_incident bigint) RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER "
    "SET search_path = public, pg_temp AS $$ DECLARE s bigint; BEGIN PERFORM gd_may_reveal(p_incident); "
    "s := gd_audit_append('reveal', 'incidents', p_incident, NULL, "
    "json_build_object('fields', 'reporter_phone,reporter_id_number')::text); "
    "INSERT INTO gd_reveal_requests (incident_id, login) VALUES (p_incident, session_user); "
    "RETURN s; END $$",
    "CREATE OR REPLACE FUNCTION gd_reveal(p_incident bigint, OUT phone text, OUT id_number text) LANGUAGE plpgsql "
    "SECURITY DEFINER SET search_path = public, pg_temp AS $$ DECLARE i incidents; BEGIN "
    "i := gd_may_reveal(p_incident); "
    "IF NOT EXISTS (SELECT 1 FROM gd_reveal_requests r WHERE r.incident_id = p_incident AND r.login = session_user "
    "AND r.requested_at >= clock_timestamp() - interval '2 minutes' AND pg_xact_status(r.xact) = 'committed') "
    "THEN RAISE EXCEPTION 'request the reveal of incident % first (gd_request_reveal) and commit it', p_incident "
    "USING ERRCODE = '42501'; END IF; "
    "phone := i.reporter_phone; id_number := i.reporter_id_number; END $$",

    // --- The audit chain is serialised by a table lock that only the owner's
    // functions can take (advisory locks are open to every login), and it
    // never restarts from zeros behind an unsealed entry.
    "CREATE OR REPLACE FUNCTION gd_audit_append(p_action text, p_table text, p_row bigint, p_before text, p_after text) "
    "RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$ "
    "DECLARE head audit_log; prev text; ts text; h text; s bigint; BEGIN "
    "IF current_setting('transaction_isolation') <> 'read committed' THEN "
    "RAISE EXCEPTION 'audited writes need READ COMMITTED isolation'; END IF; "
    "LOCK TABLE audit_log IN SHARE ROW EXCLUSIVE MODE; "
    "SELECT * INTO head FROM audit_log ORDER BY seq DESC LIMIT 1; "
    "IF FOUND AND head.hash IS NULL THEN "
    "RAISE EXCEPTION 'the audit log ends in an unsealed entry (%); it cannot be continued', head.seq; END IF; "
    "prev := COALESCE(head.hash, repeat('0', 64)); "
    "ts := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'); "
    "h := encode(sha256(convert_to(prev || chr(10) || ts || chr(10) || session_user || chr(10) || p_action || chr(10) "
    "|| p_table || chr(10) || COALESCE(p_row::text, '') || chr(10) || COALESCE(p_before, '') || chr(10) "
    "|| COALESCE(p_after, ''), 'UTF8')), 'hex'); "
    "INSERT INTO audit_log (at, actor, action, table_name, row_id, before, after, prev_hash, hash) "
    "VALUES (ts, session_user, p_action, p_table, p_row, p_before, p_after, prev, h) RETURNING seq INTO s; "
    "RETURN s; END $$",

    // --- Trigger functions refuse any table but the schema's own (a login
    // could otherwise attach them to a temporary table of the same name).
    "CREATE OR REPLACE FUNCTION gd_audit_row() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
    "SET search_path = public, pg_temp AS $$ DECLARE o jsonb; n jsonb; BEGIN "
    "IF TG_TABLE_SCHEMA <> 'public' THEN RAISE EXCEPTION 'gd_audit_row serves GridDesk tables only'; END IF; "
    "IF gd_audit_paused() THEN RETURN NULL; END IF; "
    "IF TG_OP <> 'INSERT' THEN o := to_jsonb(OLD) - 'geom' - 'content' - 'password_hash' - 'reporter_phone' "
    "- 'reporter_id_number'; END IF; "
    "IF TG_OP <> 'DELETE' THEN n := to_jsonb(NEW) - 'geom' - 'content' - 'password_hash' - 'reporter_phone' "
    "- 'reporter_id_number'; END IF; "
    "IF TG_TABLE_NAME = 'gd_meta' AND COALESCE(n, o) ->> 'key' IN ('audit_paused', 'schema_version') THEN RETURN NULL; END IF; "
    "PERFORM gd_audit_append(lower(TG_OP), TG_TABLE_NAME, (COALESCE(n, o) ->> 'fid')::bigint, o::text, n::text); "
    "RETURN NULL; END $$",
    // The notification says which table changed, never which rows: a
    // listener reads the rows it may see from gd_changes.
    "CREATE OR REPLACE FUNCTION gd_feed() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
    "SET search_path = public, pg_temp AS $$ DECLARE r bigint; o char(1); BEGIN "
    "IF TG_TABLE_SCHEMA <> 'public' THEN RAISE EXCEPTION 'gd_feed serves GridDesk tables only'; END IF; "
    "IF TG_OP = 'DELETE' THEN r := OLD.fid; o := 'D'; ELSIF TG_OP = 'UPDATE' THEN r := NEW.fid; o := 'U'; "
    "ELSE r := NEW.fid; o := 'I'; END IF; "
    "INSERT INTO gd_changes (table_name, row_id, op) VALUES (TG_TABLE_NAME, r, o); "
    "PERFORM pg_notify('qgis', TG_TABLE_NAME); "
    "PERFORM pg_notify('griddesk', TG_TABLE_NAME); "
    "RETURN NULL; END $$",
    // Both the old and the new key are checked: renaming schema_version
    // would take the schema offline as surely as deleting it.
    "CREATE OR REPLACE FUNCTION gd_meta_guard() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    "IF ((TG_OP <> 'INSERT' AND OLD.key IN ('audit_paused', 'schema_version')) "
    "OR (TG_OP <> 'DELETE' AND NEW.key IN ('audit_paused', 'schema_version'))) AND NOT gd_is_owner() THEN "
    "RAISE EXCEPTION 'only the database owner may change %', COALESCE(OLD.key, NEW.key) USING ERRCODE = '42501'; END IF; "
    "IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$",

    // --- Case numbers: the day's highest numeric suffix plus one, under a
    // lock only this function takes. Hand-written codes with other suffixes
    // are ignored, and the count goes on past 9999.
    "CREATE TABLE gd_case_numbers (prefix text PRIMARY KEY)",
    "CREATE INDEX incidents_code_day ON incidents (left(code, 10))",
    "DROP FUNCTION gd_last_incident_code(text)",
    "CREATE FUNCTION gd_next_incident_code(prefix text) RETURNS text LANGUAGE plpgsql VOLATILE SECURITY DEFINER "
    "SET search_path = public, pg_temp AS $$ DECLARE n bigint; BEGIN "
    "IF prefix !~ '^E[0-9]{8}-$' THEN RAISE EXCEPTION 'not a case number prefix: %', prefix USING ERRCODE = '22023'; END IF; "
    "LOCK TABLE gd_case_numbers IN EXCLUSIVE MODE; "
    "SELECT COALESCE(MAX(substr(code, 11)::bigint), 0) + 1 INTO n FROM incidents "
    "WHERE left(code, 10) = prefix AND substr(code, 11) ~ '^[0-9]{1,15}$'; "
    "RETURN prefix || CASE WHEN n < 10000 THEN lpad(n::text, 4, '0') ELSE n::text END; END $$",

    // --- What the client sends is not trusted: a case's grid, community and
    // township follow from its location, and a history row names the login
    // that wrote it, in that person's role.
    "CREATE FUNCTION gd_incident_units() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
    "SET search_path = public, pg_temp AS $$ DECLARE g admin_units; BEGIN "
    "IF TG_TABLE_SCHEMA <> 'public' THEN RAISE EXCEPTION 'gd_incident_units serves GridDesk tables only'; END IF; "
    "IF gd_is_owner() THEN RETURN NEW; END IF; "
    "IF TG_OP = 'UPDATE' AND NEW.geom IS NOT DISTINCT FROM OLD.geom AND NEW.grid_code = OLD.grid_code "
    "AND NEW.community_code = OLD.community_code AND NEW.township_code = OLD.township_code THEN RETURN NEW; END IF; "
    "SELECT * INTO g FROM admin_units WHERE level = 6 AND geom && NEW.geom AND ST_Intersects(geom, NEW.geom) "
    "ORDER BY code LIMIT 1; "
    "IF NOT FOUND THEN RAISE EXCEPTION 'the location of case % lies outside the township''s grids', NEW.code "
    "USING ERRCODE = '23514'; END IF; "
    "NEW.grid_code := g.code; NEW.community_code := g.parent_code; "
    "NEW.township_code := (SELECT parent_code FROM admin_units WHERE code = g.parent_code); "
    "RETURN NEW; END $$",
    "CREATE TRIGGER gd_incident_units BEFORE INSERT OR UPDATE ON incidents FOR EACH ROW EXECUTE FUNCTION gd_incident_units()",
    "CREATE FUNCTION gd_history_actor() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
    "SET search_path = public, pg_temp AS $$ DECLARE m gd_users; BEGIN "
    "IF TG_TABLE_SCHEMA <> 'public' THEN RAISE EXCEPTION 'gd_history_actor serves GridDesk tables only'; END IF; "
    "IF gd_is_owner() THEN RETURN NEW; END IF; "
    "m := gd_me(); "
    "IF m.username IS NULL THEN RAISE EXCEPTION 'login % is not an active GridDesk user of this database', session_user "
    "USING ERRCODE = '42501'; END IF; "
    "IF TG_TABLE_NAME = 'incident_history' THEN NEW.actor := m.display_name; NEW.role := m.role; "
    "ELSE NEW.added_by := m.display_name; END IF; "
    "RETURN NEW; END $$",
    "CREATE TRIGGER gd_history_actor BEFORE INSERT ON incident_history FOR EACH ROW EXECUTE FUNCTION gd_history_actor()",
    "CREATE TRIGGER gd_history_actor BEFORE INSERT ON attachments FOR EACH ROW EXECUTE FUNCTION gd_history_actor()",

    // --- Locks. A table-level UPDATE or DELETE grant allows LOCK TABLE in
    // any mode, so logins get column-level rights instead: reading takes
    // ACCESS SHARE and inserting ROW EXCLUSIVE, which block nobody's reports.
    // Ids are the server's: no login may write fid, or take sequence values
    // ahead of it.
    "REVOKE INSERT, UPDATE ON incidents, screening_visits FROM griddesk_user",
    "REVOKE INSERT ON incident_history, attachments FROM griddesk_user",
    "DO $$ DECLARE t text; cols text; BEGIN "
    "FOREACH t IN ARRAY ARRAY['incidents', 'screening_visits', 'incident_history', 'attachments'] LOOP "
    "SELECT string_agg(quote_ident(attname), ', ') INTO cols FROM pg_attribute WHERE attrelid = t::regclass "
    "AND attnum > 0 AND NOT attisdropped AND attgenerated = '' AND attname <> 'fid'; "
    "EXECUTE format('GRANT INSERT (%s) ON %I TO griddesk_user', cols, t); "
    "IF t IN ('incidents', 'screening_visits') THEN EXECUTE format('GRANT UPDATE (%s) ON %I TO griddesk_user', cols, t); "
    "END IF; END LOOP; END $$",
    // A writing transaction left open holds row locks and the audit chain.
    // The database's timeouts are only defaults (a login may SET them away),
    // so a writer kept waiting ends such a session itself: any login's
    // session (not the owner's) whose transaction has written or taken a
    // strong table lock and has been open for more than the grace period.
    // The entries for the ended sessions are written once they are gone; if
    // another stalled session still holds the chain they are kept aside
    // and written by the next call.
    "CREATE TABLE gd_ended_sessions (fid bigserial PRIMARY KEY, pid integer NOT NULL, entry jsonb NOT NULL)",
    "CREATE FUNCTION gd_release_stalls() RETURNS integer LANGUAGE plpgsql VOLATILE SECURITY DEFINER "
    "SET search_path = public, pg_temp AS $$ DECLARE r record; ended jsonb[] := '{}'; e jsonb; BEGIN "
    "IF NOT gd_is_owner() AND (gd_me()).username IS NULL THEN "
    "RAISE EXCEPTION 'login % is not an active GridDesk user of this database', session_user USING ERRCODE = '42501'; END IF; "
    "FOR r IN SELECT a.pid, a.usename, a.xact_start FROM pg_stat_activity a "
    "WHERE a.datname = current_database() AND a.pid <> pg_backend_pid() AND a.backend_type = 'client backend' "
    "AND a.xact_start < clock_timestamp() - make_interval(secs => %GRACE%) "
    "AND NOT COALESCE((SELECT rolsuper FROM pg_roles WHERE rolname = a.usename), true) "
    "AND a.usename <> (SELECT tableowner FROM pg_tables WHERE schemaname = 'public' AND tablename = 'gd_meta') "
    "AND (a.backend_xid IS NOT NULL OR EXISTS (SELECT 1 FROM pg_locks l WHERE l.pid = a.pid AND l.granted "
    "AND l.locktype = 'relation' AND l.mode IN ('ShareLock', 'ShareRowExclusiveLock', 'ExclusiveLock', "
    "'AccessExclusiveLock'))) LOOP "
    "IF pg_terminate_backend(r.pid, 2000) THEN "
    "ended := ended || jsonb_build_object('pid', r.pid, 'login', r.usename, 'transaction_since', r.xact_start); END IF; "
    "END LOOP; "
    "INSERT INTO gd_ended_sessions (pid, entry) SELECT (x ->> 'pid')::integer, x - 'pid' FROM unnest(ended) x; "
    "BEGIN "
    "FOR r IN DELETE FROM gd_ended_sessions RETURNING pid, entry LOOP "
    "PERFORM gd_audit_append('end_session', 'sessions', r.pid, NULL, r.entry::text); END LOOP; "
    "EXCEPTION WHEN lock_not_available THEN NULL; END; "
    "RETURN cardinality(ended); END $$",
    "DO $$ BEGIN EXECUTE format('ALTER DATABASE %I SET lock_timeout = %L', current_database(), '3s'); "
    "EXECUTE format('ALTER DATABASE %I SET idle_in_transaction_session_timeout = %L', current_database(), '10s'); END $$",

    // --- Connecting needs an active gd_users row in this database: CONNECT
    // follows the rows (griddesk_user is a server-wide group).
    "DO $$ BEGIN EXECUTE format('REVOKE CONNECT ON DATABASE %I FROM PUBLIC', current_database()); END $$",
    "CREATE FUNCTION gd_users_access() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
    "SET search_path = public, pg_temp AS $$ BEGIN "
    "IF TG_TABLE_SCHEMA <> 'public' THEN RAISE EXCEPTION 'gd_users_access serves GridDesk tables only'; END IF; "
    "IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND (NOT NEW.active OR NEW.username <> OLD.username)) THEN "
    "IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = OLD.username) THEN "
    "EXECUTE format('REVOKE CONNECT ON DATABASE %I FROM %I', current_database(), OLD.username); "
    "PERFORM pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND usename = OLD.username; "
    "END IF; END IF; "
    "IF TG_OP <> 'DELETE' AND NEW.active AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = NEW.username) THEN "
    "EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), NEW.username); END IF; "
    "RETURN NULL; END $$",
    "CREATE TRIGGER gd_users_access AFTER INSERT OR UPDATE OR DELETE ON gd_users FOR EACH ROW EXECUTE FUNCTION gd_users_access()",
    "DO $$ DECLARE u text; BEGIN FOR u IN SELECT username FROM gd_users WHERE active "
    "AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = username) LOOP "
    "EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), u); END LOOP; END $$",

    // --- No GridDesk function is executable by PUBLIC; logins get the ones
    // that policies and the store call, never a trigger function.
    "DO $$ DECLARE f record; BEGIN FOR f IN SELECT p.oid::regprocedure AS sig FROM pg_proc p "
    "WHERE p.pronamespace = 'public'::regnamespace AND p.proname LIKE 'gd\\_%' LOOP "
    "EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', f.sig); END LOOP; END $$",
    "GRANT EXECUTE ON FUNCTION gd_me(), gd_unit_chain(text), gd_in_scope(text, text, text), gd_case_involved(bigint, text), "
    "gd_assigned_incident(text, text, text, text, text), gd_sees_incident(bigint, text, text, text, text, text), "
    "gd_can_write(), gd_is_admin(), gd_sees_unit(text), gd_is_owner(), gd_next_incident_code(text), "
    "gd_request_reveal(bigint), gd_reveal(bigint), gd_release_stalls() TO griddesk_user",
};

} // namespace

void install(QSqlDatabase &db)
{
    for (const char *statement : kStatements)
        sql::execRaw(db, QString::fromUtf8(statement).replace(QStringLiteral("%GRACE%"), QString::number(kStallGraceSeconds)));
}

} // namespace griddesk::pghardening
