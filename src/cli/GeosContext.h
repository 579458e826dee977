#pragma once
// RAII owner of a GEOS thread-safe context and the geometries made with it.

#include "GeoTypes.h"

#include <geos_c.h>

#include <memory>

namespace griddesk::demo {

class GeosContext
{
public:
    GeosContext();
    ~GeosContext();
    GeosContext(const GeosContext &) = delete;
    GeosContext &operator=(const GeosContext &) = delete;

    GEOSContextHandle_t handle() const { return m_h; }

    struct Deleter {
        GEOSContextHandle_t h;
        void operator()(GEOSGeometry *g) const { GEOSGeom_destroy_r(h, g); }
    };
    using Geom = std::unique_ptr<GEOSGeometry, Deleter>;

    Geom wrap(GEOSGeometry *g) const { return Geom(g, Deleter{m_h}); }
    Geom polygon(const Ring &exterior) const;
    Geom point(const GeoPoint &p) const;
    Geom multipoint(const QVector<GeoPoint> &points) const;
    // Converts a Polygon or MultiPolygon; other types give an empty result.
    MultiPolygon toMultiPolygon(const GEOSGeometry *g) const;
    double area(const GEOSGeometry *g) const;
    GeoPoint centroid(const GEOSGeometry *g) const;

private:
    GEOSContextHandle_t m_h;
};

} // namespace griddesk::demo
