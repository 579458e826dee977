#pragma once
// One row of a register table as read from a file, with its location in
// EPSG:4490 (lon, lat).

#include <QByteArray>
#include <QPointF>
#include <QString>
#include <QVariant>
#include <QVector>

#include <optional>

namespace griddesk::tables {

struct TableRow {
    // The row as a person sees it in the file, 1 for the first after the
    // header: a spreadsheet's row number less one (blank lines of a CSV
    // count), or the feature's place in a Shapefile, GeoJSON or GeoPackage.
    qint64 number = 0;
    // One per TableSource::fields(): a null QVariant for an empty cell,
    // QString for text (decoded to Unicode), else int, qlonglong, double,
    // bool, QDate or QDateTime as the file types it. CSV cells are all text.
    QVector<QVariant> values;
    // The row's point, x = lon, y = lat: a point geometry, a polygon's
    // interior point, or the x and y columns.
    std::optional<QPointF> lonLat;
    // A polygon or multipolygon geometry in EPSG:4490 as WKB; empty for points.
    QByteArray footprintWkb;
    // Why the row's coordinates could not be read or converted (e.g.
    // "x: 'abc' is not a number"); empty when they were, or when it has none.
    QString problem;
};

} // namespace griddesk::tables
