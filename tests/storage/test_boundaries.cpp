// Boundaries in and out through GDAL/OGR, on both backends: a GeoJSON file
// in WGS84 and a GBK Shapefile in a Gauss-Krüger zone (with and without
// .cpg) bring a new community and its grids, checked vertex by vertex
// against coordinates worked out beforehand; bad features are named; a
// planted overlap is refused with nothing written, and an administrator's
// override writes it and records the justification; every export format
// reads back to the same codes, names and boundaries.
#include "BoundaryFiles.h"
#include "StoreError.h"
#include "TestBackend.h"
#include "TestPeople.h"
#include "boundaries/BoundaryImport.h"
#include "boundaries/BoundaryReader.h"
#include "boundaries/BoundaryWriter.h"
#include "topology/TopologyText.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace griddesk;
using namespace griddesk::boundaries;

namespace {

const QString kCommunity = QString::fromLatin1(test::kNewCommunity);
const QString kWest = kCommunity + QStringLiteral("001");
const QString kEast = kCommunity + QStringLiteral("002");
const QString kAcross = kCommunity + QStringLiteral("003");

// Whether the stored boundary has a vertex within 1e-6 degrees of (lon, lat).
bool hasVertex(const MultiPolygon &mp, double lon, double lat)
{
    for (const Polygon &p : mp.polygons)
        for (const Ring &r : p.rings)
            for (const GeoPoint &pt : r)
                if (std::fabs(pt.x - lon) < 1e-6 && std::fabs(pt.y - lat) < 1e-6)
                    return true;
    return false;
}

// The largest distance, in degrees, between corresponding vertices; a
// large number when the shapes differ in their parts or rings.
double maxDifference(const MultiPolygon &a, const MultiPolygon &b)
{
    if (a.polygons.size() != b.polygons.size())
        return 1e9;
    double worst = 0.0;
    for (int p = 0; p < a.polygons.size(); ++p) {
        if (a.polygons[p].rings.size() != b.polygons[p].rings.size())
            return 1e9;
        for (int r = 0; r < a.polygons[p].rings.size(); ++r) {
            const Ring &ra = a.polygons[p].rings[r];
            const Ring &rb = b.polygons[p].rings[r];
            if (ra.size() != rb.size())
                return 1e9;
            // RFC 7946 may start a ring elsewhere or turn it round: match sets of vertices.
            for (const GeoPoint &pa : ra) {
                double nearest = 1e9;
                for (const GeoPoint &pb : rb)
                    nearest = std::min(nearest, std::max(std::fabs(pa.x - pb.x), std::fabs(pa.y - pb.y)));
                worst = std::max(worst, nearest);
            }
        }
    }
    return worst;
}

} // namespace

