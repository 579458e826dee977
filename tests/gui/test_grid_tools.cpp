// The grid editing tools on a real canvas over the demo township's layers,
// driven by synthetic mouse events at the pixels where the grids are drawn:
// a line drawn across a grid splits it, two picked neighbours merge, a
// dragged shared vertex moves in both grids (the topology stays clean), a
// double-click adds a vertex to both sides of an edge and Del takes it
// away, and drawn corners snap onto the neighbours' vertices. The sketch
// refuses what would break the grids, and undoes step by step.
#include "AreaDrawTool.h"
#include "CanvasMouse.h"
#include "ConsoleLayers.h"
#include "GpkgStore.h"
#include "GridSketch.h"
#include "GridSketchBand.h"
#include "GridSnapping.h"
#include "LonLatGeometry.h"
#include "MapCrs.h"
#include "MapResources.h"
#include "PickPointTool.h"
#include "PolygonOps.h"
#include "QgisTestMain.h"
#include "SplitLineTool.h"
#include "TestDemo.h"
#include "VertexEditTool.h"
#include "topology/TopologyCheck.h"

#include <QTemporaryDir>

#include <qgscoordinatetransform.h>
#include <qgsmapcanvas.h>
#include <qgsproject.h>

using namespace griddesk;
using namespace griddesk::map;

