#pragma once
// A GEOS reentrant context for one thread, with owning geometry handles and
// the conversion of our polygons into GEOS geometries.

#include "GeoTypes.h"

#include <geos_c.h>

#include <QString>

#include <memory>

namespace griddesk::topology {

class GeosSession
{
public:
    GeosSession();
    ~GeosSession();
    GeosSession(const GeosSession &) = delete;
    GeosSession &operator=(const GeosSession &) = delete;

    GEOSContextHandle_t handle() const { return m_h; }

    struct Deleter {
        GEOSContextHandle_t h;
        void operator()(GEOSGeometry *g) const { GEOSGeom_destroy_r(h, g); }
    };
    using Geom = std::unique_ptr<GEOSGeometry, Deleter>;
    struct PreparedDeleter {
        GEOSContextHandle_t h;
        void operator()(const GEOSPreparedGeometry *g) const { GEOSPreparedGeom_destroy_r(h, g); }
    };
    using Prepared = std::unique_ptr<const GEOSPreparedGeometry, PreparedDeleter>;

    Geom wrap(GEOSGeometry *g) const { return Geom(g, Deleter{m_h}); }
    Prepared prepare(const GEOSGeometry *g) const { return Prepared(GEOSPrepare_r(m_h, g), PreparedDeleter{m_h}); }

    // A MultiPolygon (or a Polygon for one part); null when GEOS refuses a
    // ring (unclosed, fewer than four points), with GEOS's words in lastError().
    Geom multiPolygon(const MultiPolygon &mp) const;
    // The polygons of a geometry (lines and points left out).
    MultiPolygon toMultiPolygon(const GEOSGeometry *g) const;
    double area(const GEOSGeometry *g) const;
    GeoPoint interiorPoint(const GEOSGeometry *g) const;
    QString lastError() const { return m_error; }

private:
    GEOSContextHandle_t m_h;
    QString m_error;
};

} // namespace griddesk::topology
