// The demo township: real names and codes, an exact tiling (no gap, no
// overlap), realistic contents, a valid GeoPackage, and no partial files.
#include "DemoHistory.h"
#include "DemoNames.h"
#include "DeadlineClock.h"
#include "DemoTownship.h"
#include "IncidentWorkflow.h"
#include "GpkgStore.h"
#include "PolygonOps.h"
#include "StoreError.h"
#include "TestDemo.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <geos_c.h>

#include <cmath>

using namespace griddesk;

namespace {

// Minimal GEOS wrapper for the tiling checks, in degrees.
class Geos
{
public:
    Geos() : h(GEOS_init_r()) {}
    ~Geos() { GEOS_finish_r(h); }
    GEOSGeometry *make(const MultiPolygon &mp) const
    {
        std::vector<GEOSGeometry *> polys;
        for (const Polygon &p : mp.polygons) {
            std::vector<GEOSGeometry *> rings;
            for (const Ring &r : p.rings) {
                GEOSCoordSequence *seq = GEOSCoordSeq_create_r(h, unsigned(r.size()), 2);
                for (int i = 0; i < r.size(); ++i) {
                    GEOSCoordSeq_setX_r(h, seq, unsigned(i), r[i].x);
                    GEOSCoordSeq_setY_r(h, seq, unsigned(i), r[i].y);
                }
                rings.push_back(GEOSGeom_createLinearRing_r(h, seq));
            }
            polys.push_back(GEOSGeom_createPolygon_r(h, rings[0], rings.data() + 1, unsigned(rings.size() - 1)));
        }
        return GEOSGeom_createCollection_r(h, GEOS_MULTIPOLYGON, polys.data(), unsigned(polys.size()));
    }
    double area(const GEOSGeometry *g) const
    {
        double a = 0;
        GEOSArea_r(h, g, &a);
        return a;
    }
    GEOSContextHandle_t h;
};

} // namespace

class TestDemoTownship : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Store> m_store;

