#include "Migrations.h"
#include "GpkgSchema.h"
#include "ReferenceData.h"
#include "RegisterSchema.h"
#include "SqlHelpers.h"

#include <QSqlQuery>
#include <QStringList>

#include <functional>

namespace griddesk::migrations {

const QStringList &auditedTables();
const QStringList &meetingTables();
const QStringList &historyIndexes();
const QStringList &staffIndexes();
const QStringList &assessmentIndexes();
const QString &populationColumn();
const QStringList &unitVersionStatements();

void changeFeedTriggers(QSqlDatabase &db, const QString &table, const QString &condition)
{
    // Triggers, not application code, feed the change table, so that edits
    // from any writer (another console, the CLI, QGIS Desktop) reach the consoles.
    const QStringList ops = {QStringLiteral("INSERT:I:NEW"), QStringLiteral("UPDATE:U:NEW"),
                             QStringLiteral("DELETE:D:OLD")};
    for (const QString &spec : ops) {
        const QStringList p = spec.split(QLatin1Char(':'));
        const QString when = condition.isEmpty() ? QString() : QStringLiteral(" WHEN ") + condition.arg(p[2]);
        sql::execRaw(db, QStringLiteral("CREATE TRIGGER gd_feed_%1_%2 AFTER %3 ON %1%5 BEGIN "
                                        "INSERT INTO gd_changes (table_name, row_id, op) VALUES ('%1', %4.fid, '%2'); END")
                             .arg(table, p[1], p[0], p[2], when));
    }
}

void auditTriggers(QSqlDatabase &db, const QString &table, const QStringList &excluded, const QString &condition)
{
    QStringList columns;
    QSqlQuery info = sql::exec(db, QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"), {table});
    while (info.next()) {
        const QString c = info.value(0).toString();
        // Never secrets, file contents or the personal data the log protects.
        if (c != QLatin1String("geom") && c != QLatin1String("content") && c != QLatin1String("password_hash")
            && c != QLatin1String("reporter_phone") && c != QLatin1String("reporter_id_number")
            && c != QLatin1String("phone") && !excluded.contains(c))
            columns << c;
    }
    if (columns.isEmpty())
        return; // a table of a later version: its own step adds the triggers
    auto json = [&](const QString &row) {
        QStringList pairs;
        for (const QString &c : columns)
            pairs << QStringLiteral("'%1', %2.%1").arg(c, row);
        return QStringLiteral("json_object(%1)").arg(pairs.join(QStringLiteral(", ")));
    };
    const bool meta = table == QLatin1String("gd_meta");
    auto id = [&](const QString &row) { return meta ? QStringLiteral("NULL") : row + QStringLiteral(".fid"); };
    auto when = [&](const QString &row) {
        QString w = QStringLiteral("NOT EXISTS (SELECT 1 FROM gd_meta WHERE key = 'audit_paused')");
        if (meta)
            w += QStringLiteral(" AND %1.key NOT IN ('audit_paused', 'schema_version')").arg(row);
        if (!condition.isEmpty())
            w += QStringLiteral(" AND ") + condition.arg(row);
        return w;
    };
    const QString now = QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', 'now')");
    for (const QString &op : {QStringLiteral("insert"), QStringLiteral("update"), QStringLiteral("delete")}) {
        sql::execRaw(db, QStringLiteral("DROP TRIGGER IF EXISTS gd_audit_%1_%2").arg(table, op));
        const QString row = op == QLatin1String("delete") ? QStringLiteral("OLD") : QStringLiteral("NEW");
        const QString before = op == QLatin1String("insert") ? QStringLiteral("NULL") : json(QStringLiteral("OLD"));
        const QString after = op == QLatin1String("delete") ? QStringLiteral("NULL") : json(QStringLiteral("NEW"));
        sql::execRaw(db, QStringLiteral("CREATE TRIGGER gd_audit_%1_%2 AFTER %3 ON %1 WHEN %4 BEGIN "
                                        "INSERT INTO audit_log (at, action, table_name, row_id, before, after) "
                                        "VALUES (%5, '%2', '%1', %6, %7, %8); END")
                             .arg(table, op, op.toUpper(), when(row), now, id(row), before, after));
    }
}

namespace {

void version1(QSqlDatabase &db)
{
    gpkgschema::createCore(db);
    sql::execRaw(db, QStringLiteral("CREATE TABLE gd_meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)"));
    sql::execRaw(db, QStringLiteral(
        "CREATE TABLE gd_changes (seq INTEGER PRIMARY KEY AUTOINCREMENT, table_name TEXT NOT NULL, "
        "row_id INTEGER NOT NULL, op TEXT NOT NULL CHECK (op IN ('I','U','D')), "
        "changed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')))"));

    sql::execRaw(db, QStringLiteral(
        "CREATE TABLE admin_units (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom MULTIPOLYGON, "
        "code TEXT NOT NULL UNIQUE, parent_code TEXT, name TEXT NOT NULL, short_name TEXT NOT NULL, "
        "level INTEGER NOT NULL CHECK (level BETWEEN 3 AND 6))"));
    sql::execRaw(db, QStringLiteral("CREATE INDEX admin_units_parent ON admin_units (parent_code)"));
    sql::execRaw(db, QStringLiteral("CREATE INDEX admin_units_level ON admin_units (level)"));
    gpkgschema::registerFeatureTable(db, QStringLiteral("admin_units"), QStringLiteral("geom"),
                                     QStringLiteral("MULTIPOLYGON"), QStringLiteral("admin_units"),
                                     QStringLiteral("Township, communities and grids (one hierarchy)"));

    sql::execRaw(db, QStringLiteral(
        "CREATE TABLE cameras (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom POINT, "
        "device_id TEXT NOT NULL UNIQUE, name TEXT NOT NULL, "
        "camera_class INTEGER NOT NULL CHECK (camera_class BETWEEN 1 AND 3), "
        "online BOOLEAN NOT NULL, networked BOOLEAN NOT NULL, grid_code TEXT NOT NULL, "
        "community_code TEXT NOT NULL, township_code TEXT NOT NULL, installed_at DATE)"));
    sql::execRaw(db, QStringLiteral("CREATE INDEX cameras_grid ON cameras (grid_code)"));
    gpkgschema::registerFeatureTable(db, QStringLiteral("cameras"), QStringLiteral("geom"), QStringLiteral("POINT"),
                                     QStringLiteral("cameras"), QStringLiteral("Video surveillance cameras"));

    sql::execRaw(db, QStringLiteral(
        "CREATE TABLE incident_categories (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "
        "code TEXT NOT NULL UNIQUE, name_zh TEXT NOT NULL, name_en TEXT NOT NULL, "
        "time_limit_days INTEGER NOT NULL CHECK (time_limit_days > 0), sort_order INTEGER NOT NULL)"));
    gpkgschema::registerAttributesTable(db, QStringLiteral("incident_categories"), QStringLiteral("incident_categories"),
                                        QStringLiteral("Incident category taxonomy"));
    referencedata::seedCategories(db);

    sql::execRaw(db, QStringLiteral(
        "CREATE TABLE incidents (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom POINT, "
        "code TEXT NOT NULL UNIQUE, category_code TEXT NOT NULL REFERENCES incident_categories (code), "
        "title TEXT NOT NULL, description TEXT NOT NULL DEFAULT '', address TEXT NOT NULL DEFAULT '', "
        "reporter TEXT NOT NULL DEFAULT '', source TEXT NOT NULL, state TEXT NOT NULL, "
        "reported_at DATETIME NOT NULL, deadline_at DATETIME, closed_at DATETIME, "
        "grid_code TEXT NOT NULL, community_code TEXT NOT NULL, township_code TEXT NOT NULL, "
        "row_version INTEGER NOT NULL DEFAULT 1, updated_at DATETIME NOT NULL)"));
    sql::execRaw(db, QStringLiteral("CREATE INDEX incidents_state ON incidents (state)"));
    sql::execRaw(db, QStringLiteral("CREATE INDEX incidents_grid ON incidents (grid_code)"));
    sql::execRaw(db, QStringLiteral("CREATE INDEX incidents_reported ON incidents (reported_at)"));
    gpkgschema::registerFeatureTable(db, QStringLiteral("incidents"), QStringLiteral("geom"), QStringLiteral("POINT"),
                                     QStringLiteral("incidents"), QStringLiteral("Incidents and disputes"));

    sql::execRaw(db, QStringLiteral(
        "CREATE TABLE incident_history (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "
        "incident_id INTEGER NOT NULL REFERENCES incidents (fid), action TEXT NOT NULL, actor TEXT NOT NULL, "
        "at DATETIME NOT NULL, state_before TEXT, state_after TEXT NOT NULL, note TEXT NOT NULL DEFAULT '')"));
    sql::execRaw(db, QStringLiteral("CREATE INDEX incident_history_incident ON incident_history (incident_id)"));
    // Append-only: history rows are never changed or removed.
    sql::execRaw(db, QStringLiteral("CREATE TRIGGER incident_history_no_update BEFORE UPDATE ON incident_history "
                                    "BEGIN SELECT RAISE(ABORT, 'incident_history is append-only'); END"));
    sql::execRaw(db, QStringLiteral("CREATE TRIGGER incident_history_no_delete BEFORE DELETE ON incident_history "
                                    "BEGIN SELECT RAISE(ABORT, 'incident_history is append-only'); END"));
    gpkgschema::registerAttributesTable(db, QStringLiteral("incident_history"), QStringLiteral("incident_history"),
                                        QStringLiteral("Append-only workflow history of incidents"));

    for (const QString &t : {QStringLiteral("admin_units"), QStringLiteral("cameras"), QStringLiteral("incidents")})
        changeFeedTriggers(db, t);
}

// The closed loop: departments and routing, node time limits, the case
// columns of incidents, richer history, the working calendar, attachments and
// weekly screening visits.
void version2(QSqlDatabase &db)
{
    sql::execRaw(db, QStringLiteral(
        "CREATE TABLE departments (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, code TEXT NOT NULL UNIQUE, "
        "name_zh TEXT NOT NULL, name_en TEXT NOT NULL, sort_order INTEGER NOT NULL, active BOOLEAN NOT NULL DEFAULT 1)"));
    gpkgschema::registerAttributesTable(db, QStringLiteral("departments"), QStringLiteral("departments"),
                                        QStringLiteral("Handling departments"));
    referencedata::seedDepartments(db);

    sql::execRaw(db, QStringLiteral(
        "CREATE TABLE routing_rules (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "
        "category_code TEXT NOT NULL REFERENCES incident_categories (code), unit_code TEXT NOT NULL DEFAULT '', "
        "department_code TEXT NOT NULL REFERENCES departments (code))"));
    gpkgschema::registerAttributesTable(db, QStringLiteral("routing_rules"), QStringLiteral("routing_rules"),
                                        QStringLiteral("Suggested department per category and area"));
    referencedata::seedRouting(db);

    for (const char *column : {"accept_days", "dispatch_days", "handle_days", "verify_days"})
        sql::execRaw(db, QStringLiteral("ALTER TABLE incident_categories ADD COLUMN %1 INTEGER NOT NULL DEFAULT 1")
                             .arg(QString::fromLatin1(column)));
    referencedata::seedCategoryLimits(db);

    const QStringList incidentColumns = {
        QStringLiteral("level INTEGER NOT NULL DEFAULT 6"), QStringLiteral("lead_department TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("co_departments TEXT NOT NULL DEFAULT ''"), QStringLiteral("supervised BOOLEAN NOT NULL DEFAULT 0"),
        QStringLiteral("satisfaction TEXT NOT NULL DEFAULT ''"), QStringLiteral("accepted_at DATETIME"),
        QStringLiteral("node_started_at DATETIME"), QStringLiteral("node_deadline_at DATETIME"),
        QStringLiteral("due_at DATETIME"), QStringLiteral("warn_at DATETIME"), QStringLiteral("last_action_at DATETIME"),
        QStringLiteral("last_escalated_at DATETIME"), QStringLiteral("rework_count INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("escalations INTEGER NOT NULL DEFAULT 0"), QStringLiteral("master_id INTEGER"),
        QStringLiteral("parties TEXT NOT NULL DEFAULT ''")};
    for (const QString &column : incidentColumns)
        sql::execRaw(db, QStringLiteral("ALTER TABLE incidents ADD COLUMN ") + column);
    // Cases from version 1 keep their deadline as the due time.
    sql::execRaw(db, QStringLiteral(
        "UPDATE incidents SET "
        "accepted_at = (SELECT MIN(h.at) FROM incident_history h WHERE h.incident_id = incidents.fid AND h.action = 'accept'), "
        "last_action_at = (SELECT MAX(h.at) FROM incident_history h WHERE h.incident_id = incidents.fid), "
        "due_at = CASE WHEN state IN ('closed', 'rejected') THEN NULL ELSE deadline_at END, "
        "warn_at = CASE WHEN state IN ('closed', 'rejected') THEN NULL ELSE deadline_at END"));
    sql::execRaw(db, QStringLiteral("UPDATE incidents SET node_started_at = COALESCE(accepted_at, reported_at)"));
    sql::execRaw(db, QStringLiteral("CREATE INDEX incidents_due ON incidents (due_at)"));
    // The dispatch queue reads only these two covering, partial indexes: the
    // open cases, and the closed ones awaiting evaluation (by closing time).
    const QString queueColumns = QStringLiteral(
        "code, category_code, title, grid_code, level, lead_department, co_departments, supervised, satisfaction, "
        "deadline_at, due_at, warn_at, row_version");
    sql::execRaw(db, QStringLiteral("CREATE INDEX incidents_open_queue ON incidents (state, closed_at, %1) "
                                    "WHERE state IN ('reported', 'accepted', 'dispatched', 'handling', 'replied', 'verified')")
                         .arg(queueColumns));
    sql::execRaw(db, QStringLiteral("CREATE INDEX incidents_unevaluated ON incidents (closed_at, state, %1) "
                                    "WHERE state = 'closed' AND satisfaction = ''").arg(queueColumns));

    for (const char *column : {"role TEXT NOT NULL DEFAULT ''", "department TEXT NOT NULL DEFAULT ''",
                               "departments TEXT NOT NULL DEFAULT ''", "satisfaction TEXT NOT NULL DEFAULT ''",
                               "master_id INTEGER"})
        sql::execRaw(db, QStringLiteral("ALTER TABLE incident_history ADD COLUMN ") + QString::fromLatin1(column));

    sql::execRaw(db, QStringLiteral(
        "CREATE TABLE working_calendar (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, day DATE NOT NULL UNIQUE, "
        "kind TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')), name TEXT NOT NULL DEFAULT '')"));
    gpkgschema::registerAttributesTable(db, QStringLiteral("working_calendar"), QStringLiteral("working_calendar"),
                                        QStringLiteral("Public holidays and adjusted working days"));
    referencedata::seedCalendar(db);

    sql::execRaw(db, QStringLiteral(
        "CREATE TABLE attachments (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "
        "incident_id INTEGER NOT NULL REFERENCES incidents (fid), file_name TEXT NOT NULL, mime_type TEXT NOT NULL, "
        "size INTEGER NOT NULL, content BLOB NOT NULL, added_at DATETIME NOT NULL, added_by TEXT NOT NULL)"));
    sql::execRaw(db, QStringLiteral("CREATE INDEX attachments_incident ON attachments (incident_id)"));
    gpkgschema::registerAttributesTable(db, QStringLiteral("attachments"), QStringLiteral("attachments"),
                                        QStringLiteral("Photos and documents attached to incidents"));

    sql::execRaw(db, QStringLiteral(
        "CREATE TABLE screening_visits (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, grid_code TEXT NOT NULL, "
        "visited_at DATETIME NOT NULL, iso_week TEXT NOT NULL, worker TEXT NOT NULL, "
        "findings TEXT NOT NULL DEFAULT '', incident_id INTEGER REFERENCES incidents (fid))"));
    sql::execRaw(db, QStringLiteral("CREATE INDEX screening_visits_week ON screening_visits (iso_week, grid_code)"));
    gpkgschema::registerAttributesTable(db, QStringLiteral("screening_visits"), QStringLiteral("screening_visits"),
                                        QStringLiteral("Weekly grid screening visits"));
    changeFeedTriggers(db, QStringLiteral("screening_visits"));
}

// Audit triggers of one table: every insert, update and delete leaves a row
// in audit_log with the row before and after as JSON (geometry, file content
// and password hashes left out). The store seals the rows into the hash chain
// before it commits. A migration that adds columns to an audited table
// recreates its triggers.

// Users and grid-scoped roles, personal data of reporters, and the
// tamper-evident audit log.
void version3(QSqlDatabase &db)
{
    sql::execRaw(db, QStringLiteral(
        "CREATE TABLE gd_users (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, username TEXT NOT NULL UNIQUE, "
        "display_name TEXT NOT NULL, role TEXT NOT NULL, scope_code TEXT NOT NULL DEFAULT '', "
        "department TEXT NOT NULL DEFAULT '', personal_data BOOLEAN NOT NULL DEFAULT 0, password_hash TEXT, "
        "active BOOLEAN NOT NULL DEFAULT 1, created_at DATETIME NOT NULL)"));
    gpkgschema::registerAttributesTable(db, QStringLiteral("gd_users"), QStringLiteral("gd_users"),
                                        QStringLiteral("People who sign in, with their role and scope"));
    for (const char *column : {"reporter_phone TEXT NOT NULL DEFAULT ''", "reporter_id_number TEXT NOT NULL DEFAULT ''"})
        sql::execRaw(db, QStringLiteral("ALTER TABLE incidents ADD COLUMN ") + QString::fromLatin1(column));

    sql::execRaw(db, QStringLiteral(
        "CREATE TABLE audit_log (seq INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, at TEXT NOT NULL, "
        "actor TEXT NOT NULL DEFAULT '', action TEXT NOT NULL, table_name TEXT NOT NULL, row_id INTEGER, "
        "before TEXT, after TEXT, prev_hash TEXT, hash TEXT)"));
    sql::execRaw(db, QStringLiteral("CREATE INDEX audit_log_unsealed ON audit_log (seq) WHERE hash IS NULL"));
    // Append-only: a sealed entry never changes; entries are only removed
    // while a copy replaces a new database's contents.
    sql::execRaw(db, QStringLiteral("CREATE TRIGGER audit_log_sealed BEFORE UPDATE ON audit_log WHEN OLD.hash IS NOT NULL "
                                    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"));
    sql::execRaw(db, QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                                    "WHEN NOT EXISTS (SELECT 1 FROM gd_meta WHERE key = 'audit_paused') "
                                    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"));
    gpkgschema::registerAttributesTable(db, QStringLiteral("audit_log"), QStringLiteral("audit_log"),
                                        QStringLiteral("Tamper-evident log of every write and every reveal of personal data"));
    for (const QString &table : auditedTables())
        auditTriggers(db, table);
}

// Version 4 hardened the server (see PgHardening); a GeoPackage file has no
// logins, and its format is unchanged. The step keeps both backends on one
// version number, which copies between them require.
void version4(QSqlDatabase &)
{
}

// A township with years of history: the console reads open cases and the
// cases closed in a recent period (incidents_closed), and each grid's latest
// screening visit (screening_visits_grid), without scanning everything.
void version5(QSqlDatabase &db)
{
    for (const QString &statement : historyIndexes())
        sql::execRaw(db, statement);
}

// The assessment: each unit's population (incidents per 1,000 residents),
// audited like the unit's other columns, and the indexes of a period's read.
void version6(QSqlDatabase &db)
{
    sql::execRaw(db, populationColumn());
    auditTriggers(db, QStringLiteral("admin_units"));
    for (const QString &statement : assessmentIndexes())
        sql::execRaw(db, statement);
}

// The weekly joint meeting: meetings with their agenda, and the decisions
// tracked as tasks; audited and fed to the consoles like the cases.
void version7(QSqlDatabase &db)
{
    sql::execRaw(db, QStringLiteral(
        "CREATE TABLE meetings (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, code TEXT NOT NULL UNIQUE, "
        "township_code TEXT NOT NULL, held_at DATETIME NOT NULL, "
        "length_minutes INTEGER NOT NULL CHECK (length_minutes BETWEEN 10 AND 480), chair TEXT NOT NULL DEFAULT '', "
        "attendees TEXT NOT NULL DEFAULT '', departments TEXT NOT NULL DEFAULT '', minutes TEXT NOT NULL DEFAULT '', "
        "removed_items TEXT NOT NULL DEFAULT '', state TEXT NOT NULL CHECK (state IN ('planned', 'held')), "
        "created_by TEXT NOT NULL, created_at DATETIME NOT NULL, row_version INTEGER NOT NULL DEFAULT 1, "
        "updated_at DATETIME NOT NULL)"));
    sql::execRaw(db, QStringLiteral("CREATE INDEX meetings_held ON meetings (township_code, held_at)"));
    sql::execRaw(db, QStringLiteral(
        "CREATE TABLE agenda_items (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "
        "meeting_id INTEGER NOT NULL REFERENCES meetings (fid), position INTEGER NOT NULL, kind TEXT NOT NULL, "
        "params TEXT NOT NULL DEFAULT '{}', title TEXT NOT NULL DEFAULT '', "
        "planned_minutes INTEGER NOT NULL CHECK (planned_minutes BETWEEN 0 AND 480), "
        "used_seconds INTEGER NOT NULL DEFAULT 0 CHECK (used_seconds >= 0), notes TEXT NOT NULL DEFAULT '', "
        "case_ids TEXT NOT NULL DEFAULT '', unit_codes TEXT NOT NULL DEFAULT '', task_id INTEGER, bulletin_id INTEGER)"));
    sql::execRaw(db, QStringLiteral("CREATE INDEX agenda_items_meeting ON agenda_items (meeting_id, position)"));
    sql::execRaw(db, QStringLiteral(
        "CREATE TABLE meeting_tasks (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, code TEXT NOT NULL UNIQUE, "
        "meeting_id INTEGER NOT NULL REFERENCES meetings (fid), agenda_item_id INTEGER, decision TEXT NOT NULL, "
        "owner_department TEXT NOT NULL REFERENCES departments (code), "
        "working_days INTEGER NOT NULL CHECK (working_days BETWEEN 1 AND 250), decided_at DATETIME NOT NULL, "
        "due_at DATETIME NOT NULL, warn_at DATETIME NOT NULL, state TEXT NOT NULL CHECK (state IN ('open', 'done')), "
        "done_at DATETIME, done_note TEXT NOT NULL DEFAULT '', supervised BOOLEAN NOT NULL DEFAULT 0, "
        "level INTEGER NOT NULL DEFAULT 4 CHECK (level BETWEEN 3 AND 6), escalations INTEGER NOT NULL DEFAULT 0, "
        "last_escalated_at DATETIME, grid_code TEXT NOT NULL DEFAULT '', community_code TEXT NOT NULL DEFAULT '', "
        "township_code TEXT NOT NULL, case_ids TEXT NOT NULL DEFAULT '', row_version INTEGER NOT NULL DEFAULT 1, "
        "updated_at DATETIME NOT NULL)"));
    sql::execRaw(db, QStringLiteral("CREATE INDEX meeting_tasks_open ON meeting_tasks (state, due_at)"));
    sql::execRaw(db, QStringLiteral("CREATE INDEX meeting_tasks_meeting ON meeting_tasks (meeting_id)"));
    for (const QString &table : meetingTables()) {
        gpkgschema::registerAttributesTable(db, table, table, table == QLatin1String("meetings")
                                                                   ? QStringLiteral("Weekly joint meetings")
                                                                   : table == QLatin1String("agenda_items")
                                                                   ? QStringLiteral("Agenda items of the joint meetings")
                                                                   : QStringLiteral("Decisions of the joint meetings, tracked as tasks"));
        changeFeedTriggers(db, table);
        auditTriggers(db, table);
    }
}

// Security bulletins (治安预警): an area, a period, a level and a text,
// published by the centre; fed to other consoles and audited like every
// table of the township.
void version8(QSqlDatabase &db)
{
    sql::execRaw(db, QStringLiteral(
        "CREATE TABLE bulletins (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom MULTIPOLYGON, "
        "code TEXT NOT NULL, township_code TEXT NOT NULL, "
        "level TEXT NOT NULL CHECK (level IN ('blue', 'yellow', 'orange', 'red')), title TEXT NOT NULL, "
        "body TEXT NOT NULL, unit_codes TEXT NOT NULL, valid_from DATETIME NOT NULL, valid_to DATETIME NOT NULL, "
        "published_at DATETIME NOT NULL, published_by TEXT NOT NULL, withdrawn_at DATETIME, "
        "withdrawn_by TEXT NOT NULL DEFAULT '', row_version INTEGER NOT NULL DEFAULT 1, "
        "UNIQUE (township_code, code), CHECK (valid_to > valid_from))"));
    sql::execRaw(db, QStringLiteral("CREATE INDEX bulletins_valid ON bulletins (valid_to, valid_from)"));
    gpkgschema::registerFeatureTable(db, QStringLiteral("bulletins"), QStringLiteral("geom"), QStringLiteral("MULTIPOLYGON"),
                                     QStringLiteral("bulletins"), QStringLiteral("Security bulletins (areas, periods, levels)"));
    changeFeedTriggers(db, QStringLiteral("bulletins"));
    auditTriggers(db, QStringLiteral("bulletins"));
}

// Grids as living data: every version of every unit, valid from a day to
// the day before the next one (unit_versions), so that cases, visits and
// KPIs keep the unit of their own date. admin_units keeps the current
// picture; a retired grid leaves it, and its code is never given out again.
void version9(QSqlDatabase &db)
{
    sql::execRaw(db, QStringLiteral(
        "CREATE TABLE unit_versions (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom MULTIPOLYGON, "
        "code TEXT NOT NULL, version INTEGER NOT NULL CHECK (version >= 1), parent_code TEXT, name TEXT NOT NULL, "
        "short_name TEXT NOT NULL, level INTEGER NOT NULL CHECK (level BETWEEN 3 AND 6), valid_from DATE, valid_to DATE, "
        "change TEXT NOT NULL, related TEXT NOT NULL DEFAULT '', justification TEXT NOT NULL DEFAULT '', "
        "overridden INTEGER NOT NULL DEFAULT 0, actor TEXT NOT NULL DEFAULT '', recorded_at DATETIME NOT NULL, "
        "UNIQUE (code, version), CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from))"));
    for (const QString &statement : unitVersionStatements())
        sql::execRaw(db, statement);
    gpkgschema::registerFeatureTable(db, QStringLiteral("unit_versions"), QStringLiteral("geom"),
                                     QStringLiteral("MULTIPOLYGON"), QStringLiteral("unit_versions"),
                                     QStringLiteral("Every version of the township, communities and grids"));
    // History is kept: a version only ever gets its end day, once.
    sql::execRaw(db, QStringLiteral(
        "CREATE TRIGGER unit_versions_closed_once BEFORE UPDATE ON unit_versions WHEN OLD.valid_to IS NOT NULL "
        "OR NEW.valid_to IS NULL OR NEW.code IS NOT OLD.code OR NEW.version IS NOT OLD.version "
        "OR NEW.geom IS NOT OLD.geom OR NEW.parent_code IS NOT OLD.parent_code OR NEW.name IS NOT OLD.name "
        "OR NEW.short_name IS NOT OLD.short_name OR NEW.level IS NOT OLD.level OR NEW.valid_from IS NOT OLD.valid_from "
        "OR NEW.change IS NOT OLD.change OR NEW.related IS NOT OLD.related OR NEW.justification IS NOT OLD.justification "
        "OR NEW.overridden IS NOT OLD.overridden OR NEW.actor IS NOT OLD.actor OR NEW.recorded_at IS NOT OLD.recorded_at "
        "BEGIN SELECT RAISE(ABORT, 'unit_versions keeps history: only a current version may be closed'); END"));
    sql::execRaw(db, QStringLiteral("CREATE TRIGGER unit_versions_no_delete BEFORE DELETE ON unit_versions "
                                    "BEGIN SELECT RAISE(ABORT, 'unit_versions keeps history'); END"));
    // A retired code is never given out again.
    sql::execRaw(db, QStringLiteral(
        "CREATE TRIGGER admin_units_code_retired BEFORE INSERT ON admin_units WHEN EXISTS (SELECT 1 FROM unit_versions v "
        "WHERE v.code = NEW.code AND v.valid_to IS NOT NULL) AND NOT EXISTS (SELECT 1 FROM unit_versions v "
        "WHERE v.code = NEW.code AND v.valid_to IS NULL) "
        "BEGIN SELECT RAISE(ABORT, 'the code of a retired unit is never used again'); END"));
    sql::execRaw(db, QStringLiteral(
        "INSERT INTO unit_versions (geom, code, version, parent_code, name, short_name, level, change, recorded_at) "
        "SELECT geom, code, 1, parent_code, name, short_name, level, 'recorded', strftime('%Y-%m-%dT%H:%M:%fZ','now') "
        "FROM admin_units ORDER BY level, code"));
    changeFeedTriggers(db, QStringLiteral("unit_versions"));
    auditTriggers(db, QStringLiteral("unit_versions"));
}

// The grid staff register (网格员配备): who works in which grid, in which
// role, since when, and the login they sign in with. The phone number is
// personal data: kept out of the audit log, read masked, revealed on
// request. Fed and audited like every table of the township.
void version10(QSqlDatabase &db)
{
    sql::execRaw(db, QStringLiteral(
        "CREATE TABLE grid_staff (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, name TEXT NOT NULL CHECK (trim(name) <> ''), "
        "phone TEXT NOT NULL DEFAULT '', role TEXT NOT NULL CHECK (role IN ('manager', 'full_time', 'part_time')), "
        "grid_code TEXT NOT NULL, username TEXT NOT NULL DEFAULT '', active BOOLEAN NOT NULL DEFAULT 1, "
        "started_on DATE NOT NULL, ended_on DATE, note TEXT NOT NULL DEFAULT '', updated_by TEXT NOT NULL DEFAULT '', "
        "row_version INTEGER NOT NULL DEFAULT 1, updated_at DATETIME NOT NULL, "
        "CHECK (ended_on IS NULL OR ended_on >= started_on))"));
    for (const QString &statement : staffIndexes())
        sql::execRaw(db, statement);
    gpkgschema::registerAttributesTable(db, QStringLiteral("grid_staff"), QStringLiteral("grid_staff"),
                                        QStringLiteral("Grid staff register: managers and grid workers per grid"));
    changeFeedTriggers(db, QStringLiteral("grid_staff"));
    auditTriggers(db, QStringLiteral("grid_staff"));
}

// The registers (人、地、物、事、组织): residents, housing, the dispute
// ledger and its parties, key populations and their visits, organisations
// and the grid workers' work log, with the import batches and the links
// from disputes and organisations to cases (RegisterSchema).
void version11(QSqlDatabase &db)
{
    registerschema::installGpkg(db);
}

const QVector<std::function<void(QSqlDatabase &)>> &steps()
{
    static const QVector<std::function<void(QSqlDatabase &)>> all = {version1, version2, version3, version4, version5,
                                                                     version6, version7, version8, version9,
                                                                     version10, version11};
    return all;
}

} // namespace

const QStringList &auditedTables()
{
    static const QStringList tables = {
        QStringLiteral("incidents"),   QStringLiteral("incident_history"),    QStringLiteral("attachments"),
        QStringLiteral("screening_visits"), QStringLiteral("admin_units"), QStringLiteral("cameras"),
        QStringLiteral("incident_categories"), QStringLiteral("departments"), QStringLiteral("routing_rules"),
        QStringLiteral("working_calendar"), QStringLiteral("gd_meta"), QStringLiteral("gd_users"),
        QStringLiteral("bulletins")};
    return tables;
}

const QStringList &staffIndexes()
{
    // One active register entry per login: a login is one person in one grid.
    static const QStringList statements = {
        QStringLiteral("CREATE INDEX grid_staff_grid ON grid_staff (grid_code, active)"),
        QStringLiteral("CREATE UNIQUE INDEX grid_staff_login ON grid_staff (username) WHERE username <> '' AND active")};
    return statements;
}

const QStringList &meetingTables()
{
    static const QStringList tables = {QStringLiteral("meetings"), QStringLiteral("agenda_items"),
                                       QStringLiteral("meeting_tasks")};
    return tables;
}

const QStringList &historyIndexes()
{
    static const QStringList statements = {
        QStringLiteral("CREATE INDEX IF NOT EXISTS incidents_closed ON incidents (closed_at)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS screening_visits_grid ON screening_visits (grid_code, visited_at)")};
    return statements;
}

const QString &populationColumn()
{
    // NULL (or 0) when not known; the same statement on both backends.
    static const QString statement = QStringLiteral(
        "ALTER TABLE admin_units ADD COLUMN population INTEGER CHECK (population >= 0)");
    return statement;
}

const QStringList &assessmentIndexes()
{
    // A period's cases are found through three indexes (still open or
    // closed in or after the period: incidents_closed; due in or after it:
    // incidents_deadline, which also holds the report time; reported in it:
    // incidents_reported), their events through one partial index that holds
    // only the actions the KPIs count in the order they are read, and a
    // period's screening visits by time.
    static const QStringList statements = {
        QStringLiteral("CREATE INDEX IF NOT EXISTS incidents_deadline ON incidents (deadline_at, reported_at)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS incident_history_kpi ON incident_history (incident_id, at, fid, action) "
                       "WHERE ") + kpiActionsCondition(),
        QStringLiteral("CREATE INDEX IF NOT EXISTS screening_visits_visited ON screening_visits (visited_at, grid_code, iso_week)")};
    return statements;
}

const QStringList &unitVersionStatements()
{
    // The same on both backends: a unit's versions by code, and a day's units by level.
    static const QStringList statements = {
        QStringLiteral("CREATE INDEX unit_versions_code ON unit_versions (code, valid_to)"),
        QStringLiteral("CREATE INDEX unit_versions_day ON unit_versions (level, valid_from, valid_to)"),
        QStringLiteral("CREATE UNIQUE INDEX unit_versions_current ON unit_versions (code) WHERE valid_to IS NULL")};
    return statements;
}

const QString &kpiActionsCondition()
{
    static const QString condition = QStringLiteral(
        "action IN ('reply', 'rework', 'supervise', 'escalate')");
    return condition;
}

int latestVersion()
{
    return steps().size();
}

int currentVersion(QSqlDatabase &db)
{
    QSqlQuery probe = sql::exec(db, QStringLiteral(
        "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'gd_meta'"));
    if (!probe.next() || probe.value(0).toInt() == 0)
        return 0;
    QSqlQuery q = sql::exec(db, QStringLiteral("SELECT value FROM gd_meta WHERE key = 'schema_version'"));
    return q.next() ? q.value(0).toInt() : 0;
}

void migrate(QSqlDatabase &db, int from, int to)
{
    to = qMin(to, latestVersion());
    for (int v = from; v < to; ++v)
        steps()[v](db);
    sql::exec(db, QStringLiteral("INSERT OR REPLACE INTO gd_meta (key, value) VALUES ('schema_version', ?)"),
              {QString::number(to)});
}

} // namespace griddesk::migrations
