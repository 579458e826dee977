// Grid editing in the console, on a GeoPackage and on the server
// (GRIDDESK_TEST_BACKEND), with synthetic mouse events on the real canvas:
// a grid split along a drawn line, two neighbours merged, a shared vertex
// dragged (the neighbour follows) and a grid drawn into a gap are saved, and
// the store then holds their geometry, the new codes (the community's code
// and the next sequence; the old ones retired for good) and their versions.
// A drawn grid that overlaps a neighbour is refused with the problems and
// writes nothing; an administrator saves it with a justification, centre
// staff cannot. The topology dock lists the problems, each shown on the map,
// and the units with no boundary yet; a leader's console cannot edit.
#include "AppResources.h"
#include "CanvasMouse.h"
#include "ConsoleLayers.h"
#include "ConsoleSession.h"
#include "ConsoleSignIn.h"
#include "DivisionFile.h"
#include "GridSketch.h"
#include "Language.h"
#include "LonLatGeometry.h"
#include "MainWindow.h"
#include "PolygonOps.h"
#include "ProblemMarkers.h"
#include "QgisTestMain.h"
#include "TestBackend.h"
#include "TestPeople.h"
#include "grids/GridEditModule.h"
#include "grids/GridSaveDialog.h"
#include "grids/TopologyDock.h"
#include "topology/TopologyCheck.h"

#include <QAction>
#include <QDateEdit>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolBar>
#include <QToolButton>

#include <qgsmapcanvas.h>

using namespace griddesk;
using namespace griddesk::app;

namespace {
const QString kPassword = QStringLiteral("Grid-edit console 2026");

QgsGeometry shapeOf(const AdminUnit &u)
{
    return map::toQgsGeometry(u.geometry);
}

bool hasVertex(const QgsGeometry &g, const QgsPointXY &p, double tolerance = 1e-9)
{
    for (auto it = g.vertices_begin(); it != g.vertices_end(); ++it)
        if (QgsPointXY(*it).distance(p) < tolerance)
            return true;
    return false;
}

QString nextCode(const QString &code)
{
    return code.left(12) + QStringLiteral("%1").arg(code.right(3).toInt() + 1, 3, 10, QLatin1Char('0'));
}
} // namespace