class TestBoundaries : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::TestBackend m_backend;
    QString m_suffix;

    qint64 count(const QString &sql) const
    {
        const QString name = QStringLiteral("boundaries-count");
        qint64 n = -1;
        {
            QSqlDatabase db = m_backend.rawConnection(name);
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                n = q.value(0).toLongLong();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return n;
    }

    QString gbkShapefile(const QString &name, int epsg) const
    {
        const QString path = m_dir.filePath(name);
        const double prefix = epsg == 4528 ? 40000000.0 : 0.0;
        const QString west = test::westGridGk(prefix);
        const QString east = test::eastGridGk(prefix);
        const bool ok = test::writeBoundaryFile(path, "ESRI Shapefile", epsg,
                                                {{kWest, QStringLiteral("东风网格"), west, {}},
                                                 {kEast, QStringLiteral("西湖网格"), east, {}}},
                                                {QStringLiteral("ENCODING=GBK")}, QStringLiteral("编码"),
                                                QStringLiteral("名称"));
        return ok ? path : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qInfo("backend: %s", qPrintable(test::TestBackend::name()));
        m_backend.createDemo(m_dir);
        m_suffix = QStringLiteral("_%1").arg(QCoreApplication::applicationPid());
        auto store = m_backend.open();
        test::addPeople(*store,
                        {{"leader", Role::Leader, QStringLiteral("371102002000"), {}, false},
                         {"staff", Role::CentreStaff, QStringLiteral("371102002000"), {}, false},
                         {"admin", Role::Administrator, {}, {}, false}},
                        m_suffix, QStringLiteral("boundaries-pass-1"));
    }

    // A GeoJSON file in WGS84 brings the new community: its code, name,
    // parent and corners as the file has them.
    void geoJsonInWgs84()
    {
        const QString path = m_dir.filePath(QStringLiteral("community.geojson"));
        QVERIFY(test::writeBoundaryFile(path, "GeoJSON", 4326,
                                        {{kCommunity, QStringLiteral("新城社区"), test::newCommunityWgs84(), {}}}));
        BoundaryReadOptions options;
        options.level = AdminLevel::Community;
        const BoundarySet set = BoundaryReader::read(path, options);
        QCOMPARE(set.sourceEpsg, 4326);
        auto store = m_backend.open();
        const BoundaryImport::Outcome done = BoundaryImport(*store).run(set);
        QVERIFY(done.written);
        QCOMPARE(done.added, 1);
        const std::optional<AdminUnit> c = store->adminUnit(kCommunity);
        QVERIFY(c);
        QCOMPARE(c->name, QStringLiteral("新城社区"));
        QCOMPARE(c->parentCode, QStringLiteral("371102002000"));
        QCOMPARE(c->level, AdminLevel::Community);
        QVERIFY(hasVertex(c->geometry, 119.70, 35.30));
        QVERIFY(hasVertex(c->geometry, 119.74, 35.33));
        // Its history starts with the import.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM unit_versions WHERE code = '%1' AND version = 1 AND "
                                      "valid_to IS NULL AND change = 'imported' AND justification = ''").arg(kCommunity)),
                 1);
    }

    // A GBK .dbf without .cpg is refused, naming the feature and field,
    // until its encoding is given; its grids in EPSG:4549 land on the
    // community's corners.
    void gbkShapefileWithoutCpg()
    {
        const QString path = gbkShapefile(QStringLiteral("grids_nocpg.shp"), 4549);
        QVERIFY(!path.isEmpty());
        test::setCpg(path, {});
        BoundaryReadOptions options;
        options.level = AdminLevel::Grid;
        try {
            BoundaryReader::read(path, options);
            QFAIL("a GBK .dbf without .cpg was read as UTF-8");
        } catch (const StoreError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("field 1: the text is not UTF-8")), qPrintable(e.message()));
            QVERIFY2(e.message().contains(QStringLiteral("GBK")), qPrintable(e.message()));
        }
        // With plain field names, the feature and field with GBK text are named.
        const QString plain = m_dir.filePath(QStringLiteral("plain_nocpg.shp"));
        QVERIFY(test::writeBoundaryFile(plain, "ESRI Shapefile", 4549, {{kWest, QStringLiteral("东风网格"), test::westGridGk(), {}}},
                                        {QStringLiteral("ENCODING=GBK")}));
        test::setCpg(plain, {});
        try {
            BoundaryReader::read(plain, options);
            QFAIL("GBK text without .cpg was read as UTF-8");
        } catch (const StoreError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("feature 1, name: the text is not UTF-8")), qPrintable(e.message()));
            QCOMPARE(e.fieldErrors().first().row, 1);
        }
        options.encoding = QStringLiteral("GBK");
        const BoundarySet set = BoundaryReader::read(path, options);
        QCOMPARE(set.sourceEpsg, 4549);
        QCOMPARE(set.codeField, QStringLiteral("编码"));
        auto store = m_backend.open();
        const BoundaryImport::Outcome done = BoundaryImport(*store).run(set);
        QVERIFY2(done.written, qPrintable(QString::number(done.check.problems.size())));
        QVERIFY(done.check.problems.isEmpty());
        QCOMPARE(done.added, 2);
        QCOMPARE(done.check.communities, 1);
        QCOMPARE(done.check.grids, 2);
        const std::optional<AdminUnit> west = store->adminUnit(kWest);
        const std::optional<AdminUnit> east = store->adminUnit(kEast);
        QVERIFY(west && east);
        QCOMPARE(west->name, QStringLiteral("东风网格"));
        QCOMPARE(east->name, QStringLiteral("西湖网格"));
        QCOMPARE(west->parentCode, kCommunity);
        QCOMPARE(west->level, AdminLevel::Grid);
        QVERIFY(hasVertex(west->geometry, 119.70, 35.30));
        QVERIFY(hasVertex(west->geometry, 119.72, 35.33));
        QVERIFY(hasVertex(east->geometry, 119.74, 35.30));
        QVERIFY(!hasVertex(east->geometry, 119.70, 35.30));
    }

    // The same grids with a .cpg saying 936 or GBK, in the zone family with
    // the zone number in the easting (EPSG:4528), read the same.
    void gbkShapefileWithCpg_data()
    {
        QTest::addColumn<QByteArray>("cpg");
        QTest::addColumn<int>("epsg");
        QTest::newRow("936, EPSG:4528") << QByteArray("936") << 4528;
        QTest::newRow("GBK, EPSG:4549") << QByteArray("GBK") << 4549;
    }
    void gbkShapefileWithCpg()
    {
        QFETCH(QByteArray, cpg);
        QFETCH(int, epsg);
        const QString path = gbkShapefile(QStringLiteral("grids_cpg_%1.shp").arg(epsg), epsg);
        QVERIFY(!path.isEmpty());
        test::setCpg(path, cpg);
        BoundaryReadOptions options;
        const BoundarySet set = BoundaryReader::read(path, options);
        QCOMPARE(set.sourceEpsg, epsg);
        QCOMPARE(set.features.size(), 2);
        QCOMPARE(set.features[0].unit.code, kWest);
        QCOMPARE(set.features[0].unit.name, QStringLiteral("东风网格"));
        QCOMPARE(set.features[1].unit.name, QStringLiteral("西湖网格"));
        QVERIFY(hasVertex(set.features[0].unit.geometry, 119.72, 35.30));
        QVERIFY(hasVertex(set.features[1].unit.geometry, 119.74, 35.33));
    }

    // Each bad feature is named by its number and field, and nothing is written.
    void badFeaturesAreNamed()
    {
        const QString path = m_dir.filePath(QStringLiteral("bad.geojson"));
        QVERIFY(test::writeBoundaryFile(
            path, "GeoJSON", 4326,
            {{kCommunity + QStringLiteral("004"), QStringLiteral("好网格"), test::overlappingGridWgs84(), {}},
             {{}, QStringLiteral("无编码"), test::overlappingGridWgs84(), {}},
             {QStringLiteral("3711"), QStringLiteral("短编码"), test::overlappingGridWgs84(), {}},
             {kCommunity + QStringLiteral("005"), QStringLiteral("线"), QStringLiteral("LINESTRING (119.71 35.31, 119.72 35.32)"), {}},
             {kCommunity + QStringLiteral("006"), QStringLiteral("自交"),
              QStringLiteral("POLYGON ((119.71 35.31, 119.73 35.32, 119.73 35.31, 119.71 35.32, 119.71 35.31))"), {}},
             {kCommunity + QStringLiteral("007"), QStringLiteral("无形"), {}, {}},
             {kCommunity + QStringLiteral("004"), QStringLiteral("重号"), test::overlappingGridWgs84(), {}}}));
        const qint64 units = count(QStringLiteral("SELECT count(*) FROM admin_units"));
        try {
            BoundaryReader::read(path, {});
            QFAIL("bad features were read");
        } catch (const StoreError &e) {
            const QString m = e.message();
            QVERIFY2(m.contains(QStringLiteral("feature 2, code: no code")), qPrintable(m));
            QVERIFY2(m.contains(QStringLiteral("feature 3, code: \"3711\"")), qPrintable(m));
            QVERIFY2(m.contains(QStringLiteral("feature 4, geometry: a Line String, not a polygon")), qPrintable(m));
            QVERIFY2(m.contains(QStringLiteral("feature 5, geometry: invalid geometry")), qPrintable(m));
            QVERIFY2(m.contains(QStringLiteral("feature 6, geometry: no geometry")), qPrintable(m));
            QVERIFY2(m.contains(QStringLiteral("feature 7, code: code %1 is also feature 1").arg(kCommunity + QStringLiteral("004"))),
                     qPrintable(m));
            QVERIFY2(!m.contains(QStringLiteral("feature 1,")), qPrintable(m));
            QCOMPARE(e.fieldErrors().size(), 6);
        }
        // A parent that is not stored is named at the import.
        const QString orphan = m_dir.filePath(QStringLiteral("orphan.geojson"));
        QVERIFY(test::writeBoundaryFile(orphan, "GeoJSON", 4326,
                                        {{QStringLiteral("371102002299001"), QStringLiteral("孤儿网格"),
                                          test::overlappingGridWgs84(), {}}}));
        auto store = m_backend.open();
        try {
            BoundaryImport(*store).run(BoundaryReader::read(orphan, {}));
            QFAIL("a grid with an unknown community was imported");
        } catch (const StoreError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("feature 1, code: unknown parent 371102002299")),
                     qPrintable(e.message()));
        }
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM admin_units")), units);
    }

    // Only administrators import boundaries.
    void onlyAdministrators()
    {
        const QString path = m_dir.filePath(QStringLiteral("leader.geojson"));
        QVERIFY(test::writeBoundaryFile(path, "GeoJSON", 4326,
                                        {{kCommunity, QStringLiteral("新城社区"), test::newCommunityWgs84(), {}}}));
        BoundaryReadOptions options;
        options.level = AdminLevel::Community;
        const BoundarySet set = BoundaryReader::read(path, options);
        auto leader = m_backend.openAs(QStringLiteral("leader") + m_suffix, QStringLiteral("boundaries-pass-1"));
        QVERIFY(leader);
        QVERIFY_EXCEPTION_THROWN(BoundaryImport(*leader).run(set), StoreError);
        // On a server the login decides, also when nobody set a scope (as
        // the command line does): the township's staff, who may edit its
        // grids there, do not import boundary files.
        if (test::TestBackend::isPg()) {
            auto staff = PgStore::open(m_backend.conninfo()
                                       + QStringLiteral(" user=staff%1 password='boundaries-pass-1'").arg(m_suffix));
            try {
                BoundaryImport(*staff).run(set);
                QFAIL("centre staff imported boundaries on the server");
            } catch (const StoreError &e) {
                QVERIFY2(e.message().contains(QStringLiteral("only an administrator may import boundaries")),
                         qPrintable(e.message()));
            }
        }
    }

    // An import stopped during its check writes nothing.
    void stoppedImportWritesNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("stopped.geojson"));
        QVERIFY(test::writeBoundaryFile(path, "GeoJSON", 4326,
                                        {{kCommunity + QStringLiteral("009"), QStringLiteral("停止网格"),
                                          test::overlappingGridWgs84(), {}}}));
        auto store = m_backend.open();
        const qint64 units = count(QStringLiteral("SELECT count(*) FROM admin_units"));
        BoundaryImport import(*store);
        int asked = 0;
        import.setCancelled([&asked] { return ++asked > 1; });
        const BoundaryImport::Outcome done = import.run(BoundaryReader::read(path, {}), QStringLiteral("anyway"));
        QVERIFY(done.cancelled);
        QVERIFY(!done.written);
        QVERIFY(asked > 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM admin_units")), units);
    }

    // A grid that overlaps two others is refused with the overlaps named,
    // and nothing is written; an override writes it and records why. An
    // administrator does it under their own login (on a server, through
    // its row security and grants).
    void overlapRefusedThenOverridden()
    {
        const QString path = m_dir.filePath(QStringLiteral("overlap.geojson"));
        QVERIFY(test::writeBoundaryFile(path, "GeoJSON", 4326,
                                        {{kAcross, QStringLiteral("重叠网格"), test::overlappingGridWgs84(), {}}}));
        const BoundarySet set = BoundaryReader::read(path, {});
        auto store = m_backend.openAs(QStringLiteral("admin") + m_suffix, QStringLiteral("boundaries-pass-1"));
        QVERIFY(store);
        const qint64 units = count(QStringLiteral("SELECT count(*) FROM admin_units"));
        const qint64 audit = count(QStringLiteral("SELECT count(*) FROM audit_log"));
        const BoundaryImport::Outcome refused = BoundaryImport(*store).run(set);
        QVERIFY(!refused.written);
        for (const topology::TopologyProblem &p : refused.check.problems)
            qInfo("%s", qPrintable(topology::TopologyText::describe(p)));
        QStringList overlaps;
        for (const topology::TopologyProblem &p : refused.check.problems)
            if (p.kind == topology::ProblemKind::Overlap)
                overlaps << p.units.join(QLatin1Char('+'));
        overlaps.sort();
        QCOMPARE(overlaps, QStringList({kWest + QLatin1Char('+') + kAcross, kEast + QLatin1Char('+') + kAcross}));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM admin_units")), units);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log")), audit);
        QVERIFY(!store->adminUnit(kAcross));

        const QString why = QStringLiteral("survey of 2026-11 pending; boundary agreed with the community");
        const BoundaryImport::Outcome forced = BoundaryImport(*store).run(set, why);
        QVERIFY(forced.written);
        QVERIFY(forced.overridden);
        QCOMPARE(forced.added, 1);
        QVERIFY(store->adminUnit(kAcross));
        // The justification and the number of problems let through go with the new version.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM unit_versions WHERE code = '%1' AND valid_to IS NULL AND "
                                      "change = 'imported' AND overridden = 2 AND justification = '%2'")
                           .arg(kAcross, why)),
                 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'unit_versions' AND after LIKE "
                                      "'%survey of 2026-11 pending%'")),
                 1);
    }

    // Every format, in each CRS: the export reads back to the same codes,
    // names, parents and boundaries, and imports back without change.
    void roundTrip_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("epsg");
        QTest::addColumn<QString>("encoding");
        QTest::newRow("shp 4490 utf-8") << "rt.shp" << int(BoundaryWriter::Format::Shapefile) << 4490 << "UTF-8";
        QTest::newRow("shp 4549 gbk") << "rt_gk.shp" << int(BoundaryWriter::Format::Shapefile) << 4549 << "GBK";
        QTest::newRow("geojson") << "rt.geojson" << int(BoundaryWriter::Format::GeoJson) << 0 << "UTF-8";
        QTest::newRow("gpkg 4490") << "rt.gpkg" << int(BoundaryWriter::Format::GeoPackage) << 4490 << "UTF-8";
        QTest::newRow("gpkg 4528") << "rt_gk.gpkg" << int(BoundaryWriter::Format::GeoPackage) << 4528 << "UTF-8";
    }
    void roundTrip()
    {
        QFETCH(QString, file);
        QFETCH(int, format);
        QFETCH(int, epsg);
        QFETCH(QString, encoding);
        auto store = m_backend.open();
        const AdminUnit community = store->adminUnits(int(AdminLevel::Community)).first();
        QVector<AdminUnit> grids;
        for (const AdminUnit &g : store->adminUnits(int(AdminLevel::Grid)))
            if (g.parentCode == community.code)
                grids << g;
        QVERIFY(grids.size() >= 2);
        const QString path = m_dir.filePath(file);
        BoundaryWriter::Options options;
        options.format = static_cast<BoundaryWriter::Format>(format);
        options.targetEpsg = epsg;
        options.encoding = encoding;
        QCOMPARE(BoundaryWriter::write(path, grids, options), int(grids.size()));
        if (options.format == BoundaryWriter::Format::Shapefile) {
            QFile cpg(QString(path).replace(QStringLiteral(".shp"), QStringLiteral(".cpg")));
            QVERIFY(cpg.open(QIODevice::ReadOnly));
            QCOMPARE(QString::fromLatin1(cpg.readAll()).trimmed(), encoding);
        }
        BoundaryReadOptions read;
        read.level = AdminLevel::Grid;
        const BoundarySet set = BoundaryReader::read(path, read);
        QCOMPARE(set.sourceEpsg, epsg ? epsg : 4326);
        QCOMPARE(set.features.size(), grids.size());
        const double tolerance = epsg == 4490 ? 0.0 : 1e-8;
        for (int i = 0; i < grids.size(); ++i) {
            const AdminUnit &u = set.features[i].unit;
            QCOMPARE(u.code, grids[i].code);
            QCOMPARE(u.name, grids[i].name);
            QCOMPARE(u.parentCode, grids[i].parentCode);
            QVERIFY2(maxDifference(u.geometry, grids[i].geometry) <= tolerance,
                     qPrintable(QString::number(maxDifference(u.geometry, grids[i].geometry))));
        }
        const BoundaryImport::Outcome back = BoundaryImport(*store).run(set);
        for (const topology::TopologyProblem &p : back.check.problems)
            qInfo("%s", qPrintable(topology::TopologyText::describe(p)));
        QVERIFY(back.written);
        QVERIFY(back.check.problems.isEmpty());
        QCOMPARE(back.added, 0);
        QCOMPARE(back.updated + back.unchanged, int(grids.size()));
        if (epsg == 4490)
            QCOMPARE(back.unchanged, int(grids.size()));
        for (const AdminUnit &g : grids)
            QVERIFY(maxDifference(store->adminUnit(g.code)->geometry, g.geometry) <= tolerance);
        // A changed boundary is a new current version; an unchanged one keeps its version.
        const qint64 imported = count(QStringLiteral("SELECT count(*) FROM unit_versions WHERE parent_code = '%1' AND "
                                                     "valid_to IS NULL AND change = 'imported'").arg(community.code));
        QVERIFY2(imported >= back.updated, qPrintable(QString::number(imported)));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM unit_versions WHERE parent_code = '%1' AND valid_to IS NULL")
                           .arg(community.code)),
                 qint64(grids.size()));
    }

    // Townships and communities go out and come back too: the same
    // boundary imports as unchanged, and a township needs a stored district.
    void townshipAndCommunityLevels()
    {
        auto store = m_backend.open();
        for (AdminLevel level : {AdminLevel::Township, AdminLevel::Community}) {
            const QVector<AdminUnit> units = store->unitsWithBoundary(int(level));
            QVERIFY(!units.isEmpty());
            const QString path = m_dir.filePath(QStringLiteral("level%1.gpkg").arg(int(level)));
            QCOMPARE(BoundaryWriter::write(path, units, {}), int(units.size()));
            BoundaryReadOptions options;
            options.level = level;
            const BoundarySet set = BoundaryReader::read(path, options);
            QCOMPARE(set.features.first().unit.parentCode, units.first().parentCode);
            const BoundaryImport::Outcome back = BoundaryImport(*store).run(set);
            QVERIFY(back.written);
            QCOMPARE(back.unchanged, int(units.size()));
        }
        // A township whose district is not stored is named as such.
        const QString orphan = m_dir.filePath(QStringLiteral("township.geojson"));
        QVERIFY(test::writeBoundaryFile(orphan, "GeoJSON", 4326,
                                        {{QStringLiteral("371199001000"), QStringLiteral("无区街道"), test::newCommunityWgs84(), {}}}));
        BoundaryReadOptions options;
        options.level = AdminLevel::Township;
        try {
            BoundaryImport(*store).run(BoundaryReader::read(orphan, options));
            QFAIL("a township without its district was imported");
        } catch (const StoreError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("feature 1, code: unknown parent 371199000000: no district")),
                     qPrintable(e.message()));
        }
    }

    // A failed export leaves the file that was there as it was.
    void failedExportLeavesNoHalfFile()
    {
        auto store = m_backend.open();
        const QVector<AdminUnit> grids = store->unitsWithBoundary(int(AdminLevel::Grid));
        const QString path = m_dir.filePath(QStringLiteral("kept.geojson"));
        QFile kept(path);
        QVERIFY(kept.open(QIODevice::WriteOnly));
        kept.write("{}");
        kept.close();
        BoundaryWriter::Options options;
        options.format = BoundaryWriter::Format::GeoJson;
        options.targetEpsg = 4490;
        QVERIFY_EXCEPTION_THROWN(BoundaryWriter::write(path, grids, options), StoreError);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("{}"));
        QVERIFY_EXCEPTION_THROWN(
            BoundaryWriter::write(m_dir.filePath(QStringLiteral("no/such/folder/x.gpkg")), grids, {}), StoreError);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("no/such/folder/x.gpkg"))));
    }
};

QTEST_GUILESS_MAIN(TestBoundaries)
#include "test_boundaries.moc"
