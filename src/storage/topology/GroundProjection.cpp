#include "GroundProjection.h"

#include "GaussKruger.h"

#include <proj.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

namespace griddesk::topology {

GroundProjection::GroundProjection()
    : m_ctx(proj_context_create())
{
}

GroundProjection::~GroundProjection()
{
    for (auto &z : m_zones)
        proj_destroy(z.second);
    proj_context_destroy(m_ctx);
}

int GroundProjection::zoneFor(double lon)
{
    if (!std::isfinite(lon))
        return 40;
    return std::clamp(int(std::floor(lon / 3.0 + 0.5)), 25, 45);
}

PJconsts *GroundProjection::transform(int zone)
{
    auto it = m_zones.find(zone);
    if (it != m_zones.end())
        return it->second;
    const std::string dst = "EPSG:" + std::to_string(gausskruger::epsgForZone(zone));
    PJ *raw = proj_create_crs_to_crs(m_ctx, "EPSG:4490", dst.c_str(), nullptr);
    // EPSG:4490 is latitude-first and the zones northing-first; the GIS
    // order keeps x as longitude or easting.
    PJ *pj = raw ? proj_normalize_for_visualization(m_ctx, raw) : nullptr;
    proj_destroy(raw);
    if (!pj)
        throw std::runtime_error("PROJ cannot transform EPSG:4490 to " + dst);
    m_zones[zone] = pj;
    return pj;
}

double GroundProjection::areaM2(GEOSContextHandle_t h, const GEOSGeometry *lonLat, int zone)
{
    PJ *pj = transform(zone);
    GEOSGeometry *metres = GEOSGeom_transformXY_r(h, lonLat, [](double *x, double *y, void *data) {
        const PJ_COORD c = proj_trans(static_cast<PJ *>(data), PJ_FWD, proj_coord(*x, *y, 0, 0));
        *x = c.xy.x;
        *y = c.xy.y;
        return 1;
    }, pj);
    double area = 0.0;
    if (metres) {
        GEOSArea_r(h, metres, &area);
        GEOSGeom_destroy_r(h, metres);
    }
    return area;
}

} // namespace griddesk::topology