class TestGridEditing : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::TestBackend m_backend;
    QString m_suffix;
    QString m_township;
    QStringList m_used; // communities an earlier test edited

    QString login(const char *name) const { return QString::fromLatin1(name) + m_suffix; }

    std::unique_ptr<ConsoleSession> sessionOf(const char *name)
    {
        return test::consoleSessionOf(m_backend, login(name), kPassword);
    }

    // The console of one person, shown, with the grid editing module.
    struct Console {
        Console() = default;
        Console(Console &&) = default;
        // The window (and the canvas, which cancels its rendering) goes before the layers.
        ~Console() { window.reset(); }
        std::unique_ptr<ConsoleSession> session;
        std::unique_ptr<MainWindow> window;
        GridEditModule *module = nullptr;
        QgsMapCanvas *canvas() const { return session->canvas(); }
        test::CanvasMouse mouse() const { return test::CanvasMouse(canvas()); }
    };
    Console open(const char *name)
    {
        Console c;
        c.session = sessionOf(name);
        if (!c.session)
            return c;
        c.window = std::make_unique<MainWindow>(*c.session);
        c.window->resize(1600, 1000);
        c.window->show();
        if (!QTest::qWaitForWindowExposed(c.window.get()))
            return c;
        QSignalSpy painted(c.canvas(), &QgsMapCanvas::mapCanvasRefreshed);
        if (!painted.wait(20000))
            return c;
        // The boundaries are copied into memory after the first frame.
        if (!QTest::qWaitFor([&c] { return c.session->layers().areasHeld(); }, 20000))
            return c;
        c.module = c.window->findChild<GridEditModule *>();
        return c;
    }
    static void show(Console &c, const AdminUnit &community)
    {
        c.canvas()->setExtent(c.session->layers().displayExtent(polygon::bounds(community.geometry)));
        c.canvas()->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!c.canvas()->isDrawing(), 20000);
    }
    static void use(QAction *tool)
    {
        QVERIFY(tool->isEnabled());
        tool->trigger();
        QVERIFY(tool->isChecked());
    }

    // Draws a small triangle inside a grid: a new grid over part of it.
    static void drawOver(Console &c, const AdminUnit &grid)
    {
        use(c.module->drawAction());
        const QPoint centre = c.mouse().pixel(shapeOf(grid).pointOnSurface().asPoint());
        c.mouse().click(centre + QPoint(-30, 20));
        c.mouse().click(centre + QPoint(30, 20));
        c.mouse().click(centre + QPoint(0, -30));
        c.mouse().click(centre, Qt::RightButton);
    }

    // Opens the save dialog, waits for its check; returns it (null on failure).
    static GridSaveDialog *openSave(Console &c)
    {
        if (!c.module->saveAction()->isEnabled()) {
            qWarning("nothing to save: %s", qPrintable(c.module->lastMessage()));
            return nullptr;
        }
        c.module->saveAction()->trigger();
        GridSaveDialog *d = c.module->saveDialog();
        if (!d)
            return nullptr;
        QSignalSpy checked(d, &GridSaveDialog::checked);
        if (d->isChecking() && !checked.wait(30000)) {
            qWarning("the check did not finish");
            return nullptr;
        }
        return d;
    }
    // Saves through the dialog and returns what the store did.
    static std::optional<GridStore::SavedEdit> saveClean(Console &c)
    {
        GridSaveDialog *d = openSave(c);
        if (!d)
            return std::nullopt;
        if (d->problemList()->count() != 0) {
            qWarning("the check found problems: %s", qPrintable(d->problemList()->item(0)->text()));
            return std::nullopt;
        }
        if (d->effectiveEdit()->date() != QDate::currentDate()) {
            qWarning("the edit is not valid from today by default");
            return std::nullopt;
        }
        QPointer<GridSaveDialog> alive(d);
        QTest::mouseClick(d->saveButton(), Qt::LeftButton);
        if (alive && alive->result() != QDialog::Accepted) {
            qWarning("not saved: %s", qPrintable(alive->errorLabel()->text()));
            return std::nullopt;
        }
        if (!QTest::qWaitFor([&] { return !c.module->saveDialog(); }, 5000)) {
            qWarning("the dialog stayed open");
            return std::nullopt;
        }
        return c.module->lastSaved();
    }

    AdminUnit freshCommunity(const Store &store, const std::function<bool(const QVector<AdminUnit> &grids)> &fits)
    {
        for (const AdminUnit &c : store.unitsWithBoundary(int(AdminLevel::Community))) {
            if (m_used.contains(c.code))
                continue;
            QVector<AdminUnit> grids;
            for (const AdminUnit &g : store.adminUnits(int(AdminLevel::Grid)))
                if (g.parentCode == c.code)
                    grids << g;
            if (fits(grids)) {
                m_used << c.code;
                return c;
            }
        }
        return {};
    }
    static QVector<AdminUnit> gridsOf(const Store &store, const QString &community)
    {
        QVector<AdminUnit> out;
        for (const AdminUnit &g : store.adminUnits(int(AdminLevel::Grid)))
            if (g.parentCode == community)
                out << g;
        return out;
    }
    static topology::TopologyReport checkOf(const Store &store, const AdminUnit &community)
    {
        return topology::TopologyCheck().run({*store.adminUnit(community.code)}, gridsOf(store, community.code));
    }

