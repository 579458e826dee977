#include "BenchCity.h"
#include "DivisionCode.h"
#include "DivisionFile.h"
#include "GaussKruger.h"
#include "ProjTransform.h"
#include "StoreError.h"
#include "VoronoiCells.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace griddesk::demo {

namespace {

using Geom = GeosContext::Geom;

constexpr double kCommunityArea = 3.2e6; // m²: 日照市's 5,359 km² over its 1,679 communities
const GeoPoint kRizhao{119.35, 35.55};     // about the middle of the city

struct Node {
    QString code, name;
    QVector<int> children; // indexes into the node list
};

// An irregular outline of about the given area around a centre.
Ring outline(const GeoPoint &centre, double area, std::mt19937 &rng)
{
    std::uniform_real_distribution<double> phase(0.0, 2.0 * M_PI);
    const double a = phase(rng), b = phase(rng), c = phase(rng);
    const double radius = std::sqrt(area / M_PI);
    Ring ring;
    const int n = 240;
    for (int i = 0; i < n; ++i) {
        const double t = 2.0 * M_PI * i / n;
        const double r = radius * (1.0 + 0.12 * std::sin(2 * t + a) + 0.06 * std::sin(3 * t + b) + 0.03 * std::sin(7 * t + c));
        ring.push_back({centre.x + 1.1 * r * std::cos(t), centre.y + 0.9 * r * std::sin(t)});
    }
    ring.push_back(ring.first());
    return ring;
}

// Seeds spread evenly without looking gridded: the best of a few random
// candidates, then two rounds of moving each seed to its cell's centroid.
QVector<GeoPoint> evenSeeds(const GeosContext &g, const GEOSGeometry *area, int count, std::mt19937 &rng)
{
    QVector<GeoPoint> seeds;
    for (const GeoPoint &first : seedsIn(g, area, 1, rng))
        seeds << first;
    while (seeds.size() < count) {
        GeoPoint best;
        double bestDistance = -1.0;
        for (const GeoPoint &p : seedsIn(g, area, 6, rng)) {
            double d = 1e300;
            for (const GeoPoint &s : seeds)
                d = std::min(d, (s.x - p.x) * (s.x - p.x) + (s.y - p.y) * (s.y - p.y));
            if (d > bestDistance) {
                bestDistance = d;
                best = p;
            }
        }
        seeds << best;
    }
    for (int round = 0; round < 2; ++round) {
        const std::vector<Geom> cells = voronoiCells(g, area, seeds, true);
        for (int i = 0; i < seeds.size(); ++i)
            if (cells[size_t(i)])
                seeds[i] = g.centroid(cells[size_t(i)].get());
    }
    return seeds;
}

// Splits `points` among `groups` (each wanting `sizes[k]` points) by cutting
// along the longer side, recursively: each group gets one compact block.
void bisect(const QVector<GeoPoint> &seeds, QVector<int> points, const QVector<int> &groups, const QVector<int> &sizes,
            QVector<int> *owner)
{
    if (groups.size() == 1) {
        for (int p : points)
            (*owner)[p] = groups.first();
        return;
    }
    const int total = std::accumulate(sizes.cbegin(), sizes.cend(), 0);
    int split = 1, first = sizes.first();
    while (split + 1 < groups.size() && std::abs(2 * (first + sizes[split]) - total) < std::abs(2 * first - total))
        first += sizes[split++];
    double minX = 1e300, maxX = -1e300, minY = 1e300, maxY = -1e300;
    for (int p : points) {
        minX = std::min(minX, seeds[p].x), maxX = std::max(maxX, seeds[p].x);
        minY = std::min(minY, seeds[p].y), maxY = std::max(maxY, seeds[p].y);
    }
    const bool alongX = maxX - minX >= maxY - minY;
    std::stable_sort(points.begin(), points.end(), [&](int a, int b) {
        return alongX ? seeds[a].x < seeds[b].x : seeds[a].y > seeds[b].y;
    });
    bisect(seeds, points.mid(0, first), groups.mid(0, split), sizes.mid(0, split), owner);
    bisect(seeds, points.mid(first), groups.mid(split), sizes.mid(split), owner);
}

// North-west first, so that "第1网格" and the first community are where people look first.
void sortNorthWestFirst(QVector<int> &points, const QVector<GeoPoint> &at)
{
    std::sort(points.begin(), points.end(),
              [&](int a, int b) { return at[a].y - at[a].x * 0.3 > at[b].y - at[b].x * 0.3; });
}

AdminUnit unit(const QString &code, const QString &parent, const QString &name, AdminLevel level)
{
    AdminUnit u;
    u.code = code;
    u.parentCode = parent;
    u.name = u.shortName = name;
    u.level = level;
    return u;
}

} // namespace

