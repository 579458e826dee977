#include "ProjTransform.h"

#include <proj.h>

#include <stdexcept>
#include <string>

namespace griddesk::demo {

ProjTransform::ProjTransform(int sourceEpsg, int targetEpsg)
    : m_ctx(proj_context_create())
{
    const std::string src = "EPSG:" + std::to_string(sourceEpsg);
    const std::string dst = "EPSG:" + std::to_string(targetEpsg);
    PJ *raw = proj_create_crs_to_crs(m_ctx, src.c_str(), dst.c_str(), nullptr);
    if (!raw) {
        proj_context_destroy(m_ctx);
        throw std::runtime_error("PROJ cannot transform " + src + " to " + dst);
    }
    // EPSG:4490 is latitude-first and the GK zones northing-first; normalise
    // to the GIS order so that x is always longitude or easting.
    m_pj = proj_normalize_for_visualization(m_ctx, raw);
    proj_destroy(raw);
    if (!m_pj) {
        proj_context_destroy(m_ctx);
        throw std::runtime_error("PROJ cannot normalise the axis order of " + src + " to " + dst);
    }
}

ProjTransform::~ProjTransform()
{
    proj_destroy(m_pj);
    proj_context_destroy(m_ctx);
}

GeoPoint ProjTransform::forward(const GeoPoint &p) const
{
    const PJ_COORD c = proj_trans(m_pj, PJ_FWD, proj_coord(p.x, p.y, 0, 0));
    return {c.xy.x, c.xy.y};
}

GeoPoint ProjTransform::inverse(const GeoPoint &p) const
{
    const PJ_COORD c = proj_trans(m_pj, PJ_INV, proj_coord(p.x, p.y, 0, 0));
    return {c.xy.x, c.xy.y};
}

MultiPolygon ProjTransform::forward(const MultiPolygon &mp) const
{
    MultiPolygon out = mp;
    for (Polygon &poly : out.polygons)
        for (Ring &ring : poly.rings)
            for (GeoPoint &pt : ring)
                pt = forward(pt);
    return out;
}

} // namespace griddesk::demo
