#include "GpkgSchema.h"
#include "SqlHelpers.h"

#include <QDateTime>
#include <QStringList>

namespace griddesk::gpkgschema {

namespace {

// WKT of CGCS2000 as GDAL writes it into gpkg_spatial_ref_sys.
const char kCgcs2000Wkt[] =
    "GEOGCS[\"China Geodetic Coordinate System 2000\",DATUM[\"China_2000\",SPHEROID[\"CGCS2000\","
    "6378137,298.257222101,AUTHORITY[\"EPSG\",\"1024\"]],AUTHORITY[\"EPSG\",\"1043\"]],PRIMEM[\"Greenwich\",0,"
    "AUTHORITY[\"EPSG\",\"8901\"]],UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],"
    "AXIS[\"Latitude\",NORTH],AXIS[\"Longitude\",EAST],AUTHORITY[\"EPSG\",\"4490\"]]";

const char kWgs84Wkt[] =
    "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563,AUTHORITY[\"EPSG\",\"7030\"]],"
    "AUTHORITY[\"EPSG\",\"6326\"]],PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],UNIT[\"degree\","
    "0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],AXIS[\"Latitude\",NORTH],AXIS[\"Longitude\",EAST],"
    "AUTHORITY[\"EPSG\",\"4326\"]]";

QString nowText()
{
    return sql::toDbTime(QDateTime::currentDateTimeUtc()).toString();
}

} // namespace

void createCore(QSqlDatabase &db)
{
    // 0x47504B47 = "GPKG"; 10300 = GeoPackage 1.3.
    sql::execRaw(db, QStringLiteral("PRAGMA application_id = 1196444487"));
    sql::execRaw(db, QStringLiteral("PRAGMA user_version = 10300"));
    sql::execRaw(db, QStringLiteral(
        "CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL PRIMARY KEY, "
        "organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, "
        "description TEXT)"));
    sql::execRaw(db, QStringLiteral(
        "CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, "
        "identifier TEXT UNIQUE, description TEXT DEFAULT '', "
        "last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')), "
        "min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER, "
        "CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id))"));
    sql::execRaw(db, QStringLiteral(
        "CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, "
        "geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL, "
        "CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name), "
        "CONSTRAINT uk_gc_table_name UNIQUE (table_name), "
        "CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name), "
        "CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id))"));
    sql::execRaw(db, QStringLiteral(
        "CREATE TABLE gpkg_extensions (table_name TEXT, column_name TEXT, extension_name TEXT NOT NULL, "
        "definition TEXT NOT NULL, scope TEXT NOT NULL, "
        "CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name))"));
    sql::execRaw(db, QStringLiteral(
        "CREATE TABLE gpkg_tile_matrix_set (table_name TEXT NOT NULL PRIMARY KEY, srs_id INTEGER NOT NULL, "
        "min_x DOUBLE NOT NULL, min_y DOUBLE NOT NULL, max_x DOUBLE NOT NULL, max_y DOUBLE NOT NULL, "
        "CONSTRAINT fk_gtms_table_name FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name), "
        "CONSTRAINT fk_gtms_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id))"));
    sql::execRaw(db, QStringLiteral(
        "CREATE TABLE gpkg_tile_matrix (table_name TEXT NOT NULL, zoom_level INTEGER NOT NULL, "
        "matrix_width INTEGER NOT NULL, matrix_height INTEGER NOT NULL, tile_width INTEGER NOT NULL, "
        "tile_height INTEGER NOT NULL, pixel_x_size DOUBLE NOT NULL, pixel_y_size DOUBLE NOT NULL, "
        "CONSTRAINT pk_ttm PRIMARY KEY (table_name, zoom_level), "
        "CONSTRAINT fk_tmm_table_name FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name))"));

    const QString insertSrs = QStringLiteral(
        "INSERT INTO gpkg_spatial_ref_sys (srs_name, srs_id, organization, organization_coordsys_id, definition, "
        "description) VALUES (?, ?, ?, ?, ?, ?)");
    sql::exec(db, insertSrs, {QStringLiteral("Undefined cartesian SRS"), -1, QStringLiteral("NONE"), -1,
                              QStringLiteral("undefined"), QStringLiteral("undefined cartesian coordinate reference system")});
    sql::exec(db, insertSrs, {QStringLiteral("Undefined geographic SRS"), 0, QStringLiteral("NONE"), 0,
                              QStringLiteral("undefined"), QStringLiteral("undefined geographic coordinate reference system")});
    sql::exec(db, insertSrs, {QStringLiteral("WGS 84 geodetic"), 4326, QStringLiteral("EPSG"), 4326,
                              QString::fromLatin1(kWgs84Wkt), QStringLiteral("longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid")});
    sql::exec(db, insertSrs, {QStringLiteral("China Geodetic Coordinate System 2000"), 4490, QStringLiteral("EPSG"), 4490,
                              QString::fromLatin1(kCgcs2000Wkt), QStringLiteral("CGCS2000 geographic coordinates")});
}

void registerFeatureTable(QSqlDatabase &db, const QString &table, const QString &geomColumn,
                          const QString &geometryType, const QString &identifier, const QString &description)
{
    // The extent columns of gpkg_contents stay NULL on purpose: when they are
    // set, GDAL 3.6 spends about 6 ms per layer on every map request that
    // covers the whole layer (each full-extent redraw). Readers compute the
    // extent from the R-tree instead, which is instant.
    sql::exec(db, QStringLiteral(
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change, srs_id) "
        "VALUES (?, 'features', ?, ?, ?, 4490)"), {table, identifier, description, nowText()});
    sql::exec(db, QStringLiteral(
        "INSERT INTO gpkg_geometry_columns (table_name, column_name, geometry_type_name, srs_id, z, m) "
        "VALUES (?, ?, ?, 4490, 0, 0)"), {table, geomColumn, geometryType});
    sql::exec(db, QStringLiteral(
        "INSERT INTO gpkg_extensions (table_name, column_name, extension_name, definition, scope) "
        "VALUES (?, ?, 'gpkg_rtree_index', 'http://www.geopackage.org/spec120/#extension_rtree', 'write-only')"),
        {table, geomColumn});

