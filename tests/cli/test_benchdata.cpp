// griddesk-admin bench-data from a shell, into a GeoPackage and (the _pg
// variant) into an empty server database: the real 石臼街道 with its 14
// communities from the shared division tree, Voronoi grids that tile their
// community, cameras, cases and residents where they belong; bad input is
// named and leaves nothing behind.
#include "AdminRun.h"
#include "DivisionCode.h"
#include "GeodesicArea.h"
#include "PolygonOps.h"
#include "TestBackend.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace griddesk;

namespace {

const QString kDivisions = QStringLiteral(GRIDDESK_SHARED_DATA "/rizhao_3711_divisions.csv");

double areaOf(const MultiPolygon &mp)
{
    double a = 0;
    for (const Polygon &p : mp.polygons)
        for (int r = 0; r < p.rings.size(); ++r)
            a += (r == 0 ? 1 : -1) * test::geodesicArea(p.rings[r]);
    return a;
}

qint64 count(Store &store, const QString &sql)
{
    QSqlQuery q(store.database());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

class TestBenchData : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::TestBackend m_backend;
    QString m_target;
    test::AdminRun m_run;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(test::adminProgram()), "GRIDDESK_ADMIN must name the built griddesk-admin");
        QVERIFY2(QFile::exists(kDivisions), qPrintable(kDivisions + QStringLiteral(" is missing")));
        m_target = m_backend.createEmpty(m_dir, QStringLiteral("township.gpkg"));
        m_run = test::admin({QStringLiteral("bench-data"), QStringLiteral("--scale"), QStringLiteral("township"),
                             QStringLiteral("--divisions"), kDivisions, QStringLiteral("--incidents"),
                             QStringLiteral("4000"), m_target});
        QVERIFY2(m_run.exitCode == 0, qPrintable(m_run.err));
    }

    void theRealTownshipWithItsCommunities()
    {
        auto store = m_backend.open();
        const QVector<AdminUnit> townships = store->adminUnits(int(AdminLevel::Township));
        QCOMPARE(townships.size(), 1);
        QCOMPARE(townships.first().code, QStringLiteral("371102002000"));
        QCOMPARE(townships.first().name, QStringLiteral("石臼街道"));
        const QVector<AdminUnit> communities = store->adminUnits(int(AdminLevel::Community));
        QCOMPARE(communities.size(), 14);
        // Every community of the division list, by code and name.
        QFile f(kDivisions);
        QVERIFY(f.open(QIODevice::ReadOnly));
        int listed = 0;
        for (const QByteArray &line : f.readAll().split('\n'))
            if (line.startsWith("5,371102002")) {
                const QList<QByteArray> c = line.trimmed().split(',');
                ++listed;
                const auto it = std::find_if(communities.cbegin(), communities.cend(),
                                             [&](const AdminUnit &u) { return u.code == QString::fromUtf8(c[1]); });
                QVERIFY2(it != communities.cend(), c[1].constData());
                QCOMPARE(it->name, QString::fromUtf8(c[2]));
            }
        QCOMPARE(listed, 14);
        QVERIFY(m_run.out.contains(QStringLiteral("1 townships, 14 communities")));
    }

    void gridsTileTheirCommunities()
    {
        auto store = m_backend.open();
        const QVector<AdminUnit> communities = store->adminUnits(int(AdminLevel::Community));
        const QVector<AdminUnit> grids = store->adminUnits(int(AdminLevel::Grid));
        QVERIFY2(grids.size() >= 6 * 14 && grids.size() <= 12 * 14, qPrintable(QString::number(grids.size())));
        qint64 population = 0;
        double vertices = 0;
        for (const AdminUnit &c : communities) {
            double area = 0;
            int own = 0;
            for (const AdminUnit &g : grids)
                if (g.parentCode == c.code) {
                    QVERIFY2(divisioncode::isValid(g.code, AdminLevel::Grid), qPrintable(g.code));
                    QCOMPARE(g.code.left(12), c.code);
                    area += areaOf(g.geometry);
                    population += g.population;
                    for (const Polygon &p : g.geometry.polygons)
                        vertices += p.rings.first().size() - 1;
                    ++own;
                }
            QVERIFY2(own >= 6 && own <= 12, qPrintable(c.code));
            const double whole = areaOf(c.geometry);
            QVERIFY2(std::abs(area - whole) < whole * 1e-6, qPrintable(QStringLiteral("%1: grids %2 m², community %3 m²")
                                                                          .arg(c.code).arg(area).arg(whole)));
        }
        // About 50 vertices a ring, and a population that counts the residents.
        QVERIFY2(std::abs(vertices / grids.size() - 50.0) < 3.0, qPrintable(QString::number(vertices / grids.size())));
        QCOMPARE(population, count(*store, QStringLiteral("SELECT count(*) FROM residents")));
        const test::AdminRun topology = test::admin({QStringLiteral("units"), QStringLiteral("check-topology"),
                                                     QStringLiteral("--db"), m_target, QStringLiteral("--language"),
                                                     QStringLiteral("en")});
        QVERIFY2(topology.exitCode == 0, qPrintable(topology.out + topology.err));
    }

    void casesCamerasAndHousesWhereTheyBelong()
    {
        auto store = m_backend.open();
        QHash<QString, AdminUnit> grids;
        for (const AdminUnit &g : store->adminUnits(int(AdminLevel::Grid)))
            grids.insert(g.code, g);
        QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM incidents")), qint64(4000));
        // Five years of cases: most closed, a few still open, each with its history.
        const qint64 open = count(*store, QStringLiteral("SELECT count(*) FROM incidents WHERE closed_at IS NULL"));
        QVERIFY2(open > 0 && open < 400, qPrintable(QString::number(open)));
        QVERIFY(count(*store, QStringLiteral("SELECT count(*) FROM incident_history")) > 4 * 4000);
        QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM incidents i WHERE NOT EXISTS "
                                              "(SELECT 1 FROM incident_history h WHERE h.incident_id = i.fid)")),
                 qint64(0));
        IncidentQuery all;
        all.limit = 500;
        const QVector<Incident> sample = store->incidents(all);
        QCOMPARE(sample.size(), 500);
        for (const Incident &i : sample) {
            QVERIFY2(grids.contains(i.gridCode), qPrintable(i.code));
            QVERIFY2(polygon::contains(grids.value(i.gridCode).geometry, i.location), qPrintable(i.code));
        }
        // 417 cameras: 50,000 for the city's 1,679 communities, in proportion.
        const QVector<Camera> cameras = store->cameras();
        QCOMPARE(cameras.size(), 417);
        for (const Camera &c : cameras)
            QVERIFY2(polygon::contains(grids.value(c.gridCode).geometry, c.location), qPrintable(c.deviceId));
        const qint64 houses = count(*store, QStringLiteral("SELECT count(*) FROM houses"));
        QVERIFY2(houses >= 40 * grids.size() && houses <= 94 * grids.size(), qPrintable(QString::number(houses)));
        QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM residents r WHERE NOT EXISTS "
                                              "(SELECT 1 FROM houses h WHERE h.house_no = r.house_no)")),
                 qint64(0));
    }

    void badInputIsNamedAndLeavesNothing()
    {
        const QString file = m_dir.filePath(QStringLiteral("bad.gpkg"));
        const auto run = [&](const QStringList &extra) {
            return test::admin(QStringList{QStringLiteral("bench-data")} + extra + QStringList{file});
        };
        test::AdminRun r = run({QStringLiteral("--scale"), QStringLiteral("county"), QStringLiteral("--divisions"), kDivisions});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--scale must be township, district or city, not \"county\"")), qPrintable(r.err));
        r = run({QStringLiteral("--scale"), QStringLiteral("township"), QStringLiteral("--divisions"),
                 m_dir.filePath(QStringLiteral("missing.csv"))});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("missing.csv")), qPrintable(r.err));
        r = run({QStringLiteral("--scale"), QStringLiteral("district"), QStringLiteral("--unit"),
                 QStringLiteral("371102002000"), QStringLiteral("--divisions"), kDivisions});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("has no district 371102002000"), Qt::CaseInsensitive), qPrintable(r.err));
        r = run({QStringLiteral("--scale"), QStringLiteral("township"), QStringLiteral("--incidents"), QStringLiteral("-5"),
                 QStringLiteral("--divisions"), kDivisions});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--incidents must be a whole number from 0 to 5000000")), qPrintable(r.err));
        QVERIFY(!QFile::exists(file));
        QVERIFY(!QFile::exists(file + QStringLiteral(".partial")));
        // Data already there is never overwritten: a file without --force, a
        // server database that holds divisions in any case.
        r = test::admin({QStringLiteral("bench-data"), QStringLiteral("--scale"), QStringLiteral("township"),
                         QStringLiteral("--divisions"), kDivisions, m_target});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(test::TestBackend::isPg() ? QStringLiteral("already holds divisions")
                                                          : QStringLiteral("already exists; use --force")),
                 qPrintable(r.err));
        auto store = m_backend.open();
        QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM incidents")), qint64(4000));
    }
};

QTEST_GUILESS_MAIN(TestBenchData)
#include "test_benchdata.moc"
