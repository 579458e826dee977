#include "GridLocator.h"
#include "topology/GeosSession.h"

#include <algorithm>

namespace griddesk {

struct GridLocator::Impl {
    topology::GeosSession geos;
    QVector<AdminUnit> grids;
    std::vector<topology::GeosSession::Geom> shapes;
    std::vector<topology::GeosSession::Prepared> prepared;
    GEOSSTRtree *tree = nullptr;

    ~Impl()
    {
        if (tree)
            GEOSSTRtree_destroy_r(geos.handle(), tree);
    }
};

namespace {

struct Query {
    const GridLocator *self;
    GEOSContextHandle_t h;
    const GEOSGeometry *point;
    const std::vector<topology::GeosSession::Prepared> *prepared;
    int found = -1;
};

} // namespace

GridLocator::GridLocator(const QVector<AdminUnit> &grids)
    : d(std::make_unique<Impl>())
{
    d->grids = grids;
    std::sort(d->grids.begin(), d->grids.end(), [](const AdminUnit &a, const AdminUnit &b) { return a.code < b.code; });
    d->tree = GEOSSTRtree_create_r(d->geos.handle(), 10);
    d->shapes.reserve(size_t(d->grids.size()));
    d->prepared.reserve(size_t(d->grids.size()));
    for (int i = 0; i < d->grids.size(); ++i) {
        topology::GeosSession::Geom g = d->geos.multiPolygon(d->grids[i].geometry);
        d->prepared.push_back(g ? d->geos.prepare(g.get()) : topology::GeosSession::Prepared(nullptr, {d->geos.handle()}));
        if (g)
            GEOSSTRtree_insert_r(d->geos.handle(), d->tree, g.get(), reinterpret_cast<void *>(quintptr(i)));
        d->shapes.push_back(std::move(g));
    }
}

GridLocator::~GridLocator() = default;

int GridLocator::size() const
{
    return d->grids.size();
}

const AdminUnit *GridLocator::gridAt(double lon, double lat) const
{
    GEOSContextHandle_t h = d->geos.handle();
    topology::GeosSession::Geom point = d->geos.wrap(GEOSGeom_createPointFromXY_r(h, lon, lat));
    if (!point)
        return nullptr;
    Query q{this, h, point.get(), &d->prepared};
    GEOSSTRtree_query_r(
        h, d->tree, point.get(),
        [](void *item, void *data) {
            Query *q = static_cast<Query *>(data);
            const int i = int(reinterpret_cast<quintptr>(item));
            // The lowest code wins on a shared edge, whatever order the tree gives.
            if (q->found >= 0 && q->found < i)
                return;
            const GEOSPreparedGeometry *p = (*q->prepared)[size_t(i)].get();
            if (p && GEOSPreparedIntersects_r(q->h, p, q->point) == 1)
                q->found = i;
        },
        &q);
    return q.found >= 0 ? &d->grids[q.found] : nullptr;
}

} // namespace griddesk