    // Identifiers come from our own schema code, never from user input.
    const QString t = sql::identifier(table);
    const QString c = sql::identifier(geomColumn);
    const QString rtree = sql::identifier(QStringLiteral("rtree_%1_%2").arg(table, geomColumn));
    const QString trg = QStringLiteral("rtree_%1_%2").arg(table, geomColumn);
    const QString values = QStringLiteral("NEW.fid, ST_MinX(NEW.%1), ST_MaxX(NEW.%1), ST_MinY(NEW.%1), ST_MaxY(NEW.%1)").arg(c);
    QStringList ddl;
    ddl << QStringLiteral("CREATE VIRTUAL TABLE %1 USING rtree(id, minx, maxx, miny, maxy)").arg(rtree)
        << QStringLiteral("CREATE TRIGGER \"%1_insert\" AFTER INSERT ON %2 WHEN (new.%3 NOT NULL AND NOT ST_IsEmpty(NEW.%3)) "
                          "BEGIN INSERT OR REPLACE INTO %4 VALUES (%5); END").arg(trg, t, c, rtree, values)
        << QStringLiteral("CREATE TRIGGER \"%1_update1\" AFTER UPDATE OF %3 ON %2 WHEN OLD.fid = NEW.fid AND "
                          "(NEW.%3 NOTNULL AND NOT ST_IsEmpty(NEW.%3)) BEGIN INSERT OR REPLACE INTO %4 VALUES (%5); END")
               .arg(trg, t, c, rtree, values)
        << QStringLiteral("CREATE TRIGGER \"%1_update2\" AFTER UPDATE OF %3 ON %2 WHEN OLD.fid = NEW.fid AND "
                          "(NEW.%3 ISNULL OR ST_IsEmpty(NEW.%3)) BEGIN DELETE FROM %4 WHERE id = OLD.fid; END")
               .arg(trg, t, c, rtree)
        << QStringLiteral("CREATE TRIGGER \"%1_update3\" AFTER UPDATE ON %2 WHEN OLD.fid != NEW.fid AND "
                          "(NEW.%3 NOTNULL AND NOT ST_IsEmpty(NEW.%3)) BEGIN DELETE FROM %4 WHERE id = OLD.fid; "
                          "INSERT OR REPLACE INTO %4 VALUES (%5); END").arg(trg, t, c, rtree, values)
        << QStringLiteral("CREATE TRIGGER \"%1_update4\" AFTER UPDATE ON %2 WHEN OLD.fid != NEW.fid AND "
                          "(NEW.%3 ISNULL OR ST_IsEmpty(NEW.%3)) BEGIN DELETE FROM %4 WHERE id IN (OLD.fid, NEW.fid); END")
               .arg(trg, t, c, rtree)
        << QStringLiteral("CREATE TRIGGER \"%1_delete\" AFTER DELETE ON %2 WHEN old.%3 NOT NULL "
                          "BEGIN DELETE FROM %4 WHERE id = OLD.fid; END").arg(trg, t, c, rtree);
    for (const QString &statement : ddl)
        sql::execRaw(db, statement);
}

void registerAttributesTable(QSqlDatabase &db, const QString &table, const QString &identifier,
                             const QString &description)
{
    sql::exec(db, QStringLiteral(
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change) "
        "VALUES (?, 'attributes', ?, ?, ?)"), {table, identifier, description, nowText()});
}

} // namespace griddesk::gpkgschema
