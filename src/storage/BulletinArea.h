#pragma once
// The geometry a bulletin needs, through GDAL/OGR (GEOS): the area made of
// chosen units, whether a drawn outline is a valid polygon, and which units
// an area covers (their interiors overlap; touching along a boundary does
// not count), the same rule as the server's trigger.

#include "AdminUnit.h"
#include "GeoTypes.h"

#include <QStringList>
#include <QVector>

namespace griddesk::bulletinarea {

// A POLYGON or MULTIPOLYGON in WKT (lon lat, EPSG:4490); false when the
// text is not one.
bool fromWkt(const QString &wkt, MultiPolygon *out);
// The union of the parts as one multipolygon (empty when they are empty).
MultiPolygon unite(const QVector<MultiPolygon> &parts);
// A simple, non-self-intersecting area with some extent.
bool isValid(const MultiPolygon &area);
// The codes of the units whose interior the area overlaps, township first,
// then communities, then grids.
QStringList coveredUnits(const MultiPolygon &area, const QVector<AdminUnit> &units);

} // namespace griddesk::bulletinarea
