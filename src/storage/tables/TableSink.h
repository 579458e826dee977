#pragma once
// Writes one register table to a CSV (UTF-8 with BOM, GBK or GB18030), XLSX,
// Shapefile (with .cpg), GeoJSON (RFC 7946) or GeoPackage file through
// GDAL/OGR, locations converted with PROJ from EPSG:4490 to the CRS asked
// for. Nothing appears at the path until commit(): the file (every part of a
// Shapefile) is written under a temporary name in the same folder and
// renamed into place; a sink dropped without commit() leaves nothing.

#include "TableColumn.h"
#include "TableFormat.h"
#include "TableWriteOptions.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QPointF>
#include <QStringList>
#include <QVariant>
#include <QVector>

#include <memory>
#include <optional>

namespace griddesk::tables {

class TableSink
{
    Q_DECLARE_TR_FUNCTIONS(TableSink)

public:
    // Throws StoreError (Invalid, Io) naming the file and what is wrong: a
    // folder that cannot be written, an encoding or CRS the format does not
    // take, a column GDAL refuses.
    static TableSink create(const QString &path, TableFormat format, const QVector<TableColumn> &columns,
        const TableWriteOptions &options = {});

    TableSink(TableSink &&other) noexcept;
    TableSink &operator=(TableSink &&other) noexcept;
    // Without commit(), removes the temporary files.
    ~TableSink();

    // The columns' names as the file keeps them (a Shapefile cuts them to
    // 10 bytes), then the lon/lat (or x/y) columns when written.
    QStringList columnNames() const;

    // One row: a value per column (a null QVariant for none), the point in
    // EPSG:4490 (x = lon, y = lat) and its footprint as WKB in EPSG:4490.
    // Throws StoreError naming the row and field: text the encoding cannot
    // hold, a value of the wrong type, a footprint that is no polygon. The
    // row is then not written and the sink may go on.
    void write(
        const QVector<QVariant> &values, const std::optional<QPointF> &lonLat, const QByteArray &footprintWkb = {});
    qint64 rowsWritten() const;

    // Finishes the file and puts it in place; throws StoreError (Io).
    void commit();

private:
    struct Impl;
    explicit TableSink(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

} // namespace griddesk::tables
