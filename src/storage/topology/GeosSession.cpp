#include "GeosSession.h"


namespace griddesk::topology {

namespace {

void keepError(const char *message, void *userdata)
{
    *static_cast<QString *>(userdata) = QString::fromUtf8(message);
}

GEOSGeometry *ring(GEOSContextHandle_t h, const Ring &r)
{
    GEOSCoordSequence *seq = GEOSCoordSeq_create_r(h, unsigned(r.size()), 2);
    if (!seq)
        return nullptr;
    for (int i = 0; i < r.size(); ++i)
        GEOSCoordSeq_setXY_r(h, seq, unsigned(i), r[i].x, r[i].y);
    return GEOSGeom_createLinearRing_r(h, seq); // takes the sequence, even on failure
}

GEOSGeometry *polygon(GEOSContextHandle_t h, const Polygon &p)
{
    if (p.rings.isEmpty())
        return nullptr;
    GEOSGeometry *shell = ring(h, p.rings.first());
    if (!shell)
        return nullptr;
    std::vector<GEOSGeometry *> holes;
    for (int i = 1; i < p.rings.size(); ++i) {
        GEOSGeometry *hole = ring(h, p.rings[i]);
        if (!hole) {
            GEOSGeom_destroy_r(h, shell);
            for (GEOSGeometry *g : holes)
                GEOSGeom_destroy_r(h, g);
            return nullptr;
        }
        holes.push_back(hole);
    }
    return GEOSGeom_createPolygon_r(h, shell, holes.data(), unsigned(holes.size()));
}

} // namespace

GeosSession::GeosSession()
    : m_h(GEOS_init_r())
{
    GEOSContext_setErrorMessageHandler_r(m_h, keepError, &m_error);
}

GeosSession::~GeosSession()
{
    GEOS_finish_r(m_h);
}

GeosSession::Geom GeosSession::multiPolygon(const MultiPolygon &mp) const
{
    std::vector<GEOSGeometry *> parts;
    for (const Polygon &p : mp.polygons) {
        GEOSGeometry *g = polygon(m_h, p);
        if (!g) {
            for (GEOSGeometry *done : parts)
                GEOSGeom_destroy_r(m_h, done);
            return wrap(nullptr);
        }
        parts.push_back(g);
    }
    if (parts.size() == 1)
        return wrap(parts.front());
    return wrap(GEOSGeom_createCollection_r(m_h, GEOS_MULTIPOLYGON, parts.data(), unsigned(parts.size())));
}

namespace {

Ring ringOf(GEOSContextHandle_t h, const GEOSGeometry *ring)
{
    Ring out;
    const GEOSCoordSequence *seq = GEOSGeom_getCoordSeq_r(h, ring);
    unsigned n = 0;
    if (!seq || !GEOSCoordSeq_getSize_r(h, seq, &n))
        return out;
    out.reserve(int(n));
    for (unsigned i = 0; i < n; ++i) {
        GeoPoint p;
        GEOSCoordSeq_getX_r(h, seq, i, &p.x);
        GEOSCoordSeq_getY_r(h, seq, i, &p.y);
        out.push_back(p);
    }
    return out;
}

void addPolygons(GEOSContextHandle_t h, const GEOSGeometry *g, MultiPolygon *out)
{
    const int type = GEOSGeomTypeId_r(h, g);
    if (type == GEOS_POLYGON) {
        if (GEOSisEmpty_r(h, g))
            return;
        Polygon p;
        p.rings << ringOf(h, GEOSGetExteriorRing_r(h, g));
        for (int i = 0; i < GEOSGetNumInteriorRings_r(h, g); ++i)
            p.rings << ringOf(h, GEOSGetInteriorRingN_r(h, g, i));
        out->polygons << p;
    } else if (type == GEOS_MULTIPOLYGON || type == GEOS_GEOMETRYCOLLECTION) {
        for (int i = 0; i < GEOSGetNumGeometries_r(h, g); ++i)
            addPolygons(h, GEOSGetGeometryN_r(h, g, i), out);
    }
}

} // namespace

MultiPolygon GeosSession::toMultiPolygon(const GEOSGeometry *g) const
{
    MultiPolygon out;
    if (g)
        addPolygons(m_h, g, &out);
    return out;
}

double GeosSession::area(const GEOSGeometry *g) const
{
    double a = 0.0;
    GEOSArea_r(m_h, g, &a);
    return a;
}

GeoPoint GeosSession::interiorPoint(const GEOSGeometry *g) const
{
    GeoPoint p;
    Geom c = wrap(GEOSPointOnSurface_r(m_h, g));
    if (c && !GEOSisEmpty_r(m_h, c.get())) {
        GEOSGeomGetX_r(m_h, c.get(), &p.x);
        GEOSGeomGetY_r(m_h, c.get(), &p.y);
    }
    return p;
}

} // namespace griddesk::topology
