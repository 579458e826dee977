#pragma once
// How to write a register table to a file: text encoding, CRS, layer or
// sheet name, and how locations go in.

#include <QString>

namespace griddesk::tables {

struct TableWriteOptions {
    // CSV and Shapefile: UTF-8, GBK or GB18030. A UTF-8 CSV starts with a
    // BOM and a GBK one has none, so that Excel opens either right.
    QString encoding = QStringLiteral("UTF-8");
    // EPSG:4490, EPSG:4326 or a Gauss-Krüger zone (EPSG:4513–4554);
    // GeoJSON is always longitude, latitude (RFC 7946).
    int targetEpsg = 4490;
    // The GeoPackage layer or XLSX sheet.
    QString layer = QStringLiteral("data");
    // Whether locations are written at all.
    bool withGeometry = true;
    // Whether each row's point also goes into lon/lat columns (x/y in a
    // Gauss-Krüger zone). CSV and XLSX keep points only there.
    bool xyColumns = true;
    // Whether the rows carry footprints: the geometry is then polygons (a
    // WKT column in CSV and XLSX), and a row without one keeps only its
    // lon/lat columns. Otherwise the geometry is the rows' points.
    bool footprints = false;
};

} // namespace griddesk::tables
