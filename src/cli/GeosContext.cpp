#include "GeosContext.h"

#include <vector>

namespace griddesk::demo {

GeosContext::GeosContext()
    : m_h(GEOS_init_r())
{
}

GeosContext::~GeosContext()
{
    GEOS_finish_r(m_h);
}

GeosContext::Geom GeosContext::polygon(const Ring &exterior) const
{
    GEOSCoordSequence *seq = GEOSCoordSeq_create_r(m_h, unsigned(exterior.size()), 2);
    for (int i = 0; i < exterior.size(); ++i) {
        GEOSCoordSeq_setX_r(m_h, seq, unsigned(i), exterior[i].x);
        GEOSCoordSeq_setY_r(m_h, seq, unsigned(i), exterior[i].y);
    }
    GEOSGeometry *shell = GEOSGeom_createLinearRing_r(m_h, seq);
    return wrap(GEOSGeom_createPolygon_r(m_h, shell, nullptr, 0));
}

GeosContext::Geom GeosContext::point(const GeoPoint &p) const
{
    return wrap(GEOSGeom_createPointFromXY_r(m_h, p.x, p.y));
}

GeosContext::Geom GeosContext::multipoint(const QVector<GeoPoint> &points) const
{
    std::vector<GEOSGeometry *> parts;
    for (const GeoPoint &p : points)
        parts.push_back(GEOSGeom_createPointFromXY_r(m_h, p.x, p.y));
    return wrap(GEOSGeom_createCollection_r(m_h, GEOS_MULTIPOINT, parts.data(), unsigned(parts.size())));
}

static Ring ringOf(GEOSContextHandle_t h, const GEOSGeometry *ring)
{
    Ring r;
    const GEOSCoordSequence *seq = GEOSGeom_getCoordSeq_r(h, ring);
    unsigned n = 0;
    GEOSCoordSeq_getSize_r(h, seq, &n);
    r.resize(int(n));
    for (unsigned i = 0; i < n; ++i) {
        GEOSCoordSeq_getX_r(h, seq, i, &r[int(i)].x);
        GEOSCoordSeq_getY_r(h, seq, i, &r[int(i)].y);
    }
    return r;
}

static Polygon polygonOf(GEOSContextHandle_t h, const GEOSGeometry *g)
{
    Polygon p;
    p.rings.push_back(ringOf(h, GEOSGetExteriorRing_r(h, g)));
    const int holes = GEOSGetNumInteriorRings_r(h, g);
    for (int i = 0; i < holes; ++i)
        p.rings.push_back(ringOf(h, GEOSGetInteriorRingN_r(h, g, i)));
    return p;
}

MultiPolygon GeosContext::toMultiPolygon(const GEOSGeometry *g) const
{
    MultiPolygon mp;
    const int type = GEOSGeomTypeId_r(m_h, g);
    if (type == GEOS_POLYGON) {
        if (!GEOSisEmpty_r(m_h, g))
            mp.polygons.push_back(polygonOf(m_h, g));
    } else if (type == GEOS_MULTIPOLYGON || type == GEOS_GEOMETRYCOLLECTION) {
        const int n = GEOSGetNumGeometries_r(m_h, g);
        for (int i = 0; i < n; ++i) {
            const GEOSGeometry *part = GEOSGetGeometryN_r(m_h, g, i);
            if (GEOSGeomTypeId_r(m_h, part) == GEOS_POLYGON && !GEOSisEmpty_r(m_h, part))
                mp.polygons.push_back(polygonOf(m_h, part));
        }
    }
    return mp;
}

double GeosContext::area(const GEOSGeometry *g) const
{
    double a = 0.0;
    GEOSArea_r(m_h, g, &a);
    return a;
}

GeoPoint GeosContext::centroid(const GEOSGeometry *g) const
{
    Geom c = wrap(GEOSPointOnSurface_r(m_h, g));
    GeoPoint p;
    GEOSGeomGetX_r(m_h, c.get(), &p.x);
    GEOSGeomGetY_r(m_h, c.get(), &p.y);
    return p;
}

} // namespace griddesk::demo
