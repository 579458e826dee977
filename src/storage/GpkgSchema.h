#pragma once
// The GeoPackage core tables and the registration of our tables in them, so
// that GDAL's validator accepts the file and QGIS Desktop opens it.

#include <QSqlDatabase>
#include <QString>

namespace griddesk::gpkgschema {

// application_id "GPKG", user_version 10300, WAL journal, core tables and SRS rows.
void createCore(QSqlDatabase &db);

// Registers an existing table as a feature table with one geometry column
// (R-tree index and its triggers included). geometryType is e.g. "POINT".
void registerFeatureTable(QSqlDatabase &db, const QString &table, const QString &geomColumn,
                          const QString &geometryType, const QString &identifier,
                          const QString &description);
// Registers an existing non-spatial table as an attributes table.
void registerAttributesTable(QSqlDatabase &db, const QString &table, const QString &identifier,
                             const QString &description);

} // namespace griddesk::gpkgschema