bool benchScaleFromName(const QString &name, BenchScale *scale)
{
    if (name == QLatin1String("township"))
        *scale = BenchScale::Township;
    else if (name == QLatin1String("district"))
        *scale = BenchScale::District;
    else if (name == QLatin1String("city"))
        *scale = BenchScale::City;
    else
        return false;
    return true;
}

BenchCity buildBenchCity(const BenchCityOptions &o)
{
    // The division tree: districts, their townships with communities, and those communities.
    QVector<Node> nodes;
    QHash<QString, int> index;
    QVector<int> districts;
    const QVector<DivisionRow> rows = DivisionFile::read(o.divisions);
    for (const DivisionRow &r : rows) {
        const int level = r.levelText.toInt();
        if (level < 3 || level > 5)
            continue;
        index.insert(r.code, nodes.size());
        nodes.push_back({r.code, r.name, {}});
        if (level == 3)
            districts << nodes.size() - 1;
        else if (index.contains(r.parentCode))
            nodes[index.value(r.parentCode)].children << nodes.size() - 1;
    }
    const QString root = !o.root.isEmpty()                  ? o.root
                         : o.scale == BenchScale::Township ? QStringLiteral("371102002000")
                                                            : QStringLiteral("371102000000");
    QVector<int> chosenTownships; // empty: every township of the chosen districts
    if (o.scale != BenchScale::City) {
        const int at = index.value(root, -1);
        const AdminLevel wanted = o.scale == BenchScale::Township ? AdminLevel::Township : AdminLevel::District;
        if (at < 0 || !divisioncode::isValid(root, wanted))
            throw StoreError(StoreError::Kind::NotFound,
                             QCoreApplication::translate("BenchCity", "%1 has no %2 %3").arg(o.divisions, adminLevelName(wanted), root));
        if (o.scale == BenchScale::Township) {
            chosenTownships << at;
            districts = {index.value(divisioncode::parentOf(root), -1)};
            if (districts.first() < 0)
                throw StoreError(StoreError::Kind::Invalid,
                                 QCoreApplication::translate("BenchCity", "%1: the township %2 has no district").arg(o.divisions, root));
        } else {
            districts = {at};
        }
    }
    QVector<int> groups, sizes;          // districts and their community counts
    QVector<QVector<int>> townshipsOf;   // per district
    for (int d : districts) {
        QVector<int> own;
        int communities = 0;
        for (int t : nodes[d].children)
            if (!nodes[t].children.isEmpty() && (chosenTownships.isEmpty() || chosenTownships.contains(t))) {
                own << t;
                communities += nodes[t].children.size();
            }
        if (own.isEmpty())
            continue;
        groups << d;
        sizes << communities;
        townshipsOf << own;
    }
    const int communityCount = std::accumulate(sizes.cbegin(), sizes.cend(), 0);
    if (communityCount == 0)
        throw StoreError(StoreError::Kind::Invalid, QCoreApplication::translate("BenchCity", "%1 has no communities under %2").arg(o.divisions, root));

    GeosContext g;
    std::mt19937 rng(o.seed);
    const int epsg = gausskruger::epsgForZone(gausskruger::zoneForLongitude(kRizhao.x));
    ProjTransform toGk(4490, epsg), toGeo(epsg, 4490);
    Geom area = g.polygon(outline(toGk.forward(kRizhao), communityCount * kCommunityArea, rng));
    Geom areaSnapped = g.wrap(GEOSGeom_setPrecision_r(g.handle(), area.get(), 0.01, 0));

    // Communities: one seed each, the seeds shared out among districts and
    // then townships as compact blocks.
    const QVector<GeoPoint> seeds = evenSeeds(g, areaSnapped.get(), communityCount, rng);
    QVector<int> all(communityCount);
    std::iota(all.begin(), all.end(), 0);
    QVector<int> districtOf(communityCount, -1), townshipOf(communityCount, -1);
    QVector<int> districtSlots(groups.size());
    std::iota(districtSlots.begin(), districtSlots.end(), 0);
    bisect(seeds, all, districtSlots, sizes, &districtOf);
    QVector<int> communityNode(communityCount, -1);
    for (int d = 0; d < groups.size(); ++d) {
        QVector<int> points, tSizes;
        for (int i = 0; i < communityCount; ++i)
            if (districtOf[i] == d)
                points << i;
        for (int t : townshipsOf[d])
            tSizes << nodes[t].children.size();
        bisect(seeds, points, townshipsOf[d], tSizes, &townshipOf);
        for (int t : townshipsOf[d]) {
            QVector<int> own;
            for (int p : points)
                if (townshipOf[p] == t)
                    own << p;
            sortNorthWestFirst(own, seeds);
            for (int k = 0; k < own.size(); ++k)
                communityNode[own[k]] = nodes[t].children[k];
        }
    }
    std::vector<Geom> communityCells = voronoiCells(g, areaSnapped.get(), seeds, true);

    // Grids: 6 to 12 Voronoi cells in each community.
    std::uniform_int_distribution<int> gridsInCommunity(6, 12);
    std::vector<std::vector<Geom>> grids(static_cast<size_t>(communityCount));
    double perimeter = 0.0;
    int rawVertices = 0, gridCount = 0;
    for (int c = 0; c < communityCount; ++c) {
        if (!communityCells[size_t(c)])
            throw std::runtime_error("a community's Voronoi cell is empty");
        const GEOSGeometry *cell = communityCells[size_t(c)].get();
        QVector<GeoPoint> gridSeeds = seedsIn(g, cell, gridsInCommunity(rng), rng);
        std::vector<Geom> cells = voronoiCells(g, cell, gridSeeds, true);
        QVector<int> order;
        for (int k = 0; k < int(cells.size()); ++k)
            if (cells[size_t(k)])
                order << k;
        sortNorthWestFirst(order, gridSeeds);
        for (int k : order) {
            double length = 0.0;
            GEOSLength_r(g.handle(), cells[size_t(k)].get(), &length);
            perimeter += length;
            rawVertices += vertexCount(g.toMultiPolygon(cells[size_t(k)].get()));
            grids[size_t(c)].push_back(std::move(cells[size_t(k)]));
            ++gridCount;
        }
    }
    // An edge of length L densified every `step` gets ceil(L / step) points, about L / step + 1/2.
    const double step = perimeter / std::max(1.0, o.vertices * gridCount - 0.5 * rawVertices);

    BenchCity city;
    QVector<AdminUnit> townshipUnits, communityUnits, gridUnits;
    qint64 gridVertices = 0;
    std::vector<Geom> communityUnions(static_cast<size_t>(communityCount));
    for (int c = 0; c < communityCount; ++c) {
        const Node &n = nodes[communityNode[c]];
        const QString township = nodes[townshipOf[c]].code;
        std::vector<const GEOSGeometry *> parts;
        for (const Geom &cell : grids[size_t(c)])
            parts.push_back(cell.get());
        communityUnions[size_t(c)] = unionOf(g, parts);
        AdminUnit community = unit(n.code, township, n.name, AdminLevel::Community);
        community.geometry = toGeo.forward(densified(g.toMultiPolygon(communityUnions[size_t(c)].get()), step));
        communityUnits << community;
        for (size_t k = 0; k < grids[size_t(c)].size(); ++k) {
            AdminUnit grid = unit(divisioncode::gridCode(n.code, int(k) + 1), n.code,
                                  QStringLiteral("%1第%2网格").arg(n.name).arg(k + 1), AdminLevel::Grid);
            grid.shortName = QStringLiteral("%1%2").arg(n.name.left(2)).arg(k + 1);
            grid.geometry = toGeo.forward(densified(g.toMultiPolygon(grids[size_t(c)][k].get()), step));
            gridVertices += vertexCount(grid.geometry);
            gridUnits << grid;
        }
    }
    QVector<AdminUnit> districtUnits;
    for (int d = 0; d < groups.size(); ++d) {
        std::vector<Geom> townshipUnions;
        for (int t : townshipsOf[d]) {
            std::vector<const GEOSGeometry *> parts;
            for (int c = 0; c < communityCount; ++c)
                if (townshipOf[c] == t)
                    parts.push_back(communityUnions[size_t(c)].get());
            townshipUnions.push_back(unionOf(g, parts));
            AdminUnit township = unit(nodes[t].code, nodes[groups[d]].code, nodes[t].name, AdminLevel::Township);
            township.geometry = toGeo.forward(densified(g.toMultiPolygon(townshipUnions.back().get()), step));
            townshipUnits << township;
        }
        std::vector<const GEOSGeometry *> parts;
        for (const Geom &t : townshipUnions)
            parts.push_back(t.get());
        AdminUnit district = unit(nodes[groups[d]].code, QString(), nodes[groups[d]].name, AdminLevel::District);
        district.geometry = toGeo.forward(densified(g.toMultiPolygon(unionOf(g, parts).get()), step));
        districtUnits << district;
    }
    city.units << districtUnits << townshipUnits << communityUnits << gridUnits;
    city.districts = districtUnits.size();
    city.townships = townshipUnits.size();
    city.communities = communityUnits.size();
    city.grids = gridUnits.size();
    city.meanGridVertices = gridUnits.isEmpty() ? 0.0 : double(gridVertices) / gridUnits.size();
    city.squareKilometres = g.area(areaSnapped.get()) / 1e6;
    return city;
}

} // namespace griddesk::demo
