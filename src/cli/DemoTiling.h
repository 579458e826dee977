#pragma once
// Synthetic but clean geometry for the demo township, in projected metres:
// grids are Voronoi cells clipped to an irregular township outline, and each
// community is the union of adjacent grids, so grids tile communities and
// communities tile the township exactly, with shared vertices.

#include "GeoTypes.h"

#include <QVector>

namespace griddesk::demo {

struct Tiling {
    MultiPolygon township;
    QVector<MultiPolygon> communities;      // one per community
    QVector<QVector<MultiPolygon>> grids;   // grids[c] tile communities[c]
};

struct TilingOptions {
    GeoPoint center;          // projected metres
    double radius = 3200.0;   // mean radius of the township outline
    int communities = 14;
    int gridsPerCommunity = 3;
    unsigned seed = 20261126;
};

// Throws std::runtime_error when GEOS fails (it should not for valid options).
Tiling buildTiling(const TilingOptions &options);

} // namespace griddesk::demo