private Q_SLOTS:
    void initTestCase()
    {
        language::install(QStringLiteral("en"));
        qInfo("backend: %s", qPrintable(test::TestBackend::name()));
        m_backend.createDemo(m_dir);
        m_suffix = QStringLiteral("_g%1").arg(QCoreApplication::applicationPid());
        auto owner = m_backend.open();
        m_township = owner->adminUnits(int(AdminLevel::Township)).first().code;
        // The real division tree beside the demo: units with no boundary yet.
        owner->importDivisions(DivisionFile::read(QStringLiteral(GRIDDESK_SHARED_DATA "/rizhao_3711_divisions.csv")));
        test::addPeople(*owner,
                        {{"admin", Role::Administrator, {}, {}},
                         {"centre", Role::CentreStaff, m_township, {}},
                         {"leader", Role::Leader, m_township, {}}},
                        m_suffix, kPassword);
    }

    void onlyEditorsMayEdit()
    {
        {
            Console leader = open("leader");
            QVERIFY(leader.module);
            QVERIFY(!leader.module->mayEdit());
            for (QAction *a : {leader.module->drawAction(), leader.module->splitAction(), leader.module->mergeAction(),
                               leader.module->reshapeAction(), leader.module->saveAction()})
                QVERIFY2(!a->isEnabled(), qPrintable(a->objectName()));
            QVERIFY(leader.module->checkAction()->isEnabled());
            QVERIFY(!leader.module->editingAction()->isVisible());
        }
        Console centre = open("centre");
        QVERIFY(centre.module && centre.module->mayEdit());
        QVERIFY(centre.module->splitAction()->isEnabled());
        QVERIFY(!centre.module->saveAction()->isEnabled()); // nothing pending
        QCOMPARE(centre.module->toolBar()->objectName(), QStringLiteral("gridEditToolBar"));
        // The toolbar shows while grids are edited.
        QVERIFY(!centre.module->toolBar()->isVisible());
        centre.module->editingAction()->trigger();
        QVERIFY(centre.module->toolBar()->isVisible());
        centre.module->editingAction()->trigger();
        QVERIFY(!centre.module->toolBar()->isVisible());
    }

    void splitAlongALineSavesTwoNewGrids()
    {
        auto store = m_backend.open();
        const AdminUnit community = freshCommunity(*store, [](const QVector<AdminUnit> &g) { return g.size() >= 3; });
        QVERIFY(!community.code.isEmpty());
        const AdminUnit grid = gridsOf(*store, community.code).first();
        const QString expected = store->nextGridCode(community.code);
        QCOMPARE(expected.left(12), community.code);

        Console c = open("centre");
        QVERIFY(c.module);
        show(c, community);
        use(c.module->splitAction());
        const QVector<QPoint> line = c.mouse().lineAcross(shapeOf(grid), 25);
        QCOMPARE(line.size(), 2);
        c.mouse().click(line[0]);
        c.mouse().click(line[1]);
        c.mouse().click(line[1], Qt::RightButton);
        QVERIFY2(c.module->sketch().isDirty(), qPrintable(c.module->lastMessage()));
        QCOMPARE(c.module->sketch().newKeys().size(), 2);

        GridSaveDialog *d = openSave(c);
        QVERIFY(d);
        // The new grids are named as the demo names them, with the codes they will get.
        QCOMPARE(d->newGridsTable()->rowCount(), 2);
        QCOMPARE(d->newGridsTable()->item(0, 0)->text(), expected);
        QCOMPARE(d->newGridsTable()->item(1, 0)->text(), nextCode(expected));
        QVERIFY(d->newGridsTable()->item(0, 1)->text().endsWith(QStringLiteral("第%1网格").arg(expected.right(3).toInt())));
        QVERIFY(d->effectiveEdit()->maximumDate() <= QDate::currentDate());
        d->reject();
        QTRY_VERIFY(!c.module->saveDialog());
        const std::optional<GridStore::SavedEdit> saved = saveClean(c);
        QVERIFY(saved);
        QCOMPARE(saved->created, (QStringList{expected, nextCode(expected)}));
        QCOMPARE(saved->retired, QStringList{grid.code});
        QVERIFY(!c.module->sketch().isDirty());

        // The store: the old grid retired for good, two new ones covering it.
        store = m_backend.open();
        QVERIFY(!store->adminUnit(grid.code) || std::none_of(gridsOf(*store, community.code).cbegin(), gridsOf(*store, community.code).cend(),
                                                              [&](const AdminUnit &g) { return g.code == grid.code; }));
        const QgsGeometry a = shapeOf(*store->adminUnit(expected)), b = shapeOf(*store->adminUnit(nextCode(expected)));
        const double whole = shapeOf(grid).area();
        QVERIFY(qAbs(a.area() + b.area() - whole) < whole * 1e-6);
        QVERIFY(QgsGeometry::unaryUnion({a, b}).symDifference(shapeOf(grid)).area() < whole * 1e-6);
        QCOMPARE(store->nextGridCode(community.code), nextCode(nextCode(expected)));
        QVERIFY(checkOf(*store, community).problems.isEmpty());
        // Versions: the old grid ends the day before today; the pieces begin today, split from it.
        const QVector<UnitVersion> old = store->unitHistory(grid.code);
        QVERIFY(!old.isEmpty());
        QCOMPARE(old.last().validTo, QDate::currentDate());
        const QVector<UnitVersion> piece = store->unitHistory(expected);
        QCOMPARE(piece.size(), 1);
        QCOMPARE(piece.first().change, UnitChange::Split);
        QCOMPARE(piece.first().validFrom, QDate::currentDate());
        QVERIFY(piece.first().related.contains(grid.code));
        QVERIFY(piece.first().isCurrent());
    }

    void mergePickedNeighboursSavesOneGrid()
    {
        auto store = m_backend.open();
        AdminUnit first, second;
        const AdminUnit community = freshCommunity(*store, [&](const QVector<AdminUnit> &grids) {
            for (const AdminUnit &p : grids)
                for (const AdminUnit &q : grids)
                    if (p.code < q.code && shapeOf(p).intersection(shapeOf(q)).length() > 1e-4) {
                        first = p;
                        second = q;
                        return true;
                    }
            return false;
        });
        QVERIFY(!community.code.isEmpty());
        const QString expected = store->nextGridCode(community.code);

        Console c = open("centre");
        QVERIFY(c.module);
        show(c, community);
        use(c.module->mergeAction());
        c.mouse().click(c.mouse().pixel(shapeOf(first).pointOnSurface().asPoint()));
        c.mouse().click(c.mouse().pixel(shapeOf(second).pointOnSurface().asPoint()));
        QTest::keyClick(c.canvas(), Qt::Key_Return);
        QVERIFY2(c.module->sketch().isDirty(), qPrintable(c.module->lastMessage()));
        const std::optional<GridStore::SavedEdit> saved = saveClean(c);
        QVERIFY(saved);
        QCOMPARE(saved->created, QStringList{expected});
        QCOMPARE(saved->retired, (QStringList{first.code, second.code}));

        store = m_backend.open();
        const QgsGeometry merged = shapeOf(*store->adminUnit(expected));
        QVERIFY(qAbs(merged.area() - shapeOf(first).area() - shapeOf(second).area()) < merged.area() * 1e-6);
        QVERIFY(checkOf(*store, community).problems.isEmpty());
        const QVector<UnitVersion> v = store->unitHistory(expected);
        QCOMPARE(v.size(), 1);
        QCOMPARE(v.first().change, UnitChange::Merged);
        QVERIFY(v.first().related.contains(first.code) && v.first().related.contains(second.code));
        QCOMPARE(store->unitHistory(first.code).last().validTo, QDate::currentDate());
    }

    void dragSharedVertexMovesTheNeighbourToo()
    {
        auto store = m_backend.open();
        QgsPointXY vertex;
        QStringList holders;
        // A vertex that two or more grids share, away from the community's boundary.
        Console c = open("centre");
        QVERIFY(c.module);
        AdminUnit target;
        for (const AdminUnit &candidate : store->unitsWithBoundary(int(AdminLevel::Community))) {
            if (m_used.contains(candidate.code))
                continue;
            map::GridSketch probe;
            probe.begin(candidate, store->adminUnits(int(AdminLevel::Grid)));
            const QgsGeometry boundary(probe.communityShape().constGet()->boundary());
            for (const map::GridSketch::Piece &p : probe.pieces()) {
                for (auto it = p.shape.vertices_begin(); it != p.shape.vertices_end() && target.code.isEmpty(); ++it) {
                    const QgsPointXY v(*it);
                    if (QgsGeometry::fromPointXY(v).distance(boundary) < 1e-4)
                        continue;
                    QStringList at;
                    for (const map::GridSketch::Piece &q : probe.pieces())
                        if (hasVertex(q.shape, v))
                            at << q.unit.code;
                    if (at.size() >= 2) {
                        target = candidate;
                        vertex = v;
                        holders = at;
                    }
                }
            }
            if (!target.code.isEmpty())
                break;
        }
        QVERIFY(!target.code.isEmpty());
        m_used << target.code;
        show(c, target);
        use(c.module->reshapeAction());
        // 30 pixels towards the inside of the first grid that holds it.
        const QgsGeometry firstShape = shapeOf(*store->adminUnit(holders.first()));
        const QPoint from = c.mouse().pixel(vertex);
        const QPoint towards = c.mouse().pixel(firstShape.pointOnSurface().asPoint());
        const QPointF dir = QPointF(towards - from) / std::hypot(towards.x() - from.x(), towards.y() - from.y());
        const QPoint to = from + (dir * 30).toPoint();
        c.mouse().drag(from, to);
        QVERIFY2(c.module->sketch().isDirty(), qPrintable(c.module->lastMessage()));
        const std::optional<GridStore::SavedEdit> saved = saveClean(c);
        QVERIFY(saved);
        QVERIFY(saved->created.isEmpty() && saved->retired.isEmpty());
        QCOMPARE(QSet<QString>(saved->changed.begin(), saved->changed.end()), QSet<QString>(holders.begin(), holders.end()));

        // Every grid that held the vertex has it at its new place, and the codes stay.
        store = m_backend.open();
        const QgsPointXY landed = c.mouse().lonLatAt(to);
        QgsPointXY stored;
        for (const QString &code : holders) {
            const QgsGeometry g = shapeOf(*store->adminUnit(code));
            QVERIFY2(!hasVertex(g, vertex), qPrintable(code));
            bool found = false;
            for (auto it = g.vertices_begin(); it != g.vertices_end(); ++it)
                if (QgsPointXY(*it).distance(landed) < c.mouse().pixelDegrees() * 13) {
                    found = true;
                    if (stored.isEmpty())
                        stored = QgsPointXY(*it);
                    QVERIFY2(QgsPointXY(*it).distance(stored) < 1e-9, "the grids no longer share the vertex");
                }
            QVERIFY2(found, qPrintable(code));
            const QVector<UnitVersion> v = store->unitHistory(code);
            QVERIFY(v.size() >= 2);
            QCOMPARE(v.last().change, UnitChange::Reshaped);
            QCOMPARE(v.last().unit.code, code);
        }
        QVERIFY(checkOf(*store, target).problems.isEmpty());
    }

    void drawnOverlapIsRefusedForCentreStaff()
    {
        auto store = m_backend.open();
        const AdminUnit community = freshCommunity(*store, [](const QVector<AdminUnit> &g) { return !g.isEmpty(); });
        QVERIFY(!community.code.isEmpty());
        const AdminUnit grid = gridsOf(*store, community.code).first();
        const int before = store->adminUnits(int(AdminLevel::Grid)).size();
        const QString expected = store->nextGridCode(community.code);

        Console c = open("centre");
        QVERIFY(c.module);
        show(c, community);
        drawOver(c, grid);
        QVERIFY2(c.module->sketch().isDirty(), qPrintable(c.module->lastMessage()));

        GridSaveDialog *d = openSave(c);
        QVERIFY(d);
        QVERIFY(d->problemList()->count() > 0);
        QVERIFY(!d->justificationEdit()->isVisibleTo(d));
        QTest::mouseClick(d->saveButton(), Qt::LeftButton);
        QVERIFY(c.module->saveDialog());
        QVERIFY(d->errorLabel()->isVisibleTo(d));
        QVERIFY(d->problemList()->count() > 0);
        const QString listed = d->problemList()->item(0)->text();
        QVERIFY2(listed.contains(grid.code) || listed.contains(QStringLiteral("overlap"), Qt::CaseInsensitive), qPrintable(listed));
        d->reject();
        QTRY_VERIFY(!c.module->saveDialog());

        // Nothing was written: the same grids, the same next code.
        store = m_backend.open();
        QCOMPARE(store->adminUnits(int(AdminLevel::Grid)).size(), before);
        QCOMPARE(store->nextGridCode(community.code), expected);
        QVERIFY(c.module->sketch().isDirty()); // the edit is still there to fix or discard
        c.module->discardAction()->trigger();
        QVERIFY(!c.module->sketch().isDirty());
    }

    void administratorOverridesWithAJustification()
    {
        auto store = m_backend.open();
        const AdminUnit community = freshCommunity(*store, [](const QVector<AdminUnit> &g) { return !g.isEmpty(); });
        QVERIFY(!community.code.isEmpty());
        const AdminUnit grid = gridsOf(*store, community.code).first();
        const QString expected = store->nextGridCode(community.code);

        Console c = open("admin");
        QVERIFY(c.module);
        show(c, community);
        drawOver(c, grid);
        GridSaveDialog *d = openSave(c);
        QVERIFY(d);
        QVERIFY(d->problemList()->count() > 0);
        QVERIFY(d->justificationEdit()->isVisibleTo(d));
        QTest::mouseClick(d->saveButton(), Qt::LeftButton); // no justification yet
        QVERIFY(c.module->saveDialog());
        QVERIFY(d->errorLabel()->isVisibleTo(d));
        QCOMPARE(m_backend.open()->nextGridCode(community.code), expected);
        const QString why = QStringLiteral("临时安置点，待社区边界调整后再划");
        d->justificationEdit()->setFocus();
        d->justificationEdit()->insertPlainText(why); // typed through an input method: keyClicks is ASCII only
        QPointer<GridSaveDialog> alive(d);
        QTest::mouseClick(d->saveButton(), Qt::LeftButton);
        QTRY_VERIFY(!alive);

        store = m_backend.open();
        QVERIFY(store->adminUnit(expected));
        const QVector<UnitVersion> v = store->unitHistory(expected);
        QCOMPARE(v.size(), 1);
        QCOMPARE(v.first().change, UnitChange::Drawn);
        QCOMPARE(v.first().justification, why);
        QVERIFY(v.first().overriddenProblems > 0);
        QVERIFY(!checkOf(*store, community).problems.isEmpty());

        // The topology dock finds the overlap, shows it on the map, and lists the units with no boundary yet.
        TopologyDock *dock = c.module->dock();
        QCOMPARE(dock->objectName(), QStringLiteral("gridTopologyDock"));
        QCOMPARE(dock->withoutBoundaryList()->count(), store->unitsWithoutBoundary().size());
        QVERIFY(dock->withoutBoundaryList()->count() > 1000);
        QTest::mouseClick(dock->checkButton(), Qt::LeftButton);
        // While it runs (on a worker thread) it can be stopped, and not started twice.
        QVERIFY(!dock->checkButton()->isEnabled());
        QVERIFY(dock->cancelButton()->isVisibleTo(dock));
        QVERIFY(dock->progressBar()->isVisibleTo(dock));
        QTRY_VERIFY_WITH_TIMEOUT(dock->checkButton()->isEnabled(), 60000);
        QVERIFY(!dock->cancelButton()->isVisibleTo(dock));
        const topology::TopologyReport &report = dock->report();
        int overlap = -1;
        for (int i = 0; i < report.problems.size(); ++i)
            if (report.problems[i].kind == topology::ProblemKind::Overlap && report.problems[i].units.contains(expected))
                overlap = i;
        QVERIFY2(overlap >= 0, qPrintable(dock->summaryLabel()->text()));
        QCOMPARE(dock->problemTable()->rowCount(), report.problems.size());
        QVERIFY(dock->progressBar()->maximum() > 1);
        QVERIFY(c.module->problemMarkers()->markerCount() > 0);
        c.canvas()->setExtent(c.session->layers().fullExtent());
        auto *zoom = qobject_cast<QToolButton *>(dock->problemTable()->cellWidget(overlap, 2));
        QVERIFY(zoom);
        QTest::mouseClick(zoom, Qt::LeftButton);
        const GeoPoint at = report.problems[overlap].location;
        const QgsPointXY atMap = c.mouse().toMap().transform(QgsPointXY(at.x, at.y));
        QVERIFY(c.canvas()->extent().contains(atMap));
        QVERIFY(c.canvas()->extent().width() < c.session->layers().fullExtent().width() / 3);
    }

    void drawIntoAGapSnapsAndSavesClean()
    {
        // A gap: the administrator takes a corner off a grid (the triangle
        // of one vertex and its two neighbours along the ring).
        auto store = m_backend.open();
        const AdminUnit community = freshCommunity(*store, [](const QVector<AdminUnit> &g) { return g.size() >= 2; });
        QVERIFY(!community.code.isEmpty());
        AdminUnit grid = gridsOf(*store, community.code).first();
        const QgsGeometry shape = shapeOf(grid);
        const QgsPolylineXY ring = (shape.isMultipart() ? shape.asMultiPolygon().first() : shape.asPolygon()).first();
        // Corners with no other vertex of any grid within about 100 m, so
        // that a click a few pixels off snaps to them and to nothing else.
        QVector<QgsPointXY> vertices;
        for (const AdminUnit &g : store->adminUnits(int(AdminLevel::Grid))) {
            const QgsGeometry s = shapeOf(g);
            for (auto it = s.vertices_begin(); it != s.vertices_end(); ++it)
                vertices << QgsPointXY(*it);
        }
        const auto alone = [&vertices](const QgsPointXY &p) {
            return std::none_of(vertices.cbegin(), vertices.cend(), [&p](const QgsPointXY &v) {
                const double d = v.distance(p);
                return d > 1e-9 && d < 1e-3;
            });
        };
        int cut = -1;
        for (int i = 1; i + 1 < ring.size() && cut < 0; ++i) {
            if (!alone(ring[i - 1]) || !alone(ring[i]) || !alone(ring[i + 1]))
                continue;
            // A corner that sticks out (taking it off leaves the grid inside its old outline).
            const QgsGeometry corner = QgsGeometry::fromPolygonXY({{ring[i - 1], ring[i], ring[i + 1], ring[i - 1]}});
            QgsPolylineXY rest = ring;
            rest.removeAt(i);
            const QgsGeometry remaining = QgsGeometry::fromPolygonXY({rest});
            if (corner.area() > shape.area() * 0.05 && remaining.isGeosValid()
                && qAbs(remaining.area() + corner.area() - shape.area()) < shape.area() * 1e-9)
                cut = i;
        }
        QVERIFY(cut > 0);
        QgsPolylineXY smaller = ring;
        smaller.removeAt(cut);
        QVector<QgsPointXY> corners{ring[cut - 1], ring[cut], ring[cut + 1]};
        {
            auto admin = m_backend.openAs(login("admin"), kPassword);
            QVERIFY(admin);
            GridEdit gap;
            gap.change = UnitChange::Reshaped;
            AdminUnit g = grid;
            g.geometry = map::toMultiPolygon(QgsGeometry::fromPolygonXY({smaller}));
            gap.grids << g;
            gap.justification = QStringLiteral("test: a gap to draw into");
            admin->saveGridEdit(gap);
        }
        store = m_backend.open();
        QVERIFY(!hasVertex(shapeOf(*store->adminUnit(grid.code)), corners[1]));
        QVERIFY(!checkOf(*store, community).problems.isEmpty());
        const QString expected = store->nextGridCode(community.code);

        Console c = open("centre");
        QVERIFY(c.module);
        show(c, community);
        use(c.module->drawAction());
        for (const QgsPointXY &p : corners)
            c.mouse().click(c.mouse().pixel(p) + QPoint(3, -3)); // a little off: snapping puts them on the corners
        c.mouse().click(c.mouse().pixel(corners.first()), Qt::RightButton);
        QVERIFY2(c.module->sketch().isDirty(), qPrintable(c.module->lastMessage()));
        const std::optional<GridStore::SavedEdit> saved = saveClean(c);
        QVERIFY(saved);
        QCOMPARE(saved->created, QStringList{expected});

        store = m_backend.open();
        const QgsGeometry drawn = shapeOf(*store->adminUnit(expected));
        for (const QgsPointXY &p : corners)
            QVERIFY2(hasVertex(drawn, p), qPrintable(p.toString(9)));
        QVERIFY(checkOf(*store, community).problems.isEmpty());
        QCOMPARE(store->unitHistory(expected).first().change, UnitChange::Drawn);
    }
};

GRIDDESK_QGIS_TEST_MAIN(TestGridEditing, griddesk::app::initResources)
#include "test_grid_editing.moc"
