#include "Migrations.h"
#include "CategoryCatalog.h"
#include "GpkgSchema.h"
#include "SqlHelpers.h"

#include <QSqlQuery>
#include <QStringList>

#include <functional>

namespace griddesk::migrations {

namespace {

void changeFeedTriggers(QSqlDatabase &db, const QString &table)
{
    // Triggers, not application code, feed the change table, so that edits
    // from any writer (another console, the CLI, QGIS Desktop) reach the consoles.
    const QStringList ops = {QStringLiteral("INSERT:I:NEW"), QStringLiteral("UPDATE:U:NEW"),
                             QStringLiteral("DELETE:D:OLD")};
    for (const QString &spec : ops) {
        const QStringList p = spec.split(QLatin1Char(':'));
        sql::execRaw(db, QStringLiteral("CREATE TRIGGER gd_feed_%1_%2 AFTER %3 ON %1 BEGIN "
                                        "INSERT INTO gd_changes (table_name, row_id, op) VALUES ('%1', %4.fid, '%2'); END")
                             .arg(table, p[1], p[0], p[2]));
    }
}

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
    int order = 0;
    for (const IncidentCategory &c : categorycatalog::seed())
        sql::exec(db, QStringLiteral("INSERT INTO incident_categories (code, name_zh, name_en, time_limit_days, "
                                     "sort_order) VALUES (?, ?, ?, ?, ?)"),
                  {c.code, c.nameZh, c.nameEn, c.timeLimitDays, ++order});

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

const QVector<std::function<void(QSqlDatabase &)>> &steps()
{
    static const QVector<std::function<void(QSqlDatabase &)>> all = {version1};
    return all;
}

} // namespace

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

void migrate(QSqlDatabase &db, int from)
{
    for (int v = from; v < latestVersion(); ++v)
        steps()[v](db);
    sql::exec(db, QStringLiteral("INSERT OR REPLACE INTO gd_meta (key, value) VALUES ('schema_version', ?)"),
              {QString::number(latestVersion())});
}

} // namespace griddesk::migrations
