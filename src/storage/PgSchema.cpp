#include "PgSchema.h"
#include "Migrations.h"
#include "PgBulletins.h"
#include "PgGrids.h"
#include "PgHardening.h"
#include "PgMeetings.h"
#include "PgSecurity.h"
#include "PgRegisters.h"
#include "PgScopeSets.h"
#include "PgStaff.h"
#include "ReferenceData.h"
#include "SqlHelpers.h"
#include "StoreError.h"

#include <QSqlQuery>
#include <QStringList>

#include <utility>

namespace griddesk::pgschema {

namespace {

// The schema as of version 2, in one piece: PostgreSQL support starts there.
const char *const kTables[] = {
    "CREATE EXTENSION IF NOT EXISTS postgis",
    "CREATE TABLE gd_meta (key text PRIMARY KEY, value text NOT NULL)",
    // xid: the writing transaction. Feed readers use it to pick up rows of
    // transactions that were still running (and so invisible) at their last read.
    "CREATE TABLE gd_changes (seq bigserial PRIMARY KEY, table_name text NOT NULL, row_id bigint NOT NULL, "
    "op char(1) NOT NULL CHECK (op IN ('I','U','D')), changed_at timestamptz NOT NULL DEFAULT now(), "
    "xid xid8 NOT NULL DEFAULT pg_current_xact_id())",
    "CREATE INDEX gd_changes_xid ON gd_changes (xid)",
    "CREATE TABLE admin_units (fid bigserial PRIMARY KEY, geom geometry(MultiPolygon, 4490), code text NOT NULL UNIQUE, "
    "parent_code text, name text NOT NULL, short_name text NOT NULL, level integer NOT NULL CHECK (level BETWEEN 3 AND 6))",
    "CREATE INDEX admin_units_geom ON admin_units USING gist (geom)",
    "CREATE INDEX admin_units_parent ON admin_units (parent_code)",
    "CREATE TABLE cameras (fid bigserial PRIMARY KEY, geom geometry(Point, 4490), device_id text NOT NULL UNIQUE, "
    "name text NOT NULL, camera_class integer NOT NULL CHECK (camera_class BETWEEN 1 AND 3), online boolean NOT NULL, "
    "networked boolean NOT NULL, grid_code text NOT NULL, community_code text NOT NULL, township_code text NOT NULL, "
    "installed_at date)",
    "CREATE INDEX cameras_geom ON cameras USING gist (geom)",
    "CREATE TABLE incident_categories (fid bigserial PRIMARY KEY, code text NOT NULL UNIQUE, name_zh text NOT NULL, "
    "name_en text NOT NULL, time_limit_days integer NOT NULL CHECK (time_limit_days > 0), sort_order integer NOT NULL, "
    "accept_days integer NOT NULL DEFAULT 1, dispatch_days integer NOT NULL DEFAULT 1, "
    "handle_days integer NOT NULL DEFAULT 1, verify_days integer NOT NULL DEFAULT 1)",
    "CREATE TABLE departments (fid bigserial PRIMARY KEY, code text NOT NULL UNIQUE, name_zh text NOT NULL, "
    "name_en text NOT NULL, sort_order integer NOT NULL, active boolean NOT NULL DEFAULT true)",
    "CREATE TABLE routing_rules (fid bigserial PRIMARY KEY, category_code text NOT NULL REFERENCES incident_categories (code), "
    "unit_code text NOT NULL DEFAULT '', department_code text NOT NULL REFERENCES departments (code))",
    "CREATE TABLE incidents (fid bigserial PRIMARY KEY, geom geometry(Point, 4490), code text NOT NULL UNIQUE, "
    "category_code text NOT NULL REFERENCES incident_categories (code), title text NOT NULL, "
    "description text NOT NULL DEFAULT '', address text NOT NULL DEFAULT '', reporter text NOT NULL DEFAULT '', "
    "parties text NOT NULL DEFAULT '', source text NOT NULL, state text NOT NULL, reported_at timestamptz NOT NULL, "
    "deadline_at timestamptz, closed_at timestamptz, grid_code text NOT NULL, community_code text NOT NULL, "
    "township_code text NOT NULL, level integer NOT NULL DEFAULT 6, lead_department text NOT NULL DEFAULT '', "
    "co_departments text NOT NULL DEFAULT '', supervised boolean NOT NULL DEFAULT false, "
    "satisfaction text NOT NULL DEFAULT '', accepted_at timestamptz, node_started_at timestamptz, "
    "node_deadline_at timestamptz, due_at timestamptz, warn_at timestamptz, last_action_at timestamptz, "
    "last_escalated_at timestamptz, rework_count integer NOT NULL DEFAULT 0, escalations integer NOT NULL DEFAULT 0, "
    "master_id bigint, row_version integer NOT NULL DEFAULT 1, updated_at timestamptz NOT NULL DEFAULT now())",
    "CREATE INDEX incidents_geom ON incidents USING gist (geom)",
    "CREATE INDEX incidents_state ON incidents (state)",
    "CREATE INDEX incidents_grid ON incidents (grid_code)",
    "CREATE INDEX incidents_reported ON incidents (reported_at)",
    "CREATE INDEX incidents_due ON incidents (due_at)",
    "CREATE INDEX incidents_open_queue ON incidents (state, closed_at) INCLUDE (code, category_code, title, grid_code, "
    "level, lead_department, co_departments, supervised, satisfaction, deadline_at, due_at, warn_at, row_version) "
    "WHERE state IN ('reported', 'accepted', 'dispatched', 'handling', 'replied', 'verified')",
    "CREATE INDEX incidents_unevaluated ON incidents (closed_at) INCLUDE (state, code, category_code, title, grid_code, "
    "level, lead_department, co_departments, supervised, satisfaction, deadline_at, due_at, warn_at, row_version) "
    "WHERE state = 'closed' AND satisfaction = ''",
    "CREATE TABLE incident_history (fid bigserial PRIMARY KEY, incident_id bigint NOT NULL REFERENCES incidents (fid), "
    "action text NOT NULL, actor text NOT NULL, at timestamptz NOT NULL, state_before text, state_after text NOT NULL, "
    "note text NOT NULL DEFAULT '', role text NOT NULL DEFAULT '', department text NOT NULL DEFAULT '', "
    "departments text NOT NULL DEFAULT '', satisfaction text NOT NULL DEFAULT '', master_id bigint)",
    "CREATE INDEX incident_history_incident ON incident_history (incident_id)",
    "CREATE FUNCTION gd_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    "RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $$",
    "CREATE TRIGGER incident_history_append_only BEFORE UPDATE OR DELETE ON incident_history "
    "FOR EACH ROW EXECUTE FUNCTION gd_append_only()",
    "CREATE TABLE working_calendar (fid bigserial PRIMARY KEY, day date NOT NULL UNIQUE, "
    "kind text NOT NULL CHECK (kind IN ('holiday', 'workday')), name text NOT NULL DEFAULT '')",
    "CREATE TABLE attachments (fid bigserial PRIMARY KEY, incident_id bigint NOT NULL REFERENCES incidents (fid), "
    "file_name text NOT NULL, mime_type text NOT NULL, size bigint NOT NULL, content bytea NOT NULL, "
    "added_at timestamptz NOT NULL, added_by text NOT NULL)",
    "CREATE INDEX attachments_incident ON attachments (incident_id)",
    "CREATE TABLE screening_visits (fid bigserial PRIMARY KEY, grid_code text NOT NULL, visited_at timestamptz NOT NULL, "
    "iso_week text NOT NULL, worker text NOT NULL, findings text NOT NULL DEFAULT '', "
    "incident_id bigint REFERENCES incidents (fid))",
    "CREATE INDEX screening_visits_week ON screening_visits (iso_week, grid_code)",
    // The change feed: a row per change, and a notification every console and
    // QGIS layer listening on the channels hears at once.
    "CREATE FUNCTION gd_feed() RETURNS trigger LANGUAGE plpgsql AS $$ DECLARE r bigint; o char(1); BEGIN "
    "IF TG_OP = 'DELETE' THEN r := OLD.fid; o := 'D'; ELSIF TG_OP = 'UPDATE' THEN r := NEW.fid; o := 'U'; "
    "ELSE r := NEW.fid; o := 'I'; END IF; "
    "INSERT INTO gd_changes (table_name, row_id, op) VALUES (TG_TABLE_NAME, r, o); "
    "PERFORM pg_notify('qgis', TG_TABLE_NAME); "
    "PERFORM pg_notify('griddesk', TG_TABLE_NAME || ':' || r || ':' || o); "
    "RETURN NULL; END $$",
};

const char *const kFedTables[] = {"admin_units", "cameras", "incidents", "screening_visits"};

// Version 3: users and grid-scoped roles, reporters' personal data, and the
// tamper-evident audit log. Triggers write the log on the server itself, so
// every write is recorded whoever makes it (a console, psql, QGIS), under the
// login that made it. The hash formula is auditchain::hashOf's.
const char *const kVersion3[] = {
    "ALTER TABLE incidents ADD COLUMN reporter_phone text NOT NULL DEFAULT '', "
    "ADD COLUMN reporter_id_number text NOT NULL DEFAULT ''",
    // Masked copies that logins may read (personaldata::maskPhone, maskIdNumber).
    "ALTER TABLE incidents ADD COLUMN reporter_phone_masked text GENERATED ALWAYS AS (CASE WHEN length(reporter_phone) <= 7 "
    "THEN repeat('*', length(reporter_phone)) ELSE left(reporter_phone, 3) || repeat('*', length(reporter_phone) - 7) "
    "|| right(reporter_phone, 4) END) STORED, "
    "ADD COLUMN reporter_id_number_masked text GENERATED ALWAYS AS (CASE WHEN length(reporter_id_number) <= 8 "
    "THEN repeat('*', length(reporter_id_number)) ELSE left(reporter_id_number, 4) "
    "|| repeat('*', length(reporter_id_number) - 8) || right(reporter_id_number, 4) END) STORED",
    "CREATE TABLE gd_users (fid bigserial PRIMARY KEY, username text NOT NULL UNIQUE, display_name text NOT NULL, "
    "role text NOT NULL, scope_code text NOT NULL DEFAULT '', department text NOT NULL DEFAULT '', "
    "personal_data boolean NOT NULL DEFAULT false, password_hash text, active boolean NOT NULL DEFAULT true, "
    "created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()))",
    "CREATE TABLE audit_log (seq bigserial PRIMARY KEY, at text NOT NULL, actor text NOT NULL DEFAULT '', "
    "action text NOT NULL, table_name text NOT NULL, row_id bigint, before text, after text, prev_hash text, hash text)",
    "CREATE FUNCTION gd_audit_paused() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp "
    "AS $$ SELECT EXISTS (SELECT 1 FROM gd_meta WHERE key = 'audit_paused') $$",
    "CREATE FUNCTION gd_audit_append(p_action text, p_table text, p_row bigint, p_before text, p_after text) "
    "RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$ "
    "DECLARE prev text; ts text; h text; s bigint; BEGIN "
    // A snapshot older than the last entry would fork the chain.
    "IF current_setting('transaction_isolation') <> 'read committed' THEN "
    "RAISE EXCEPTION 'audited writes need READ COMMITTED isolation'; END IF; "
    "PERFORM pg_advisory_xact_lock(4490002); "
    "SELECT hash INTO prev FROM audit_log ORDER BY seq DESC LIMIT 1; "
    "prev := COALESCE(prev, repeat('0', 64)); "
    "ts := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'); "
    "h := encode(sha256(convert_to(prev || chr(10) || ts || chr(10) || session_user || chr(10) || p_action || chr(10) "
    "|| p_table || chr(10) || COALESCE(p_row::text, '') || chr(10) || COALESCE(p_before, '') || chr(10) "
    "|| COALESCE(p_after, ''), 'UTF8')), 'hex'); "
    "INSERT INTO audit_log (at, actor, action, table_name, row_id, before, after, prev_hash, hash) "
    "VALUES (ts, session_user, p_action, p_table, p_row, p_before, p_after, prev, h) RETURNING seq INTO s; "
    "RETURN s; END $$",
    "CREATE FUNCTION gd_audit_row() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp "
    "AS $$ DECLARE o jsonb; n jsonb; BEGIN "
    "IF gd_audit_paused() THEN RETURN NULL; END IF; "
    // The log never holds secrets or the personal data it protects (the
    // masked copies stay in).
    "IF TG_OP <> 'INSERT' THEN o := to_jsonb(OLD) - 'geom' - 'content' - 'password_hash' - 'reporter_phone' "
    "- 'reporter_id_number'; END IF; "
    "IF TG_OP <> 'DELETE' THEN n := to_jsonb(NEW) - 'geom' - 'content' - 'password_hash' - 'reporter_phone' "
    "- 'reporter_id_number'; END IF; "
    "IF TG_TABLE_NAME = 'gd_meta' AND COALESCE(n, o) ->> 'key' IN ('audit_paused', 'schema_version') THEN RETURN NULL; END IF; "
    "PERFORM gd_audit_append(lower(TG_OP), TG_TABLE_NAME, (COALESCE(n, o) ->> 'fid')::bigint, o::text, n::text); "
    "RETURN NULL; END $$",
    "CREATE FUNCTION gd_audit_guard() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    "IF TG_OP = 'UPDATE' AND OLD.hash IS NOT NULL THEN RAISE EXCEPTION 'audit_log is append-only'; END IF; "
    "IF TG_OP = 'DELETE' AND NOT gd_audit_paused() THEN RAISE EXCEPTION 'audit_log is append-only'; END IF; "
    "IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$",
    "CREATE TRIGGER audit_log_guard BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION gd_audit_guard()",
};

} // namespace

int currentVersion(QSqlDatabase &db)
{
    QSqlQuery probe = sql::exec(db, QStringLiteral("SELECT to_regclass('public.gd_meta') IS NOT NULL"));
    if (!probe.next() || !probe.value(0).toBool())
        return 0;
    QSqlQuery q = sql::exec(db, QStringLiteral("SELECT value FROM gd_meta WHERE key = 'schema_version'"));
    return q.next() ? q.value(0).toInt() : 0;
}

namespace {

void createVersion2(QSqlDatabase &db)
{
    for (const char *statement : kTables)
        sql::execRaw(db, QString::fromLatin1(statement));
    for (const char *table : kFedTables)
        sql::execRaw(db, QStringLiteral("CREATE TRIGGER gd_feed AFTER INSERT OR UPDATE OR DELETE ON %1 "
                                        "FOR EACH ROW EXECUTE FUNCTION gd_feed()").arg(QString::fromLatin1(table)));
    referencedata::seedCategories(db);
    referencedata::seedCategoryLimits(db);
    referencedata::seedDepartments(db);
    referencedata::seedRouting(db);
    referencedata::seedCalendar(db);
    sql::exec(db, QStringLiteral("INSERT INTO gd_meta (key, value) VALUES ('schema_version', '2')"));
}

void upgradeToVersion3(QSqlDatabase &db)
{
    for (const char *statement : kVersion3)
        sql::execRaw(db, QString::fromUtf8(statement));
    for (const QString &table : migrations::auditedTables()) {
        QSqlQuery exists = sql::exec(db, QStringLiteral("SELECT to_regclass(?) IS NOT NULL"), {QStringLiteral("public.") + table});
        if (!exists.next() || !exists.value(0).toBool())
            continue; // a table of a later version: its own step adds the trigger
        sql::execRaw(db, QStringLiteral("CREATE TRIGGER gd_audit AFTER INSERT OR UPDATE OR DELETE ON %1 "
                                        "FOR EACH ROW EXECUTE FUNCTION gd_audit_row()").arg(table));
    }
    pgsecurity::install(db);
    sql::exec(db, QStringLiteral("UPDATE gd_meta SET value = '3' WHERE key = 'schema_version'"));
}

void upgradeToVersion4(QSqlDatabase &db)
{
    pghardening::install(db);
    sql::exec(db, QStringLiteral("UPDATE gd_meta SET value = '4' WHERE key = 'schema_version'"));
}

// Version 5: indexes for a township with years of closed cases (the same
// as the GeoPackage's). Kept apart from the security steps above.
void upgradeToVersion5(QSqlDatabase &db)
{
    for (const QString &statement : migrations::historyIndexes())
        sql::execRaw(db, statement);
    sql::exec(db, QStringLiteral("UPDATE gd_meta SET value = '5' WHERE key = 'schema_version'"));
}

// Version 6: the assessment. Each unit's population, which only
// administrators change: logins hold no UPDATE right on admin_units and its
// policy lets only an administrator's rows through, while the unit's audit
// and feed triggers record every change of a row whatever its columns. And
// the indexes of a period's read (the same as the GeoPackage's).
void upgradeToVersion6(QSqlDatabase &db)
{
    sql::execRaw(db, migrations::populationColumn());
    for (const QString &statement : migrations::assessmentIndexes())
        sql::execRaw(db, statement);
    sql::exec(db, QStringLiteral("UPDATE gd_meta SET value = '6' WHERE key = 'schema_version'"));
}

// Version 7: the weekly joint meeting (see PgMeetings).
void upgradeToVersion7(QSqlDatabase &db)
{
    pgmeetings::install(db);
    sql::exec(db, QStringLiteral("UPDATE gd_meta SET value = '7' WHERE key = 'schema_version'"));
}

// Version 8: security bulletins, with their policies (PgBulletins).
void upgradeToVersion8(QSqlDatabase &db)
{
    pgbulletins::install(db);
    sql::exec(db, QStringLiteral("UPDATE gd_meta SET value = '8' WHERE key = 'schema_version'"));
}

// Version 9: grid versions and grid editing (PgGrids).
void upgradeToVersion9(QSqlDatabase &db)
{
    pggrids::install(db);
    sql::exec(db, QStringLiteral("UPDATE gd_meta SET value = '9' WHERE key = 'schema_version'"));
}

// Version 10: the grid staff register, with its policies (PgStaff).
void upgradeToVersion10(QSqlDatabase &db)
{
    pgstaff::install(db);
    sql::exec(db, QStringLiteral("UPDATE gd_meta SET value = '10' WHERE key = 'schema_version'"));
}

// Version 11: the registers, with their policies (PgRegisters); and every
// scope policy read per statement rather than per row (PgScopeSets).
void upgradeToVersion11(QSqlDatabase &db)
{
    pgregisters::install(db);
    pgscopesets::install(db);
    sql::exec(db, QStringLiteral("UPDATE gd_meta SET value = '11' WHERE key = 'schema_version'"));
}

} // namespace

void migrate(QSqlDatabase &db, int to)
{
    const int version = currentVersion(db);
    const int latest = migrations::latestVersion();
    to = qMin(to, latest);
    if (version > latest)
        throw StoreError(StoreError::Kind::SchemaTooNew,
                         QStringLiteral("the server has schema version %1, but this GridDesk supports versions up to %2")
                             .arg(version)
                             .arg(latest));
    if (version >= to)
        return;
    if (!db.transaction())
        throw StoreError(StoreError::Kind::Io, QStringLiteral("cannot start a transaction on the server"));
    try {
        const std::pair<int, void (*)(QSqlDatabase &)> steps[] = {
            {2, createVersion2}, {3, upgradeToVersion3}, {4, upgradeToVersion4}, {5, upgradeToVersion5},
            {6, upgradeToVersion6}, {7, upgradeToVersion7}, {8, upgradeToVersion8}, {9, upgradeToVersion9},
            {10, upgradeToVersion10}, {11, upgradeToVersion11}};
        for (const auto &[step, upgrade] : steps)
            if (version < step && step <= to)
                upgrade(db);
    } catch (...) {
        db.rollback();
        throw;
    }
    if (!db.commit())
        throw StoreError(StoreError::Kind::Io, QStringLiteral("the server refused to commit the schema"));
}

} // namespace griddesk::pgschema
