#include "TopologyDistrict.h"

#include "GaussKruger.h"
#include "GeosContext.h"
#include "VoronoiCells.h"
#include "ProjTransform.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <stdexcept>

namespace griddesk::bench {

namespace {

using demo::GeosContext;
using demo::densified;
using demo::seedsIn;
using demo::vertexCount;
using Geom = GeosContext::Geom;

const double kGridArea = 250000.0; // m²
const int kGridsPerCommunity = 8;

} // namespace

TopologyDistrict buildTopologyDistrict(int gridCount, int vertices, unsigned seed)
{
    GeosContext g;
    std::mt19937 rng(seed);
    const GeoPoint centre{119.45, 35.45};
    const int epsg = gausskruger::epsgForZone(gausskruger::zoneForLongitude(centre.x));
    demo::ProjTransform toGk(4490, epsg), toGeo(epsg, 4490);
    const GeoPoint c = toGk.forward(centre);
    const int communityCount = std::max(1, gridCount / kGridsPerCommunity);
    const double side = std::sqrt(gridCount * kGridArea);
    Geom district = g.polygon(Ring({{c.x - side / 2, c.y - side / 2}, {c.x + side / 2, c.y - side / 2},
                                    {c.x + side / 2, c.y + side / 2}, {c.x - side / 2, c.y + side / 2},
                                    {c.x - side / 2, c.y - side / 2}}));
    const std::vector<Geom> communityCells = demo::voronoiCells(g, district.get(), seedsIn(g, district.get(), communityCount, rng));

    // Grids of each community, spread by area so the district has gridCount in all.
    double districtArea = 0.0;
    for (const Geom &cell : communityCells)
        districtArea += g.area(cell.get());
    std::vector<std::vector<Geom>> grids;
    int left = gridCount;
    for (std::size_t i = 0; i < communityCells.size(); ++i) {
        const int k = i + 1 == communityCells.size()
                          ? std::max(1, left)
                          : std::max(1, int(std::lround(gridCount * g.area(communityCells[i].get()) / districtArea)));
        left -= k;
        grids.push_back(demo::voronoiCells(g, communityCells[i].get(), seedsIn(g, communityCells[i].get(), k, rng)));
    }
    double perimeter = 0.0;
    int cellsSeen = 0, cellVertices = 0;
    for (const auto &list : grids)
        for (const Geom &cell : list) {
            double len = 0.0;
            GEOSLength_r(g.handle(), cell.get(), &len);
            perimeter += len;
            cellVertices += vertexCount(g.toMultiPolygon(cell.get()));
            ++cellsSeen;
        }
    // An edge of length L densified every `step` gets ceil(L / step) points, about L / step + 1/2.
    const double step = perimeter / std::max(1.0, vertices * cellsSeen - 0.5 * cellVertices);

    TopologyDistrict out;
    long long totalVertices = 0;
    for (std::size_t i = 0; i < grids.size(); ++i) {
        const QString code = QStringLiteral("371102%1").arg(int(i) + 1, 6, 10, QLatin1Char('0'));
        AdminUnit community;
        community.code = code;
        community.parentCode = code.left(9) + QStringLiteral("000");
        community.name = community.shortName = code;
        community.level = AdminLevel::Community;
        // The union of its grids, so that its edges carry the grids' vertices.
        std::vector<const GEOSGeometry *> parts;
        for (const Geom &cell : grids[i])
            parts.push_back(cell.get());
        community.geometry = toGeo.forward(densified(g.toMultiPolygon(demo::unionOf(g, parts).get()), step));
        out.communities << community;
        for (std::size_t k = 0; k < grids[i].size(); ++k) {
            AdminUnit grid;
            grid.code = code + QStringLiteral("%1").arg(int(k) + 1, 3, 10, QLatin1Char('0'));
            grid.parentCode = code;
            grid.name = grid.shortName = grid.code;
            grid.level = AdminLevel::Grid;
            grid.geometry = toGeo.forward(densified(g.toMultiPolygon(grids[i][k].get()), step));
            totalVertices += vertexCount(grid.geometry);
            out.grids << grid;
        }
    }
    out.meanGridVertices = out.grids.isEmpty() ? 0.0 : double(totalVertices) / out.grids.size();
    return out;
}

} // namespace griddesk::bench
