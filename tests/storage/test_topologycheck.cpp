// The grid topology check on hand-built communities near Rizhao, each with one
// planted fault, and on the demo township's real grids. Expected areas come
// from geodesic areas on the CGCS2000 ellipsoid (PROJ's geodesic library),
// independent of the check's Gauss-Krüger measure.
#include "GeodesicArea.h"
#include "TestDemo.h"
#include "topology/TopologyCheck.h"
#include "topology/TopologyText.h"


#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace griddesk;
using griddesk::test::geodesicArea;
using namespace griddesk::topology;

namespace {

Ring ring(std::initializer_list<GeoPoint> pts)
{
    Ring r(pts);
    r << r.first();
    return r;
}

Ring rect(double x0, double y0, double x1, double y1)
{
    return ring({{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}});
}

AdminUnit unit(const QString &code, const QString &parent, AdminLevel level, const Ring &outline)
{
    AdminUnit u;
    u.code = code;
    u.parentCode = parent;
    u.level = level;
    u.name = code;
    Polygon p;
    p.rings << outline;
    u.geometry.polygons << p;
    return u;
}


bool inside(const GeoPoint &p, double x0, double y0, double x1, double y1)
{
    return p.x > x0 && p.x < x1 && p.y > y0 && p.y < y1;
}

const double kY0 = 35.400, kY1 = 35.410;

struct District {
    QVector<AdminUnit> communities, grids;
};

// Four communities of 0.01° x 0.01° (about 0.9 km x 1.1 km), each of two
// grids with one planted fault.
District plantedDistrict()
{
    District d;
    const auto community = [&](const QString &code, double x0) {
        d.communities << unit(code, QStringLiteral("371102001"), AdminLevel::Community, rect(x0, kY0, x0 + 0.01, kY1));
    };
    const auto grid = [&](const QString &code, const Ring &r) {
        d.grids << unit(code, code.left(12), AdminLevel::Grid, r);
    };
    // A: the grids overlap in a strip 0.0005° wide.
    community(QStringLiteral("371102001001"), 119.50);
    grid(QStringLiteral("371102001001001"), rect(119.500, kY0, 119.5055, kY1));
    grid(QStringLiteral("371102001001002"), rect(119.505, kY0, 119.510, kY1));
    // B: a corner of 0.002° x 0.001° is left open, and a sliver of about
    // 0.5 m² (0.00000005° wide) between the grids.
    community(QStringLiteral("371102001002"), 119.52);
    grid(QStringLiteral("371102001002001"),
         ring({{119.520, kY0}, {119.525, kY0}, {119.525, 35.409}, {119.52499995, 35.409}, {119.52499995, kY1},
               {119.520, kY1}}));
    grid(QStringLiteral("371102001002002"),
         ring({{119.525, kY0}, {119.528, kY0}, {119.528, 35.401}, {119.530, 35.401}, {119.530, kY1},
               {119.525, kY1}}));
    // C: the second grid sticks out 0.002° x 0.002° past the community's east edge.
    community(QStringLiteral("371102001003"), 119.54);
    grid(QStringLiteral("371102001003001"), rect(119.540, kY0, 119.545, kY1));
    grid(QStringLiteral("371102001003002"),
         ring({{119.545, kY0}, {119.550, kY0}, {119.550, 35.404}, {119.552, 35.404}, {119.552, 35.406},
               {119.550, 35.406}, {119.550, kY1}, {119.545, kY1}}));
    // D: the second grid's ring is a bow tie crossing itself at (119.5675, 35.405).
    community(QStringLiteral("371102001004"), 119.56);
    grid(QStringLiteral("371102001004001"), rect(119.560, kY0, 119.565, kY1));
    grid(QStringLiteral("371102001004002"), ring({{119.565, kY0}, {119.570, kY1}, {119.570, kY0}, {119.565, kY1}}));
    return d;
}

QVector<TopologyProblem> ofKind(const TopologyReport &r, ProblemKind kind)
{
    QVector<TopologyProblem> out;
    for (const TopologyProblem &p : r.problems)
        if (p.kind == kind)
            out << p;
    return out;
}

void verifyArea(double actual, double expected)
{
    QVERIFY2(std::abs(actual - expected) <= 0.001 * expected,
             qPrintable(QStringLiteral("area %1 m², expected %2 m²").arg(actual).arg(expected)));
}

} // namespace

class TestTopologyCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catchesEachPlantedFaultExactly()
    {
        const District d = plantedDistrict();
        const TopologyReport r = TopologyCheck().run(d.communities, d.grids);
        QVERIFY(!r.cancelled);
        QCOMPARE(r.communities, 4);
        QCOMPARE(r.grids, 8);
        // The overlap, the corner gap, the overhang, the bow tie and the two
        // triangles the bow tie leaves open; nothing else (not the sliver).
        QCOMPARE(r.problems.size(), 6);

        const auto overlaps = ofKind(r, ProblemKind::Overlap);
        QCOMPARE(overlaps.size(), 1);
        QCOMPARE(overlaps[0].units, QStringList({QStringLiteral("371102001001001"), QStringLiteral("371102001001002")}));
        QVERIFY(overlaps[0].located);
        QVERIFY(inside(overlaps[0].location, 119.505, kY0, 119.5055, kY1));
        verifyArea(overlaps[0].areaM2, geodesicArea(rect(119.505, kY0, 119.5055, kY1)));
        QVERIFY(overlaps[0].areaM2 > 40000 && overlaps[0].areaM2 < 60000);

        const auto outside = ofKind(r, ProblemKind::OutsideCommunity);
        QCOMPARE(outside.size(), 1);
        QCOMPARE(outside[0].units, QStringList({QStringLiteral("371102001003002"), QStringLiteral("371102001003")}));
        QVERIFY(inside(outside[0].location, 119.550, 35.404, 119.552, 35.406));
        verifyArea(outside[0].areaM2, geodesicArea(rect(119.550, 35.404, 119.552, 35.406)));

        const auto invalid = ofKind(r, ProblemKind::InvalidGeometry);
        QCOMPARE(invalid.size(), 1);
        QCOMPARE(invalid[0].units, QStringList{QStringLiteral("371102001004002")});
        QCOMPARE(invalid[0].detail, QStringLiteral("Self-intersection"));
        QVERIFY(std::abs(invalid[0].location.x - 119.5675) < 1e-9);
        QVERIFY(std::abs(invalid[0].location.y - 35.405) < 1e-9);
        // Repaired as GEOS repairs it: the two triangles on the grid's east and west sides.
        const GeoPoint mid{119.5675, 35.405};
        const double west = geodesicArea(ring({{119.565, kY0}, mid, {119.565, kY1}}));
        const double east = geodesicArea(ring({{119.570, kY0}, {119.570, kY1}, mid}));
        verifyArea(invalid[0].areaM2, west + east);

        const auto gaps = ofKind(r, ProblemKind::Gap);
        QCOMPARE(gaps.size(), 3);
        const auto gapIn = [&](const QString &community, double x0, double y0, double x1, double y1) {
            for (const TopologyProblem &g : gaps)
                if (g.units == QStringList{community} && inside(g.location, x0, y0, x1, y1))
                    return g;
            return TopologyProblem{};
        };
        const TopologyProblem corner = gapIn(QStringLiteral("371102001002"), 119.528, kY0, 119.530, 35.401);
        QVERIFY2(corner.located, "the open corner of community B");
        verifyArea(corner.areaM2, geodesicArea(rect(119.528, kY0, 119.530, 35.401)));
        const TopologyProblem south = gapIn(QStringLiteral("371102001004"), 119.565, kY0, 119.570, 35.405);
        const TopologyProblem north = gapIn(QStringLiteral("371102001004"), 119.565, 35.405, 119.570, kY1);
        QVERIFY(south.located && north.located);
        verifyArea(south.areaM2, geodesicArea(ring({{119.565, kY0}, {119.570, kY0}, mid})));
        verifyArea(north.areaM2, geodesicArea(ring({{119.570, kY1}, {119.565, kY1}, mid})));
    }

    // The sliver is a gap like any other once the tolerance is below its area.
    void toleranceDecidesWhatIsASliver()
    {
        const District d = plantedDistrict();
        TopologyOptions fine;
        fine.gapToleranceM2 = 0.1;
        const auto gaps = ofKind(TopologyCheck(fine).run(d.communities, d.grids), ProblemKind::Gap);
        QCOMPARE(gaps.size(), 4);
        const double sliverArea = geodesicArea(rect(119.52499995, 35.409, 119.525, kY1));
        int slivers = 0;
        for (const TopologyProblem &g : gaps)
            if (inside(g.location, 119.52499995 - 1e-9, 35.409, 119.525 + 1e-9, kY1)) {
                ++slivers;
                QVERIFY(std::abs(g.areaM2 - sliverArea) < 0.01);
            }
        QCOMPARE(slivers, 1);
        QVERIFY(sliverArea > 0.3 && sliverArea < 0.7);
    }

    void demoTownshipIsClean()
    {
        QTemporaryDir dir;
        auto store = GpkgStore::open(test::createDemo(dir));
        const QVector<AdminUnit> communities = store->adminUnits(int(AdminLevel::Community));
        const QVector<AdminUnit> grids = store->adminUnits(int(AdminLevel::Grid));
        QVERIFY(communities.size() >= 10);
        QVERIFY(grids.size() >= 30);
        const TopologyReport r = TopologyCheck().run(communities, grids);
        QStringList found;
        for (const TopologyProblem &p : r.problems)
            found << TopologyText::describe(p);
        QVERIFY2(r.problems.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
        QCOMPARE(r.grids, int(grids.size()));
        QCOMPARE(r.communities, int(communities.size()));
        // A community with no boundary and no grids yet (as a division
        // import leaves them) has nothing to check and is not counted.
        QVector<AdminUnit> more = communities;
        AdminUnit bare;
        bare.code = QStringLiteral("371102002999");
        bare.parentCode = communities.first().parentCode;
        bare.name = QStringLiteral("新建社区");
        bare.level = AdminLevel::Community;
        more << bare;
        const TopologyReport withBare = TopologyCheck().run(more, grids);
        QVERIFY(withBare.problems.isEmpty());
        QCOMPARE(withBare.communities, int(communities.size()));
        QCOMPARE(TopologyCheck::steps(more, grids), TopologyCheck::steps(communities, grids));
    }

    void progressReachesTheTotal()
    {
        const District d = plantedDistrict();
        TopologyCheck check;
        QVector<int> seen;
        int lastTotal = 0;
        check.setProgress([&](int done, int total) {
            seen << done;
            lastTotal = total;
        });
        check.run(d.communities, d.grids);
        const int total = TopologyCheck::steps(d.communities, d.grids);
        QCOMPARE(total, 8 + 4);
        QCOMPARE(lastTotal, total);
        QCOMPARE(seen.first(), 0);
        QCOMPARE(seen.last(), total);
        QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
    }

    void cancelStopsEarly()
    {
        const District d = plantedDistrict();
        TopologyCheck check;
        int last = 0;
        int asked = 0;
        check.setProgress([&](int done, int) { last = done; });
        check.setCancelled([&] { return ++asked > 3; });
        const TopologyReport r = check.run(d.communities, d.grids);
        QVERIFY(r.cancelled);
        QVERIFY2(last <= 4, qPrintable(QString::number(last)));
        QVERIFY(r.communities < 4);
        // Only the first community (the overlap) was finished.
        for (const TopologyProblem &p : r.problems)
            QVERIFY(p.units.first().startsWith(QStringLiteral("371102001001")));
    }

    // A grid with no boundary and a ring too short to build are named, not skipped.
    void brokenInputIsNamed()
    {
        District d = plantedDistrict();
        AdminUnit empty = d.grids[0];
        empty.code = QStringLiteral("371102001001009");
        empty.geometry = {};
        AdminUnit shortRing = d.grids[0];
        shortRing.code = QStringLiteral("371102001001008");
        shortRing.geometry.polygons[0].rings[0] = Ring({{119.501, 35.401}, {119.502, 35.402}, {119.501, 35.401}});
        d.grids << empty << shortRing;
        const TopologyReport r = TopologyCheck().run(d.communities, d.grids);
        const auto missing = ofKind(r, ProblemKind::MissingGeometry);
        QCOMPARE(missing.size(), 1);
        QCOMPARE(missing[0].units.first(), empty.code);
        QVERIFY(!missing[0].located);
        const auto invalid = ofKind(r, ProblemKind::InvalidGeometry);
        QCOMPARE(invalid.size(), 2);
        QCOMPARE(invalid[0].units.first(), shortRing.code);
        QCOMPARE(invalid[0].detail, QStringLiteral("Too few points in geometry component"));
        QCOMPARE(TopologyText::invalidReason(invalid[0].detail), QStringLiteral("a ring has fewer than four points"));
    }
};

QTEST_GUILESS_MAIN(TestTopologyCheck)
#include "test_topologycheck.moc"
