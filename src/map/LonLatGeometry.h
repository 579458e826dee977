#pragma once
// Our plain lon/lat shapes (core GeoTypes) as QGIS geometries and back, so
// that map code hands GEOS-backed QgsGeometry work to the store's types.

#include "GeoTypes.h"

#include <qgsgeometry.h>

namespace griddesk::map {

// A MultiPolygon geometry (empty for an empty shape).
QgsGeometry toQgsGeometry(const MultiPolygon &shape);
// The polygons of a (multi)polygon geometry; other geometry types give an empty shape.
MultiPolygon toMultiPolygon(const QgsGeometry &geometry);

} // namespace griddesk::map
