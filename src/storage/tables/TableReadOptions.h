#pragma once
// How to read a register table from a file: its text encoding, its CRS,
// which layer or sheet, and which columns carry x and y.

#include <QString>

namespace griddesk::tables {

struct TableReadOptions {
    // Empty: detected. CSV: UTF-8 (with or without BOM) when the whole file
    // is valid UTF-8, else GB18030. Shapefile: the .cpg, else the .dbf's
    // code page mark, else UTF-8, refusing text that is not.
    QString encoding;
    // 0: the file's own CRS (.prj, the GeoPackage's srs, GeoJSON's CRS84).
    // A CSV, XLSX or table without one is taken as EPSG:4490 unless its
    // coordinates are no longitudes and latitudes (Gauss-Krüger eastings
    // and northings), which refuses it until the CRS is given.
    int sourceEpsg = 0;
    // The GeoPackage layer or XLSX sheet; empty: the first.
    QString layer;
    // The columns of x (longitude or easting) and y (latitude or northing);
    // empty: found by name (lon, lng, longitude, x, 经度, 横坐标 / lat,
    // latitude, y, 纬度, 纵坐标), used where a row has no geometry.
    QString xField, yField;
};

} // namespace griddesk::tables
