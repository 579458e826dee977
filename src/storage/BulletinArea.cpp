#include "BulletinArea.h"
#include "GpkgGeometry.h"
#include "PolygonOps.h"

#include <ogr_geometry.h>

#include <algorithm>
#include <memory>

namespace griddesk::bulletinarea {

namespace {

struct GeometryDeleter {
    void operator()(OGRGeometry *g) const { OGRGeometryFactory::destroyGeometry(g); }
};
using GeometryPtr = std::unique_ptr<OGRGeometry, GeometryDeleter>;

GeometryPtr toOgr(const MultiPolygon &mp)
{
    const QByteArray wkb = gpkggeometry::toWkb(gpkggeometry::encodeMultiPolygon(mp));
    OGRGeometry *g = nullptr;
    if (OGRGeometryFactory::createFromWkb(wkb.constData(), nullptr, &g, int(wkb.size())) != OGRERR_NONE)
        return {};
    return GeometryPtr(g);
}

MultiPolygon fromOgr(const OGRGeometry *g)
{
    MultiPolygon out;
    if (!g || g->IsEmpty())
        return out;
    QByteArray wkb(int(g->WkbSize()), '\0');
    if (g->exportToWkb(wkbNDR, reinterpret_cast<unsigned char *>(wkb.data()), wkbVariantIso) != OGRERR_NONE)
        return out;
    gpkggeometry::decodeMultiPolygon(wkb, &out);
    return out;
}

bool overlaps(const GeoBounds &a, const GeoBounds &b)
{
    return !a.isEmpty() && !b.isEmpty() && a.minX <= b.maxX && b.minX <= a.maxX && a.minY <= b.maxY && b.minY <= a.maxY;
}

} // namespace

bool fromWkt(const QString &wkt, MultiPolygon *out)
{
    const QByteArray text = wkt.trimmed().toUtf8();
    const char *cursor = text.constData();
    OGRGeometry *g = nullptr;
    if (OGRGeometryFactory::createFromWkt(&cursor, nullptr, &g) != OGRERR_NONE || !g)
        return false;
    GeometryPtr owned(g);
    const OGRwkbGeometryType type = wkbFlatten(g->getGeometryType());
    if ((type != wkbPolygon && type != wkbMultiPolygon) || g->IsEmpty())
        return false;
    *out = fromOgr(g);
    return !out->isEmpty();
}

MultiPolygon unite(const QVector<MultiPolygon> &parts)
{
    OGRMultiPolygon all;
    for (const MultiPolygon &part : parts)
        for (const Polygon &p : part.polygons) {
            MultiPolygon one;
            one.polygons << p;
            GeometryPtr g = toOgr(one);
            if (auto *mp = g ? g->toMultiPolygon() : nullptr)
                for (const OGRPolygon *poly : *mp)
                    all.addGeometry(poly);
        }
    if (all.IsEmpty())
        return {};
    GeometryPtr united(all.UnionCascaded());
    return fromOgr(united.get());
}

bool isValid(const MultiPolygon &area)
{
    if (area.isEmpty() || polygon::area(area) <= 0.0)
        return false;
    GeometryPtr g = toOgr(area);
    return g && g->IsValid();
}

QStringList coveredUnits(const MultiPolygon &area, const QVector<AdminUnit> &units)
{
    GeometryPtr a = toOgr(area);
    if (!a)
        return {};
    const GeoBounds box = polygon::bounds(area);
    QVector<AdminUnit> hit;
    for (const AdminUnit &u : units) {
        if (u.level < AdminLevel::Township || u.geometry.isEmpty() || !overlaps(box, polygon::bounds(u.geometry)))
            continue;
        GeometryPtr g = toOgr(u.geometry);
        if (g && a->Intersects(g.get()) && !a->Touches(g.get()))
            hit << u;
    }
    std::sort(hit.begin(), hit.end(), [](const AdminUnit &x, const AdminUnit &y) {
        return x.level != y.level ? x.level < y.level : x.code < y.code;
    });
    QStringList codes;
    for (const AdminUnit &u : hit)
        codes << u.code;
    return codes;
}

} // namespace griddesk::bulletinarea
