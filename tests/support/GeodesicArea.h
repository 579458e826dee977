#pragma once
// The area of a lon/lat ring on the CGCS2000 ellipsoid (PROJ's geodesic
// library): an independent measure to check areas computed in a projection.

#include "GeoTypes.h"

#include <geodesic.h>

#include <cmath>

namespace griddesk::test {

// In m²; the ring is closed (first point repeated), either orientation.
inline double geodesicArea(const Ring &r)
{
    geod_geodesic g;
    geod_init(&g, 6378137.0, 1.0 / 298.257222101);
    QVector<double> lats, lons;
    for (int i = 0; i + 1 < r.size(); ++i) {
        lons << r[i].x;
        lats << r[i].y;
    }
    double area = 0.0, perimeter = 0.0;
    geod_polygonarea(&g, lats.data(), lons.data(), int(lats.size()), &area, &perimeter);
    return std::abs(area);
}

} // namespace griddesk::test
