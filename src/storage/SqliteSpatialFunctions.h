#pragma once
// Registers ST_IsEmpty, ST_MinX, ST_MaxX, ST_MinY and ST_MaxY on a plain
// SQLite connection. The GeoPackage R-tree triggers call them; only GDAL's and
// SpatiaLite's own connections define them otherwise.

class QSqlDatabase;

namespace griddesk::sqlitespatial {

// Returns false when the connection is not a SQLite connection we can reach.
bool registerFunctions(QSqlDatabase &db);

} // namespace griddesk::sqlitespatial
