// Planar polygon measures and point-in-polygon, including holes and edges.
#include "PolygonOps.h"

#include <QTest>

using namespace griddesk;

namespace {
Polygon square(double x0, double y0, double size)
{
    Polygon p;
    p.rings.push_back({{x0, y0}, {x0 + size, y0}, {x0 + size, y0 + size}, {x0, y0 + size}, {x0, y0}});
    return p;
}
} // namespace

class TestPolygonOps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void areaAndBounds()
    {
        Polygon p = square(0, 0, 10);
        QCOMPARE(polygon::area(p), 100.0);
        p.rings.push_back({{2, 2}, {2, 4}, {4, 4}, {4, 2}, {2, 2}}); // clockwise hole
        QCOMPARE(polygon::area(p), 96.0);
        MultiPolygon mp;
        mp.polygons = {p, square(20, 20, 1)};
        QCOMPARE(polygon::area(mp), 97.0);
        const GeoBounds b = polygon::bounds(mp);
        QCOMPARE(b.minX, 0.0);
        QCOMPARE(b.maxX, 21.0);
        QCOMPARE(b.maxY, 21.0);
    }
    void contains()
    {
        Polygon p = square(0, 0, 10);
        p.rings.push_back({{2, 2}, {2, 4}, {4, 4}, {4, 2}, {2, 2}});
        QVERIFY(polygon::contains(p, {5, 5}));
        QVERIFY(!polygon::contains(p, {3, 3}));     // in the hole
        QVERIFY(polygon::contains(p, {2, 3}));      // on the hole's edge: still the polygon's boundary
        QVERIFY(polygon::contains(p, {0, 5}));      // on the outer edge
        QVERIFY(polygon::contains(p, {10, 10}));    // a vertex
        QVERIFY(!polygon::contains(p, {10.001, 5}));
        QVERIFY(!polygon::contains(p, {-1, -1}));
        QVERIFY(!polygon::contains(Polygon{}, {0, 0}));
    }
    void centroid()
    {
        MultiPolygon mp;
        mp.polygons = {square(0, 0, 2)};
        const GeoPoint c = polygon::centroid(mp);
        QCOMPARE(c.x, 1.0);
        QCOMPARE(c.y, 1.0);
    }
};

QTEST_GUILESS_MAIN(TestPolygonOps)
#include "test_polygonops.moc"
