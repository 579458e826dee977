// griddesk-admin units check-topology from a shell: the demo township is
// clean; a grid planted over another is named with its place and size, in
// the reader's language, and the exit code says problems were found.
#include "GpkgStore.h"
#include "PolygonOps.h"
#include "AdminRun.h"
#include "GeodesicArea.h"
#include "TestDemo.h"


#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace griddesk;
using griddesk::test::geodesicArea;

namespace {
Ring square(const GeoPoint &c, double half)
{
    return Ring({{c.x - half, c.y - half}, {c.x + half, c.y - half}, {c.x + half, c.y + half},
                 {c.x - half, c.y + half}, {c.x - half, c.y - half}});
}

} // namespace

class TestTopologyCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_township;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(test::adminProgram()), "GRIDDESK_ADMIN must name the built griddesk-admin");
        m_db = m_dir.filePath(QStringLiteral("topology.gpkg"));
        const test::AdminRun r = test::admin({QStringLiteral("demo"), m_db});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        m_township = GpkgStore::open(m_db)->adminUnits(int(AdminLevel::Township)).first().code;
    }

    void demoIsClean()
    {
        const test::AdminRun r = test::admin({QStringLiteral("units"), QStringLiteral("check-topology"), QStringLiteral("--db"), m_db,
                             QStringLiteral("--township"), m_township, QStringLiteral("--language"),
                             QStringLiteral("en")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("14 communities and 42 grids checked: no problems\n"));
    }

    void rejectsBadInputByName_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("tolerance") << QStringList{QStringLiteral("--tolerance"), QStringLiteral("lots")} << 2
                                   << QStringLiteral("--tolerance: \"lots\" is not an area");
        QTest::newRow("negative") << QStringList{QStringLiteral("--tolerance=-1")} << 2
                                  << QStringLiteral("--tolerance: \"-1\" is not an area");
        QTest::newRow("township") << QStringList{QStringLiteral("--township"), QStringLiteral("371102999000")} << 1
                                  << QStringLiteral("there is no township 371102999000");
        QTest::newRow("language") << QStringList{QStringLiteral("--language"), QStringLiteral("fr")} << 2
                                  << QStringLiteral("--language: \"fr\" is not zh_CN or en");
    }

    void rejectsBadInputByName()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const test::AdminRun r = test::admin(QStringList{QStringLiteral("units"), QStringLiteral("check-topology"),
                                        QStringLiteral("--db"), m_db} + args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    // Last: it changes the database.
    void plantedOverlapIsListedInChinese()
    {
        const GeoPoint centre = [&] {
            auto store = GpkgStore::open(m_db);
            const AdminUnit first = store->adminUnits(int(AdminLevel::Grid)).first();
            const GeoPoint c = polygon::centroid(first.geometry);
            AdminUnit planted = first;
            planted.id = 0;
            planted.code = first.parentCode + QStringLiteral("901");
            planted.name = planted.shortName = QStringLiteral("重叠网格");
            planted.geometry.polygons = {Polygon{{square(c, 0.0002)}}};
            store->addAdminUnits({planted});
            return c;
        }();
        auto store = GpkgStore::open(m_db);
        const AdminUnit first = store->adminUnits(int(AdminLevel::Grid)).first();
        store.reset();

        const test::AdminRun r = test::admin({QStringLiteral("unit"), QStringLiteral("check-topology"), QStringLiteral("--db"), m_db,
                             QStringLiteral("--language"), QStringLiteral("zh_CN")});
        QCOMPARE(r.exitCode, 3);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[1], QStringLiteral("已检查 14 个社区、43 个网格：发现 1 个问题"));
        const QStringList fields = lines[0].split(QLatin1Char('\t'));
        QCOMPARE(fields.size(), 3);
        QCOMPARE(fields[0], QStringLiteral("网格重叠"));
        const QStringList lonLat = fields[1].split(QStringLiteral(", "));
        QCOMPARE(lonLat.size(), 2);
        QVERIFY(std::abs(lonLat[0].toDouble() - centre.x) < 0.0002);
        QVERIFY(std::abs(lonLat[1].toDouble() - centre.y) < 0.0002);
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("^网格 (\\d{15}) 与网格 (\\d{15}) 重叠 ([\\d,]+) 平方米$")).match(fields[2]);
        QVERIFY2(m.hasMatch(), qPrintable(fields[2]));
        QCOMPARE(m.captured(1), first.code);
        QCOMPARE(m.captured(2), first.parentCode + QStringLiteral("901"));
        const double area = m.captured(3).remove(QLatin1Char(',')).toDouble();
        const double expected = geodesicArea(square(centre, 0.0002));
        QVERIFY2(std::abs(area - expected) <= 1.0, qPrintable(QStringLiteral("%1 against %2").arg(area).arg(expected)));
    }
};

QTEST_GUILESS_MAIN(TestTopologyCli)
#include "test_topology_cli.moc"
