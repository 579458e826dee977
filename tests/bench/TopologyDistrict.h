#pragma once
// A district for the topology benchmark: communities of about 2 km² (Voronoi
// cells of random seeds), each tiled by Voronoi grids of about 0.25 km²,
// every ring densified to about `vertices` points with shared edges kept
// bit-identical, and converted to EPSG:4490 lon/lat around Rizhao.

#include "AdminUnit.h"

#include <QVector>

namespace griddesk::bench {

struct TopologyDistrict {
    QVector<AdminUnit> communities;
    QVector<AdminUnit> grids;
    double meanGridVertices = 0.0;
};

// Throws std::runtime_error when GEOS or PROJ fails.
TopologyDistrict buildTopologyDistrict(int grids, int vertices = 50, unsigned seed = 20261130);

} // namespace griddesk::bench
