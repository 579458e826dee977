#pragma once
// Reads one register table from a CSV, XLSX, Shapefile, GeoJSON or
// GeoPackage file through GDAL/OGR, row by row, with each row's text
// decoded to Unicode and its location converted to EPSG:4490 (lon, lat).
// CSV cells stay text, so ID numbers and leading zeros survive; rows are
// numbered as a person sees them in the file.

#include "TableColumn.h"
#include "TableFormat.h"
#include "TableReadOptions.h"
#include "TableRow.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace griddesk::tables {

class TableSource
{
    Q_DECLARE_TR_FUNCTIONS(TableSource)

public:
    // Throws StoreError (NotFound, Invalid, Io) naming the file and what is
    // wrong: no such file, not a table, an unknown encoding, layer, field
    // or CRS, or text that is not in the encoding given.
    static TableSource open(const QString &path, const TableReadOptions &options = {});

    TableSource(TableSource &&other) noexcept;
    TableSource &operator=(TableSource &&other) noexcept;
    ~TableSource();

    QString path() const;
    TableFormat format() const;
    QStringList fields() const;
    // The fields with the type their values come in (a CSV's are all text;
    // date-times as text), for writing rows like these back, as an error file does.
    QVector<TableColumn> columns() const;
    // The encoding the text was read in ("UTF-8", "GB18030", "CP936", …).
    QString encoding() const;
    // The CRS the coordinates were read in.
    int sourceEpsg() const;
    // The rows in the file (for a CSV from a quick scan of it; empty rows
    // included); -1 when only reading them all would tell.
    qint64 featureCount() const;
    // The layer or sheet read, and all the file has (GeoPackage, XLSX).
    QString layer() const;
    QStringList layers() const;
    // The fields x and y are read from where a row has no geometry; empty when none.
    QString xField() const;
    QString yField() const;

    // The next row into `row` (its buffers are reused); false at the end.
    // Rows whose every cell is empty (spreadsheet leftovers) are skipped.
    bool next(TableRow &row);
    // Back to the first row.
    void rewind();

private:
    struct Impl;
    explicit TableSource(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

} // namespace griddesk::tables
