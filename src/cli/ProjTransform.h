#pragma once
// Transforms between the township's Gauss-Krüger zone (metres) and CGCS2000
// geographic coordinates, always in x = lon/easting, y = lat/northing order.

#include "GeoTypes.h"

#include <QString>

struct pj_ctx;
struct PJconsts;

namespace griddesk::demo {

class ProjTransform
{
public:
    // Throws std::runtime_error when PROJ cannot build the transformation.
    ProjTransform(int sourceEpsg, int targetEpsg);
    ~ProjTransform();
    ProjTransform(const ProjTransform &) = delete;
    ProjTransform &operator=(const ProjTransform &) = delete;

    GeoPoint forward(const GeoPoint &p) const;
    GeoPoint inverse(const GeoPoint &p) const;
    MultiPolygon forward(const MultiPolygon &mp) const;

private:
    pj_ctx *m_ctx = nullptr;
    PJconsts *m_pj = nullptr;
};

} // namespace griddesk::demo
