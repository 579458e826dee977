// griddesk-admin units import-boundaries and export-boundaries on the demo
// township (a GeoPackage, or a copy on the test server): exit codes as
// units check-topology has them, messages that name what is wrong and
// where, an override that writes, and an export that imports back.
#include "AdminRun.h"
#include "BoundaryFiles.h"
#include "TestBackend.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace griddesk;

namespace {
const QString kCommunity = QString::fromLatin1(test::kNewCommunity);
}

class TestBoundariesCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::TestBackend m_backend;

    test::AdminRun run(QStringList args) const
    {
        args.prepend(QStringLiteral("units"));
        args << QStringLiteral("--db") << m_backend.location();
        return test::admin(args);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(test::adminProgram()), "GRIDDESK_ADMIN must name the built griddesk-admin");
        m_backend.createDemo(m_dir);
    }

    void usageErrors()
    {
        const QString file = m_dir.filePath(QStringLiteral("none.geojson"));
        test::AdminRun r = run({QStringLiteral("import-boundaries"), file});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--level is required")), qPrintable(r.err));
        r = run({QStringLiteral("import-boundaries"), file, QStringLiteral("--level"), QStringLiteral("grid"),
                 QStringLiteral("--crs"), QStringLiteral("EPSG:3857")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--crs: \"EPSG:3857\" is not one of")), qPrintable(r.err));
        r = run({QStringLiteral("import-boundaries"), file, QStringLiteral("--level"), QStringLiteral("grid"),
                 QStringLiteral("--encoding"), QStringLiteral("KOI8-R")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--encoding: \"KOI8-R\"")), qPrintable(r.err));
        r = run({QStringLiteral("import-boundaries"), file, QStringLiteral("--level"), QStringLiteral("grid")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no such file")), qPrintable(r.err));
    }

    // The community from GeoJSON, then its grids from a GBK Shapefile in a
    // Gauss-Krüger zone, which needs --encoding as it has no .cpg.
    void importCommunityThenGrids()
    {
        const QString community = m_dir.filePath(QStringLiteral("community.geojson"));
        QVERIFY(test::writeBoundaryFile(community, "GeoJSON", 4326,
                                        {{kCommunity, QStringLiteral("新城社区"), test::newCommunityWgs84(), {}}}));
        test::AdminRun r = run({QStringLiteral("import-boundaries"), community, QStringLiteral("--level"),
                                QStringLiteral("community"), QStringLiteral("--language"), QStringLiteral("en")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("1 features (EPSG:4326); 1 units added")), qPrintable(r.out));

        const QString grids = m_dir.filePath(QStringLiteral("grids.shp"));
        QVERIFY(test::writeBoundaryFile(grids, "ESRI Shapefile", 4549,
                                        {{kCommunity + QStringLiteral("001"), QStringLiteral("东风网格"), test::westGridGk(), {}},
                                         {kCommunity + QStringLiteral("002"), QStringLiteral("西湖网格"), test::eastGridGk(), {}}},
                                        {QStringLiteral("ENCODING=GBK")}, QStringLiteral("DM"), QStringLiteral("MC")));
        test::setCpg(grids, {});
        r = run({QStringLiteral("import-boundaries"), grids, QStringLiteral("--level"), QStringLiteral("grid")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no field is named code")) && r.err.contains(QStringLiteral("--code-field")),
                 qPrintable(r.err));
        r = run({QStringLiteral("import-boundaries"), grids, QStringLiteral("--level"), QStringLiteral("grid"),
                 QStringLiteral("--code-field"), QStringLiteral("DM"), QStringLiteral("--name-field"), QStringLiteral("MC")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("feature 1, MC: the text is not UTF-8")), qPrintable(r.err));
        r = run({QStringLiteral("import-boundaries"), grids, QStringLiteral("--level"), QStringLiteral("grid"),
                 QStringLiteral("--code-field"), QStringLiteral("DM"), QStringLiteral("--name-field"), QStringLiteral("MC"),
                 QStringLiteral("--encoding"), QStringLiteral("gbk"), QStringLiteral("--language"), QStringLiteral("en")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("2 features (EPSG:4549); 2 units added")), qPrintable(r.out));
        auto store = m_backend.open();
        QCOMPARE(store->adminUnit(kCommunity + QStringLiteral("002"))->name, QStringLiteral("西湖网格"));
    }

    // A planted overlap exits 3 with the problems and writes nothing; an
    // override writes it.
    void overlapThenOverride()
    {
        const QString path = m_dir.filePath(QStringLiteral("overlap.geojson"));
        QVERIFY(test::writeBoundaryFile(path, "GeoJSON", 4326,
                                        {{kCommunity + QStringLiteral("003"), QStringLiteral("重叠网格"),
                                          test::overlappingGridWgs84(), {}}}));
        const QStringList args{QStringLiteral("import-boundaries"), path, QStringLiteral("--level"), QStringLiteral("grid"),
                               QStringLiteral("--language"), QStringLiteral("zh_CN")};
        test::AdminRun r = run(args);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(kCommunity + QStringLiteral("003")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("nothing was written")), qPrintable(r.err));
        QVERIFY(!m_backend.open()->adminUnit(kCommunity + QStringLiteral("003")));
        r = run(args + QStringList{QStringLiteral("--override"), QStringLiteral("agreed at the joint meeting")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("justification is recorded")), qPrintable(r.out));
        QVERIFY(m_backend.open()->adminUnit(kCommunity + QStringLiteral("003")));
    }

    // An export in a GK zone with GBK text imports back without change of
    // values; GeoJSON in anything but WGS84 is refused with no file left.
    void exportImportsBack()
    {
        const QString path = m_dir.filePath(QStringLiteral("out.shp"));
        test::AdminRun r = run({QStringLiteral("export-boundaries"), path, QStringLiteral("--level"), QStringLiteral("community"),
                                QStringLiteral("--crs"), QStringLiteral("EPSG:4549"), QStringLiteral("--encoding"),
                                QStringLiteral("GBK")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const int communities = int(m_backend.open()->unitsWithBoundary(5).size());
        QVERIFY2(r.out.contains(QStringLiteral("%1 boundaries written").arg(communities)), qPrintable(r.out));
        QFile cpg(m_dir.filePath(QStringLiteral("out.cpg")));
        QVERIFY(cpg.open(QIODevice::ReadOnly));
        QCOMPARE(cpg.readAll().trimmed(), QByteArray("GBK"));
        r = run({QStringLiteral("import-boundaries"), path, QStringLiteral("--level"), QStringLiteral("community"),
                 QStringLiteral("--language"), QStringLiteral("en")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("(EPSG:4549); 0 units added")), qPrintable(r.out));

        const QString json = m_dir.filePath(QStringLiteral("out.geojson"));
        r = run({QStringLiteral("export-boundaries"), json, QStringLiteral("--crs"), QStringLiteral("EPSG:4490")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("WGS84")), qPrintable(r.err));
        QVERIFY(!QFile::exists(json));
        r = run({QStringLiteral("export-boundaries"), m_dir.filePath(QStringLiteral("out.txt"))});
        QCOMPARE(r.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestBoundariesCli)
#include "test_boundaries_cli.moc"
