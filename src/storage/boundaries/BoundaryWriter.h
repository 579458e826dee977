#pragma once
// Writes township, community or grid boundaries (code, name, parent code,
// level) to a Shapefile (with a .cpg: UTF-8, or GBK and the like on
// request), a GeoJSON file (RFC 7946: WGS84 lon/lat) or a GeoPackage,
// through GDAL/OGR, in EPSG:4490, a Gauss-Krüger zone or WGS84 (converted
// with PROJ). The file is made in memory and written whole: a failure
// leaves no half file, and a Shapefile's parts are replaced together.

#include "AdminUnit.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <optional>

namespace griddesk::boundaries {

class BoundaryWriter
{
    Q_DECLARE_TR_FUNCTIONS(BoundaryWriter)

public:
    enum class Format { Shapefile, GeoJson, GeoPackage };
    struct Options {
        Format format = Format::GeoPackage;
        int targetEpsg = 0;                      // 0: EPSG:4490, or EPSG:4326 for GeoJSON
        QString encoding = QStringLiteral("UTF-8"); // a Shapefile's text
    };

    // The format a file name asks for (.shp, .geojson/.json, .gpkg).
    static std::optional<Format> formatFor(const QString &path);
    // "shp", "geojson" or "gpkg".
    static std::optional<Format> parseFormat(const QString &text);
    // The suffix a file of the format takes ("shp", "geojson", "gpkg").
    static QString suffix(Format format);

    // Writes the units that have a boundary and returns how many; throws
    // StoreError (Invalid, Io) naming the file and what is wrong.
    static int write(const QString &path, const QVector<AdminUnit> &units, const Options &options);
};

} // namespace griddesk::boundaries
