#pragma once
// The file formats a register table is read from and written to, known by
// their file name's suffix.

#include <QString>
#include <QStringList>

#include <optional>

namespace griddesk::tables {

enum class TableFormat { Csv, Xlsx, Shapefile, GeoJson, GeoPackage };

namespace tableformat {

// The format a file name's suffix names (.csv, .xlsx, .shp/.dbf,
// .geojson/.json, .gpkg); nullopt with *error saying why for anything else.
std::optional<TableFormat> fromPath(const QString &path, QString *error);
// "csv", "xlsx", "shp"/"shapefile", "geojson", "gpkg"/"geopackage".
std::optional<TableFormat> parse(const QString &text);
// "CSV", "XLSX", "Shapefile", "GeoJSON", "GeoPackage".
QString name(TableFormat format);
// The GDAL driver of the format ("CSV", "XLSX", "ESRI Shapefile", "GeoJSON", "GPKG").
const char *gdalDriver(TableFormat format);
// The suffix a file of the format is written with ("csv", "xlsx", "shp", "geojson", "gpkg").
QString suffix(TableFormat format);
// Every suffix read, without dots.
QStringList extensions();
// For file dialogs: all tables first, then each format.
QString fileFilter();
// Whether the format's text may be in an encoding other than UTF-8 (CSV, Shapefile).
bool takesEncoding(TableFormat format);
// Whether the format keeps geometry of its own (Shapefile, GeoJSON, GeoPackage).
bool hasGeometry(TableFormat format);

} // namespace tableformat

} // namespace griddesk::tables
