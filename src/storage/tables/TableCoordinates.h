#pragma once
// A row's location from a table file, in EPSG:4490 (x = lon, y = lat): x
// and y columns, or a point or polygon geometry, in the file's CRS,
// converted with PROJ through one transformation made once per file. What
// cannot be read or converted is said in the row's problem.

#include "TableRow.h"

#include <QCoreApplication>

#include <memory>

class OGRCoordinateTransformation;
class OGRGeometry;

namespace griddesk::tables {

class TableCoordinates
{
    Q_DECLARE_TR_FUNCTIONS(TableCoordinates)

public:
    // Throws StoreError when PROJ cannot convert `sourceEpsg`.
    explicit TableCoordinates(int sourceEpsg);
    ~TableCoordinates();
    TableCoordinates(const TableCoordinates &) = delete;
    TableCoordinates &operator=(const TableCoordinates &) = delete;

    // The text of the x and y cells (null for an empty cell), named by their fields.
    void fromColumns(const char *x, const char *y, const QString &xName, const QString &yName, TableRow &row) const;
    void fromGeometry(const OGRGeometry *geometry, TableRow &row) const;

    // A number in C notation, spaces around it allowed; false for anything else.
    static bool parseNumber(const char *text, double *value);
    // Whether (x, y) cannot be a longitude and latitude.
    static bool outsideDegrees(double x, double y);
    // Whether (x, y) are metres, as Gauss-Krüger eastings and northings are.
    static bool looksLikeMetres(double x, double y);
    // Words for a file whose (x, y) look like Gauss-Krüger metres: which
    // zone, when the easting carries it.
    static QString zoneHint(double x, double y);

private:
    void fromPoint(double x, double y, TableRow &row) const;
    // (x, y) in EPSG:4490 when plausible; else false with *problem.
    bool convert(double &x, double &y, QString *problem) const;

    int m_epsg;
    bool m_geographic;
    std::unique_ptr<OGRCoordinateTransformation> m_toStored; // null when the file is in EPSG:4490
};

} // namespace griddesk::tables