private Q_SLOTS:
    void initTestCase()
    {
        m_path = test::createDemo(m_dir);
        m_store = GpkgStore::open(m_path, GpkgStore::Access::ReadOnly);
    }
    void cleanupTestCase() { m_store.reset(); }

    void hierarchyAndCounts()
    {
        QCOMPARE(m_store->adminUnits(int(AdminLevel::District)).size(), 1);
        QCOMPARE(m_store->adminUnits(int(AdminLevel::Township)).size(), 1);
        const QVector<AdminUnit> communities = m_store->adminUnits(int(AdminLevel::Community));
        const QVector<AdminUnit> grids = m_store->adminUnits(int(AdminLevel::Grid));
        QCOMPARE(communities.size(), 14);
        QVERIFY2(grids.size() >= 36 && grids.size() <= 48, "about 40 grids");
        QSet<QString> communityCodes;
        for (const AdminUnit &c : communities)
            communityCodes.insert(c.code);
        for (const AdminUnit &g : grids) {
            QVERIFY2(communityCodes.contains(g.parentCode), qPrintable(g.code));
            QVERIFY(g.code.startsWith(g.parentCode));
            QCOMPARE(g.code.size(), 15);
        }
        QCOMPARE(m_store->cameras().size(), 150);
        QCOMPARE(m_store->incidents().size(), 500);
    }

    void namesAndCodesAreReal()
    {
        const QString csv = QStringLiteral(GRIDDESK_SHARED_DATA) + QStringLiteral("/rizhao_3711_divisions.csv");
        QFile f(csv);
        if (!f.open(QIODevice::ReadOnly))
            QSKIP("the shared division tree is not available");
        QHash<QString, QPair<QString, QString>> division; // code -> (name, parent)
        const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
        for (const QString &line : lines.mid(1)) {
            const QStringList cols = line.trimmed().split(QLatin1Char(','));
            if (cols.size() == 4)
                division.insert(cols[1], {cols[2], cols[3]});
        }
        for (const AdminUnit &u : m_store->adminUnits()) {
            if (u.level == AdminLevel::Grid)
                continue;
            QVERIFY2(division.contains(u.code), qPrintable(u.code));
            QCOMPARE(u.name, division.value(u.code).first);
            if (u.level != AdminLevel::District)
                QCOMPARE(u.parentCode, division.value(u.code).second);
        }
        // Every community of the real township is there.
        int expected = 0;
        for (auto it = division.cbegin(); it != division.cend(); ++it)
            if (it.value().second == QLatin1String("371102002000"))
                ++expected;
        QCOMPARE(m_store->adminUnits(int(AdminLevel::Community)).size(), expected);
    }

    void sitsAtTheRealTownship()
    {
        const AdminUnit t = m_store->adminUnits(int(AdminLevel::Township)).first();
        const GeoPoint c = polygon::centroid(t.geometry);
        // 石臼街道, 日照市东港区: about 119.53 E, 35.39 N.
        QVERIFY2(std::fabs(c.x - 119.53) < 0.05 && std::fabs(c.y - 35.39) < 0.05,
                 qPrintable(QStringLiteral("%1 %2").arg(c.x).arg(c.y)));
        const GeoBounds b = polygon::bounds(t.geometry);
        QVERIFY(b.maxX - b.minX > 0.03 && b.maxX - b.minX < 0.15);
    }

    void tilingHasNoGapsOrOverlaps()
    {
        Geos g;
        const QVector<AdminUnit> communities = m_store->adminUnits(int(AdminLevel::Community));
        const QVector<AdminUnit> grids = m_store->adminUnits(int(AdminLevel::Grid));
        const AdminUnit township = m_store->adminUnits(int(AdminLevel::Township)).first();

        auto checkTiling = [&](const AdminUnit &parent, const QVector<AdminUnit> &children) {
            GEOSGeometry *whole = g.make(parent.geometry);
            QVERIFY2(GEOSisValid_r(g.h, whole) == 1, qPrintable(parent.code));
            const double wholeArea = g.area(whole);
            double sum = 0;
            std::vector<GEOSGeometry *> parts;
            for (const AdminUnit &c : children) {
                GEOSGeometry *part = g.make(c.geometry);
                QVERIFY2(GEOSisValid_r(g.h, part) == 1, qPrintable(c.code));
                QCOMPARE(int(c.geometry.polygons.size()), 1); // one piece each
                sum += g.area(part);
                parts.push_back(part);
            }
            // No overlap: the pieces' areas add up to the whole; no gap: their union is the whole.
            QVERIFY2(std::fabs(sum - wholeArea) < wholeArea * 1e-9, qPrintable(parent.code));
            for (size_t i = 0; i < parts.size(); ++i)
                for (size_t j = i + 1; j < parts.size(); ++j) {
                    GEOSGeometry *x = GEOSIntersection_r(g.h, parts[i], parts[j]);
                    QVERIFY(g.area(x) < wholeArea * 1e-12);
                    GEOSGeom_destroy_r(g.h, x);
                }
            GEOSGeometry *coll = GEOSGeom_createCollection_r(g.h, GEOS_GEOMETRYCOLLECTION, parts.data(), unsigned(parts.size()));
            GEOSGeometry *u = GEOSUnaryUnion_r(g.h, coll);
            GEOSGeometry *diff = GEOSSymDifference_r(g.h, u, whole);
            QVERIFY2(g.area(diff) < wholeArea * 1e-9, qPrintable(parent.code));
            for (GEOSGeometry *x : {diff, u, coll, whole})
                GEOSGeom_destroy_r(g.h, x);
        };
        checkTiling(township, communities);
        for (const AdminUnit &c : communities) {
            QVector<AdminUnit> children;
            for (const AdminUnit &gr : grids)
                if (gr.parentCode == c.code)
                    children.push_back(gr);
            QVERIFY(children.size() >= 2);
            checkTiling(c, children);
        }
    }

    void recordsLieInTheirGrids()
    {
        QHash<QString, AdminUnit> grids;
        for (const AdminUnit &g : m_store->adminUnits(int(AdminLevel::Grid)))
            grids.insert(g.code, g);
        for (const Camera &c : m_store->cameras()) {
            QVERIFY(isValidDeviceId(c.deviceId));
            QVERIFY2(polygon::contains(grids.value(c.gridCode).geometry, c.location), qPrintable(c.deviceId));
        }
        for (const Incident &i : m_store->incidents())
            QVERIFY2(polygon::contains(grids.value(i.gridCode).geometry, i.location), qPrintable(i.code));
    }

    void incidentsAreRealistic()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QHash<int, int> byState;
        int overdue = 0;
        for (const Incident &i : m_store->incidents()) {
            QVERIFY(i.reportedAt <= now);
            QVERIFY(i.reportedAt >= now.addDays(-91));
            ++byState[int(i.state)];
            if (incidentstate::isOpen(i.state) && i.dueAt < now)
                ++overdue;
            if (!incidentstate::isOpen(i.state))
                QVERIFY2(i.closedAt.isValid() && i.closedAt >= i.reportedAt, qPrintable(i.code));
        }
        QVERIFY(byState.value(int(IncidentState::Closed)) > 250);
        QVERIFY(byState.value(int(IncidentState::Rejected)) > 0);
        QVERIFY(byState.value(int(IncidentState::Reported)) > 0);
        QVERIFY(byState.value(int(IncidentState::Handling)) + byState.value(int(IncidentState::Dispatched)) > 0);
        QVERIFY(overdue > 2);
    }

    void historyReplaysToTheCurrentState()
    {
        for (const Incident &i : m_store->incidents()) {
            const QVector<IncidentHistoryEntry> h = m_store->history(i.id);
            QVERIFY(!h.isEmpty());
            QCOMPARE(h.first().action, QStringLiteral("report"));
            IncidentState state = h.first().stateAfter;
            for (int k = 1; k < h.size(); ++k) {
                QVERIFY(h[k].hasStateBefore);
                QCOMPARE(h[k].stateBefore, state);
                QVERIFY(h[k].at >= h[k - 1].at);
                state = h[k].stateAfter;
            }
            QCOMPARE(state, i.state);
        }
    }

    void storedCaseEqualsAReplayOfItsHistory()
    {
        // The policy's rule: the current state always equals a replay of the
        // history, for every case; and the stored deadlines are the clocks' own.
        int supervised = 0, escalated = 0, evaluated = 0, reworked = 0;
        for (const Incident &i : m_store->incidents()) {
            QVector<WorkflowRequest> steps;
            for (const IncidentHistoryEntry &h : m_store->history(i.id))
                steps << h.toRequest();
            QVector<FieldError> errors;
            const std::optional<CaseState> c = IncidentWorkflow::replay(steps, &errors);
            QVERIFY2(c, qPrintable(i.code + QStringLiteral(": ") + joinErrors(errors)));
            QCOMPARE(c->state, i.state);
            QCOMPARE(c->level, i.level);
            QCOMPARE(c->leadDepartment, i.leadDepartment);
            QCOMPARE(c->coDepartments, i.coDepartments);
            QCOMPARE(c->supervised, i.supervised);
            QCOMPARE(c->satisfaction ? satisfaction::code(*c->satisfaction) : QString(), i.satisfaction);
            QCOMPARE(c->reworkCount, i.reworkCount);
            QCOMPARE(c->escalations, i.escalations);
            QCOMPARE(c->acceptedAt, i.acceptedAt);
            QCOMPARE(c->closedAt, i.closedAt);
            Incident restamped = i;
            DeadlineClock(m_store->calendar(), m_store->timeLimits(i.categoryCode)).stamp(restamped);
            QCOMPARE(restamped.dueAt, i.dueAt);
            QCOMPARE(restamped.warnAt, i.warnAt);
            QCOMPARE(restamped.deadlineAt, i.deadlineAt);
            supervised += i.supervised;
            escalated += i.escalations > 0;
            evaluated += !i.satisfaction.isEmpty();
            reworked += i.reworkCount > 0;
        }
        // The demo exercises the whole loop.
        QVERIFY(supervised > 0);
        QVERIFY(escalated > 0);
        QVERIFY(evaluated > 100);
        QVERIFY(reworked > 0);
    }

    void passesTheGeoPackageValidator()
    {
        if (!QFile::exists(QStringLiteral("/usr/bin/python3")))
            QSKIP("no /usr/bin/python3");
        QProcess p;
        p.start(QStringLiteral("/usr/bin/python3"),
                {QStringLiteral("-m"), QStringLiteral("osgeo_utils.samples.validate_gpkg"), m_path});
        QVERIFY(p.waitForFinished(60000));
        const QByteArray output = p.readAllStandardOutput() + p.readAllStandardError();
        QVERIFY2(p.exitCode() == 0 && output.trimmed().isEmpty(), output.constData());
    }

    void backlogAndClosedHistory()
    {
        // The agenda benchmark's township: old cases still open, and closed
        // ones before them, each replaying to its state.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.gpkg"));
        QVERIFY(QFile::copy(m_path, path));
        QFile(path).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        auto store = GpkgStore::open(path);
        IncidentQuery newestFirst;
        newestFirst.limit = 1;
        const QDateTime newest = store->incidents(newestFirst).value(0).reportedAt;
        const int before = int(store->incidents().size());
        QCOMPARE(demo::addOpenBacklog(*store, 120, 90, 365), 120);
        QCOMPARE(demo::addClosedHistory(*store, 200, 90), 200);
        const QVector<Incident> all = store->incidents();
        QCOMPARE(all.size(), before + 320);
        int backlog = 0, closed = 0;
        for (const Incident &i : all) {
            if (i.code.startsWith(QLatin1Char('B'))) {
                ++backlog;
                QVERIFY2(incidentstate::isOpen(i.state), qPrintable(i.code));
                QVERIFY2(i.reportedAt <= newest.addDays(-90) && i.reportedAt >= newest.addDays(-365 - 90), qPrintable(i.code));
            } else if (i.code.section(QLatin1Char('-'), 1).toInt() > 5000) { // numbered after the demo's own
                ++closed;
                QVERIFY2(!incidentstate::isOpen(i.state), qPrintable(i.code));
                QVERIFY2(i.reportedAt <= newest.addDays(-90), qPrintable(i.code));
            } else {
                continue;
            }
            QVector<WorkflowRequest> steps;
            for (const IncidentHistoryEntry &h : store->history(i.id))
                steps << h.toRequest();
            QVector<FieldError> errors;
            const std::optional<CaseState> c = IncidentWorkflow::replay(steps, &errors);
            QVERIFY2(c && c->state == i.state, qPrintable(i.code + QStringLiteral(": ") + joinErrors(errors)));
        }
        QCOMPARE(backlog, 120);
        QCOMPARE(closed, 200);
    }

    void failureLeavesNoFile()
    {
        QTemporaryDir dir;
        // The target folder is a file: creation must fail cleanly.
        QFile blocker(dir.filePath(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString path = dir.filePath(QStringLiteral("blocker/demo.gpkg"));
        QVERIFY_EXCEPTION_THROWN(demo::createDemoDatabase(path), StoreError);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot), QStringList{QStringLiteral("blocker")});
    }
};

QTEST_GUILESS_MAIN(TestDemoTownship)
#include "test_demotownship.moc"
