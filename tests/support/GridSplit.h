#pragma once
// Test helper: the part of a grid west or east of a meridian, cut with GEOS
// as a split along a north–south line would leave it, and areas and inner
// points through GEOS.

#include "AdminUnit.h"
#include "GeoTypes.h"
#include "GridEdit.h"
#include "PolygonOps.h"
#include "topology/GeosSession.h"

namespace griddesk::test {

inline MultiPolygon lonLatBox(double minX, double minY, double maxX, double maxY)
{
    Polygon p;
    p.rings << Ring{{minX, minY}, {maxX, minY}, {maxX, maxY}, {minX, maxY}, {minX, minY}};
    MultiPolygon mp;
    mp.polygons << p;
    return mp;
}

inline MultiPolygon sideOf(const MultiPolygon &grid, double x, bool west)
{
    topology::GeosSession geos;
    const GeoBounds b = polygon::bounds(grid);
    const auto g = geos.multiPolygon(grid);
    const auto half = geos.multiPolygon(west ? lonLatBox(b.minX - 1, b.minY - 1, x, b.maxY + 1)
                                             : lonLatBox(x, b.minY - 1, b.maxX + 1, b.maxY + 1));
    const auto cut = geos.wrap(GEOSIntersection_r(geos.handle(), g.get(), half.get()));
    return geos.toMultiPolygon(cut.get());
}

// A split of a grid along the meridian x into a west piece "西片" and an east piece "东片".
inline GridEdit splitAlong(const AdminUnit &grid, double x)
{
    GridEdit split;
    split.change = UnitChange::Split;
    split.retired = QStringList{grid.code};
    AdminUnit west, east;
    west.parentCode = east.parentCode = grid.parentCode;
    west.name = QStringLiteral("西片");
    east.name = QStringLiteral("东片");
    west.geometry = sideOf(grid.geometry, x, true);
    east.geometry = sideOf(grid.geometry, x, false);
    split.grids = {west, east};
    return split;
}

inline double degreeArea(const MultiPolygon &mp)
{
    topology::GeosSession geos;
    const auto g = geos.multiPolygon(mp);
    return geos.area(g.get());
}

inline GeoPoint insidePoint(const MultiPolygon &mp)
{
    topology::GeosSession geos;
    const auto g = geos.multiPolygon(mp);
    return geos.interiorPoint(g.get());
}

} // namespace griddesk::test
