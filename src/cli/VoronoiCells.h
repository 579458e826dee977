#pragma once
// Voronoi tilings for generated districts, in projected metres: random
// seeds in an area, their cells clipped to it (snapped to 1 cm so that
// neighbours share bit-identical vertices), unions of cells, and rings
// densified the same way on both sides of a shared edge.

#include "GeosContext.h"

#include <random>
#include <vector>

namespace griddesk::demo {

// `count` uniformly random points inside `area`.
QVector<GeoPoint> seedsIn(const GeosContext &g, const GEOSGeometry *area, int count, std::mt19937 &rng);
// The Voronoi cells of `seeds` clipped to `area`, in the seeds' order when
// `ordered` (a seed whose cell misses the area gets a null one); in GEOS's
// order otherwise, without empty cells.
std::vector<GeosContext::Geom> voronoiCells(const GeosContext &g, const GEOSGeometry *area,
                                            const QVector<GeoPoint> &seeds, bool ordered = false);
// The union of the parts.
GeosContext::Geom unionOf(const GeosContext &g, const std::vector<const GEOSGeometry *> &parts);
// Extra points every `step` metres along each edge, always counted from the
// edge's lower end, so that two neighbours densify a shared edge identically.
MultiPolygon densified(const MultiPolygon &mp, double step);
// Vertices of all rings, without the closing repeats.
int vertexCount(const MultiPolygon &mp);

} // namespace griddesk::demo