class TestGridTools : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    QVector<AdminUnit> m_communities;
    QVector<AdminUnit> m_grids;
    std::unique_ptr<ConsoleLayers> m_layers;
    std::unique_ptr<QgsMapCanvas> m_canvas;

    test::CanvasMouse mouse() const { return test::CanvasMouse(m_canvas.get()); }
    QPoint pixel(const QgsPointXY &lonLat) const { return mouse().pixel(lonLat); }
    QgsPointXY lonLatAt(const QPoint &p) const { return mouse().lonLatAt(p); }
    double pixelDegrees() const { return mouse().pixelDegrees(); }
    void click(const QPoint &p, Qt::MouseButton b = Qt::LeftButton) const { mouse().click(p, b); }
    void doubleClick(const QPoint &p) const { mouse().doubleClick(p); }
    void drag(const QPoint &from, const QPoint &to) const { mouse().drag(from, to); }

    void showCommunity(const AdminUnit &community)
    {
        m_canvas->setExtent(m_layers->displayExtent(polygon::bounds(community.geometry)));
        m_canvas->refresh();
        QTRY_VERIFY(!m_canvas->isDrawing());
    }
    static double areaOf(const GridSketch &sketch)
    {
        double sum = 0;
        for (const GridSketch::Piece &p : sketch.pieces())
            sum += p.shape.area();
        return sum;
    }
    static QVector<AdminUnit> asUnits(const GridSketch &sketch)
    {
        QVector<AdminUnit> out;
        for (const GridSketch::Piece &p : sketch.pieces()) {
            AdminUnit u = p.unit;
            if (u.code.isEmpty())
                u.code = u.parentCode + QStringLiteral("9%1").arg(p.key, 2, 10, QLatin1Char('0'));
            u.geometry = toMultiPolygon(p.shape);
            out << u;
        }
        return out;
    }
    static int vertexCount(const QgsGeometry &g)
    {
        int n = 0;
        for (auto it = g.vertices_begin(); it != g.vertices_end(); ++it)
            ++n;
        return n;
    }
    static bool hasVertex(const QgsGeometry &g, const QgsPointXY &p, double tolerance = GridSketch::kSamePoint)
    {
        for (auto it = g.vertices_begin(); it != g.vertices_end(); ++it)
            if (QgsPointXY(*it).distance(p) < tolerance)
                return true;
        return false;
    }
    // Two grids of the community that share an edge (not only a corner).
    static bool shareEdge(const GridSketch::Piece &a, const GridSketch::Piece &b)
    {
        const QgsGeometry common = a.shape.intersection(b.shape);
        return !common.isNull() && common.length() > 1e-6;
    }
    // A vertex two grids of the community share, away from the community's boundary.
    static bool innerSharedVertex(const GridSketch &sketch, QgsPointXY *vertex, int *a, int *b)
    {
        const QgsGeometry boundary(sketch.communityShape().constGet()->boundary());
        for (const GridSketch::Piece &p : sketch.pieces())
            for (const GridSketch::Piece &q : sketch.pieces()) {
                if (p.key >= q.key)
                    continue;
                for (auto it = p.shape.vertices_begin(); it != p.shape.vertices_end(); ++it) {
                    const QgsPointXY v(*it);
                    if (hasVertex(q.shape, v) && QgsGeometry::fromPointXY(v).distance(boundary) > 1e-4) {
                        *vertex = v;
                        *a = p.key;
                        *b = q.key;
                        return true;
                    }
                }
            }
        return false;
    }

    // Starts the sketch on the first community whose grids share a vertex inside it.
    bool beginWithInnerVertex(GridSketch &sketch, QgsPointXY *vertex, int *a, int *b) const
    {
        for (const AdminUnit &community : m_communities) {
            sketch.begin(community, m_grids);
            if (innerSharedVertex(sketch, vertex, a, b))
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_path = test::createDemo(m_dir);
        auto store = GpkgStore::open(m_path);
        m_communities = store->adminUnits(int(AdminLevel::Community));
        m_grids = store->adminUnits(int(AdminLevel::Grid));
        QVERIFY(m_communities.size() >= 3);
        m_layers = std::make_unique<ConsoleLayers>(StoreLocation::file(m_path));
        QVERIFY2(m_layers->isValid(), qPrintable(m_layers->errorMessage()));
        m_canvas = std::make_unique<QgsMapCanvas>();
        m_canvas->resize(1200, 900);
        m_canvas->setDestinationCrs(m_layers->displayCrs());
        QList<QgsMapLayer *> layers = m_layers->renderOrder();
        m_layers->addToProject(QgsProject::instance());
        m_canvas->setLayers(layers);
        m_canvas->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_canvas.get()));
        GridSnapping::apply(m_canvas.get(), {m_layers->grids(), m_layers->communities()});
    }

    void cleanupTestCase()
    {
        m_canvas.reset();
        QgsProject::instance()->clear();
    }

    void splitAlongDrawnLine()
    {
        const AdminUnit community = m_communities.first();
        showCommunity(community);
        GridSketch sketch;
        sketch.begin(community, m_grids);
        const int before = sketch.pieces().size();
        QVERIFY(before >= 2);
        const GridSketch::Piece grid = sketch.pieces().first();

        // A horizontal line across the grid, reaching 25 pixels beyond its edges.
        const QVector<QPoint> line = mouse().lineAcross(grid.shape, 25);
        QVERIFY(line.size() == 2);

        SplitLineTool tool(m_canvas.get());
        int drawn = 0;
        connect(&tool, &SplitLineTool::lineDrawn, &sketch, [&](const QgsGeometry &line) {
            ++drawn;
            QVERIFY2(sketch.split(line).isEmpty(), "the split was refused");
        });
        m_canvas->setMapTool(&tool);
        click(line[0]);
        click(line[1]);
        QCOMPARE(tool.pointCount(), 2);
        click(line[1], Qt::RightButton);
        QCOMPARE(drawn, 1);

        QCOMPARE(sketch.pieces().size(), before + 1);
        QCOMPARE(sketch.retired(), QStringList{grid.unit.code});
        QCOMPARE(sketch.change(), UnitChange::Split);
        const QVector<int> pieces = sketch.newKeys();
        QCOMPARE(pieces.size(), 2);
        const QgsGeometry a = sketch.piece(pieces[0])->shape, b = sketch.piece(pieces[1])->shape;
        QVERIFY(a.isGeosValid() && b.isGeosValid());
        QVERIFY(qAbs(a.area() + b.area() - grid.shape.area()) < grid.shape.area() * 1e-9);
        QVERIFY(a.area() > grid.shape.area() * 0.01 && b.area() > grid.shape.area() * 0.01);
        QVERIFY(QgsGeometry::unaryUnion({a, b}).symDifference(grid.shape).area() < grid.shape.area() * 1e-9);

        // The pending edit shows the two new outlines.
        GridSketchBand band(m_canvas.get(), &sketch);
        QCOMPARE(band.outlineCount() >= 2, true);

        // The community is still covered, without overlaps: the check stays clean.
        const topology::TopologyReport report = topology::TopologyCheck().run({community}, asUnits(sketch));
        QVERIFY2(report.problems.isEmpty(), qPrintable(QStringLiteral("%1 problems").arg(report.problems.size())));

        // The edit to save: the two pieces without codes, the old code retired.
        const GridEdit edit = sketch.toGridEdit({{pieces[0], {QStringLiteral("甲"), QStringLiteral("甲")}},
                                                 {pieces[1], {QStringLiteral("乙"), QStringLiteral("乙")}}},
                                                QDate(2026, 11, 1), QString());
        QCOMPARE(edit.change, UnitChange::Split);
        QCOMPARE(edit.retired, QStringList{grid.unit.code});
        int fresh = 0;
        for (const AdminUnit &u : edit.grids) {
            QCOMPARE(u.parentCode, community.code);
            if (u.code.isEmpty()) {
                ++fresh;
                QVERIFY(u.name == QStringLiteral("甲") || u.name == QStringLiteral("乙"));
            }
        }
        QCOMPARE(fresh, 2);

        // Undo gives the grid back.
        QVERIFY(sketch.undo());
        QCOMPARE(sketch.pieces().size(), before);
        QVERIFY(sketch.retired().isEmpty());
        QVERIFY(!sketch.isDirty());
        m_canvas->unsetMapTool(&tool);
    }

    void lineThatCrossesNoGridIsRefused()
    {
        const AdminUnit community = m_communities.first();
        GridSketch sketch;
        sketch.begin(community, m_grids);
        const QgsPointXY inside = sketch.pieces().first().shape.pointOnSurface().asPoint();
        const QString why = sketch.split(QgsGeometry::fromPolylineXY({inside, QgsPointXY(inside.x() + 1e-6, inside.y())}));
        QVERIFY(!why.isEmpty());
        QVERIFY(!sketch.isDirty());
        QVERIFY(sketch.retired().isEmpty());
    }

    void mergePickedNeighbours()
    {
        const AdminUnit community = m_communities.at(1);
        showCommunity(community);
        GridSketch sketch;
        sketch.begin(community, m_grids);
        const int before = sketch.pieces().size();
        GridSketch::Piece first, second;
        for (const GridSketch::Piece &p : sketch.pieces())
            for (const GridSketch::Piece &q : sketch.pieces())
                if (first.key == 0 && p.key < q.key && shareEdge(p, q)) {
                    first = p;
                    second = q;
                }
        QVERIFY(first.key != 0);

        PickPointTool tool(m_canvas.get());
        GridSketchBand band(m_canvas.get(), &sketch);
        QVector<int> picked;
        connect(&tool, &PickPointTool::picked, &sketch, [&](const GeoPoint &p) {
            const int key = sketch.pieceAt(QgsPointXY(p.x, p.y));
            if (key && !picked.contains(key))
                picked << key;
            band.setPicked(picked);
        });
        QString result = QStringLiteral("not merged");
        connect(&tool, &PickPointTool::confirmed, &sketch, [&] { result = sketch.merge(picked); });
        m_canvas->setMapTool(&tool);
        click(pixel(first.shape.pointOnSurface().asPoint()));
        click(pixel(second.shape.pointOnSurface().asPoint()));
        QCOMPARE(band.picked(), (QVector<int>{first.key, second.key}));
        QTest::keyClick(m_canvas.get(), Qt::Key_Return);
        QVERIFY2(result.isEmpty(), qPrintable(result));

        QCOMPARE(sketch.pieces().size(), before - 1);
        QCOMPARE(sketch.retired(), (QStringList{first.unit.code, second.unit.code}));
        QCOMPARE(sketch.change(), UnitChange::Merged);
        const QgsGeometry merged = sketch.piece(sketch.newKeys().first())->shape;
        QVERIFY(!merged.isMultipart() || merged.asMultiPolygon().size() == 1);
        QVERIFY(qAbs(merged.area() - first.shape.area() - second.shape.area()) < merged.area() * 1e-9);
        const topology::TopologyReport report = topology::TopologyCheck().run({community}, asUnits(sketch));
        QVERIFY(report.problems.isEmpty());
        m_canvas->unsetMapTool(&tool);
    }

    void gridsThatDoNotTouchAreNotMerged()
    {
        for (const AdminUnit &community : m_communities) {
            GridSketch sketch;
            sketch.begin(community, m_grids);
            for (const GridSketch::Piece &p : sketch.pieces())
                for (const GridSketch::Piece &q : sketch.pieces())
                    if (p.key < q.key && p.shape.distance(q.shape) > 1e-5) {
                        const QString why = sketch.merge({p.key, q.key});
                        QVERIFY2(why.contains(p.unit.name) && why.contains(q.unit.name), qPrintable(why));
                        QVERIFY(!sketch.isDirty());
                        QVERIFY(sketch.retired().isEmpty());
                        return;
                    }
        }
        QSKIP("no community of the demo has two grids apart");
    }

    void dragSharedVertexMovesBothGrids()
    {
        GridSketch sketch;
        QgsPointXY vertex;
        int a = 0, b = 0;
        QVERIFY(beginWithInnerVertex(sketch, &vertex, &a, &b));
        const AdminUnit community = sketch.community();
        showCommunity(community);
        const double areaBefore = areaOf(sketch);
        const double areaA = sketch.piece(a)->shape.area();

        // Towards the inside of grid A, 30 pixels (away from the snapping tolerance).
        const QPoint from = pixel(vertex);
        const QPoint towards = pixel(sketch.piece(a)->shape.pointOnSurface().asPoint());
        const QPointF dir = QPointF(towards - from) / std::hypot(towards.x() - from.x(), towards.y() - from.y());
        const QPoint to = from + (dir * 30).toPoint();

        VertexEditTool tool(m_canvas.get(), &sketch);
        QVector<QgsPointXY> moves;
        connect(&tool, &VertexEditTool::vertexMoved, &sketch, [&](const QgsPointXY &f, const QgsPointXY &t) {
            moves << t;
            QVERIFY2(sketch.moveVertex(f, t).isEmpty(), "the move was refused");
        });
        m_canvas->setMapTool(&tool);
        drag(from, to);
        QCOMPARE(moves.size(), 1);
        const QgsPointXY landed = moves.first();
        QVERIFY2(landed.distance(lonLatAt(to)) < pixelDegrees() * 13, "the vertex did not land where it was dropped");

        // Both grids have the vertex at its new place, none at the old.
        for (int key : {a, b}) {
            QVERIFY(hasVertex(sketch.piece(key)->shape, landed));
            QVERIFY(!hasVertex(sketch.piece(key)->shape, vertex));
            QVERIFY(sketch.piece(key)->changed);
        }
        QVERIFY(sketch.piece(a)->shape.area() < areaA);
        QVERIFY(qAbs(areaOf(sketch) - areaBefore) < areaBefore * 1e-9);
        const topology::TopologyReport report = topology::TopologyCheck().run({community}, asUnits(sketch));
        QVERIFY2(report.problems.isEmpty(), qPrintable(QStringLiteral("%1 problems").arg(report.problems.size())));
        const GridEdit edit = sketch.toGridEdit({}, QDate(), QString());
        QCOMPARE(edit.change, UnitChange::Reshaped);
        QVERIFY(edit.retired.isEmpty());
        for (const AdminUnit &u : edit.grids)
            QVERIFY(!u.code.isEmpty());
        m_canvas->unsetMapTool(&tool);
    }

    void doubleClickAddsVertexToBothSidesAndDelRemovesIt()
    {
        const AdminUnit community = m_communities.at(3);
        showCommunity(community);
        GridSketch sketch;
        sketch.begin(community, m_grids);
        // The middle of an edge two grids share.
        QgsPointXY middle;
        int a = 0, b = 0;
        for (const GridSketch::Piece &p : sketch.pieces())
            for (const GridSketch::Piece &q : sketch.pieces())
                if (!a && p.key < q.key && shareEdge(p, q)) {
                    const QgsGeometry common = p.shape.intersection(q.shape);
                    const QgsGeometry line = common.type() == QgsWkbTypes::LineGeometry ? common : QgsGeometry();
                    if (line.isNull())
                        continue;
                    // The longest piece of the common edge, so that its middle is far from corners.
                    QgsGeometry longest;
                    for (const QgsGeometry &part : line.asGeometryCollection())
                        for (const QgsPolylineXY &pl : part.isMultipart() ? part.asMultiPolyline() : QgsMultiPolylineXY{part.asPolyline()})
                            for (int i = 1; i < pl.size(); ++i) {
                                const QgsGeometry seg = QgsGeometry::fromPolylineXY({pl[i - 1], pl[i]});
                                if (longest.isNull() || seg.length() > longest.length())
                                    longest = seg;
                            }
                    middle = longest.interpolate(longest.length() / 2).asPoint();
                    a = p.key;
                    b = q.key;
                }
        QVERIFY(a && b);
        const int verticesA = vertexCount(sketch.piece(a)->shape), verticesB = vertexCount(sketch.piece(b)->shape);
        const double areaA = sketch.piece(a)->shape.area();

        VertexEditTool tool(m_canvas.get(), &sketch);
        connect(&tool, &VertexEditTool::vertexAddRequested, &sketch, [&sketch](const QgsPointXY &near, double tolerance) {
            QVERIFY2(sketch.addVertex(near, tolerance).isEmpty(), "adding was refused");
        });
        connect(&tool, &VertexEditTool::vertexDeleteRequested, &sketch, [&sketch](const QgsPointXY &at) {
            QVERIFY2(sketch.deleteVertex(at).isEmpty(), "deleting was refused");
        });
        m_canvas->setMapTool(&tool);
        doubleClick(pixel(middle) + QPoint(2, 1));

        QCOMPARE(vertexCount(sketch.piece(a)->shape), verticesA + 1);
        QCOMPARE(vertexCount(sketch.piece(b)->shape), verticesB + 1);
        QVERIFY(hasVertex(sketch.piece(a)->shape, middle, pixelDegrees() * 4));
        QVERIFY(qAbs(sketch.piece(a)->shape.area() - areaA) < areaA * 1e-9);

        // A click picks the new vertex, Del deletes it from both grids.
        click(pixel(middle));
        QVERIFY(tool.hasSelectedVertex());
        QTest::keyClick(m_canvas.get(), Qt::Key_Delete);
        QCOMPARE(vertexCount(sketch.piece(a)->shape), verticesA);
        QCOMPARE(vertexCount(sketch.piece(b)->shape), verticesB);
        QVERIFY(qAbs(sketch.piece(a)->shape.area() - areaA) < areaA * 1e-9);
        m_canvas->unsetMapTool(&tool);
    }

    void drawnCornersSnapToNeighbours()
    {
        const AdminUnit community = m_communities.at(4);
        showCommunity(community);
        GridSketch sketch;
        sketch.begin(community, m_grids);
        const GridSketch::Piece grid = sketch.pieces().first();
        // Corners of the grid at least 30 pixels from each other, clicked 4 pixels off.
        QVector<QgsPointXY> corners;
        const QgsPolygonXY rings = grid.shape.isMultipart() ? grid.shape.asMultiPolygon().first() : grid.shape.asPolygon();
        for (const QgsPointXY &v : rings.first()) {
            bool apart = true;
            for (const QgsPointXY &c : corners)
                apart = apart && (pixel(c) - pixel(v)).manhattanLength() > 30;
            if (apart)
                corners << v;
        }
        QVERIFY(corners.size() >= 3);
        AreaDrawTool tool(m_canvas.get());
        tool.setSnapping(true);
        QVector<QgsGeometry> drawn;
        connect(&tool, &AreaDrawTool::areaDrawn, this, [&drawn](const MultiPolygon &area) { drawn << toQgsGeometry(area); });
        m_canvas->setMapTool(&tool);
        for (const QgsPointXY &c : corners)
            click(pixel(c) + QPoint(3, -3));
        click(pixel(corners.first()), Qt::RightButton);
        QCOMPARE(drawn.count(), 1);
        const QgsGeometry area = drawn.first();
        QCOMPARE(vertexCount(area), corners.size() + 1);
        for (const QgsPointXY &c : corners)
            QVERIFY2(hasVertex(area, c, 1e-9), qPrintable(c.toString(9)));
        // Without snapping the corners stay where they were clicked.
        tool.setSnapping(false);
        for (const QgsPointXY &c : corners)
            click(pixel(c) + QPoint(3, -3));
        click(pixel(corners.first()), Qt::RightButton);
        QCOMPARE(drawn.count(), 2);
        const QgsGeometry loose = drawn.last();
        QVERIFY(!hasVertex(loose, corners.first(), 1e-9));
        m_canvas->unsetMapTool(&tool);
    }

    void sketchRefusesWhatBreaksGrids()
    {
        GridSketch sketch;
        QgsPointXY vertex;
        int a = 0, b = 0;
        QVERIFY(beginWithInnerVertex(sketch, &vertex, &a, &b));
        // A vertex inside the community that two grids share is where three
        // grids meet, or two grids and the boundary: it cannot simply go.
        const QString why = sketch.deleteVertex(vertex);
        QVERIFY(!why.isEmpty());
        QVERIFY(!sketch.isDirty());
        QVERIFY(hasVertex(sketch.piece(a)->shape, vertex));

        // One kind of edit at a time.
        const QgsGeometry inner = sketch.piece(a)->shape;
        QVERIFY(sketch.moveVertex(vertex, QgsPointXY(vertex.x() + 1e-6, vertex.y())).isEmpty());
        const QString mixed = sketch.merge({a, b});
        QVERIFY(!mixed.isEmpty());
        QCOMPARE(sketch.change(), UnitChange::Reshaped);
        QVERIFY(sketch.retired().isEmpty());

        // A move that folds a grid over itself is refused and changes nothing.
        const QgsPointXY moved(vertex.x() + 1e-6, vertex.y());
        const QgsPointXY centre = sketch.piece(a)->shape.centroid().asPoint();
        const QgsPointXY beyond(moved.x() + 3 * (centre.x() - moved.x()), moved.y() + 3 * (centre.y() - moved.y()));
        QVERIFY(!sketch.moveVertex(moved, beyond).isEmpty());
        QVERIFY(hasVertex(sketch.piece(a)->shape, moved));

        QVERIFY(sketch.undo());
        QVERIFY(!sketch.isDirty());
        QVERIFY(sketch.piece(a)->shape.equals(inner));
    }
};

GRIDDESK_QGIS_TEST_MAIN(TestGridTools, griddesk::map::initResources)
#include "test_grid_tools.moc"
