#include "GeoDistance.h"

#include <cmath>

namespace griddesk::geodistance {

double metres(const GeoPoint &a, const GeoPoint &b)
{
    constexpr double kEarthRadius = 6371008.8; // mean radius, metres
    constexpr double kRad = M_PI / 180.0;
    const double dLat = (b.y - a.y) * kRad;
    const double dLon = (b.x - a.x) * kRad;
    const double h = std::sin(dLat / 2) * std::sin(dLat / 2)
        + std::cos(a.y * kRad) * std::cos(b.y * kRad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * kEarthRadius * std::asin(std::min(1.0, std::sqrt(h)));
}

} // namespace griddesk::geodistance
