#pragma once
// Planar polygon measures and tests used by the domain rules (locating a
// record in its grid, checking a tiling).

#include "GeoTypes.h"

namespace griddesk::polygon {

GeoBounds bounds(const Ring &ring);
GeoBounds bounds(const MultiPolygon &mp);
// Signed area of a ring (positive when counter-clockwise).
double signedArea(const Ring &ring);
double area(const Polygon &p);
double area(const MultiPolygon &mp);
// Even-odd point-in-polygon; points on an edge count as inside.
bool contains(const Polygon &p, const GeoPoint &pt);
bool contains(const MultiPolygon &mp, const GeoPoint &pt);
// Centre of mass of the exterior rings, weighted by area.
GeoPoint centroid(const MultiPolygon &mp);

} // namespace griddesk::polygon
