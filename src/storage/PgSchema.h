#pragma once
// The GridDesk schema on PostgreSQL/PostGIS: the same tables and columns as
// the GeoPackage (geometry in EPSG:4490), with the change feed raising
// NOTIFY on channel "qgis" (QGIS layers refresh on it) and "griddesk".

#include "Migrations.h"

#include <QSqlDatabase>

namespace griddesk::pgschema {

// gd_meta.schema_version, or 0 when the database is empty.
int currentVersion(QSqlDatabase &db);
// Creates or upgrades the schema inside one transaction, up to version `to`
// (tests build older databases with it); throws StoreError, also when the
// server's schema is newer than this GridDesk.
void migrate(QSqlDatabase &db, int to = migrations::latestVersion());

} // namespace griddesk::pgschema
