// Register import and export on both backends, with files made here: a GBK
// CSV with Chinese names (detected and given), an XLSX with ID numbers as
// text, a Shapefile with a GBK .dbf (with and without .cpg) in a
// Gauss-Krüger zone, the validation report naming exactly the planted bad
// rows, the valid rows only with the rest in an error file of the source's
// format and encoding, a refused file leaving the register as it was, a
// cancelled import writing nothing, a grid worker's import kept to their
// grid, and round trips of every register through every format.
#include "ImportWriter.h"
#include "PolygonOps.h"
#include "RegisterExport.h"
#include "RegisterFiles.h"
#include "RegisterImport.h"
#include "RegisterRows.h"
#include "SqlSession.h"
#include "SqliteRow.h"
#include "StoreError.h"
#include "TestBackend.h"
#include "TestLogins.h"
#include "TestPeople.h"
#include "tables/TableSink.h"
#include "tables/TableSource.h"

#include <ogrsf_frmts.h>

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace griddesk;

namespace {

const QString kPassword = QStringLiteral("Grid-desk 2026 pw");
// A point of the demo's first grid (林海社区第1网格) in EPSG:4490, and the
// same point in EPSG:4549 and 4528 by cs2cs.
constexpr double kLon = 119.4995, kLat = 35.3925;
constexpr double kGk4549X = 454529.325624, kGk4549Y = 3918253.516642;

QStringList codesOf(const ImportReport &r)
{
    QStringList out;
    for (const RegisterProblem &p : r.problems)
        out << QStringLiteral("%1:%2:%3").arg(p.row).arg(p.field).arg(int(p.code));
    return out;
}

QString code(RegisterProblem::Code c)
{
    return QString::number(int(c));
}

} // namespace

class TestRegisterImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::TestBackend m_backend;
    test::TestPlaces m_places;
    test::TestLogins m_logins{m_backend, kPassword};
    QString m_gridAtPoint; // the grid holding (kLon, kLat)
    QStringList m_residentsSchema; // the residents' indexes and triggers on a file, before any import

    // A table's indexes and triggers as the file holds them.
    static QStringList schemaOf(Store &store, const QString &table)
    {
        QStringList out;
        QSqlQuery q(store.session().db());
        q.exec(QStringLiteral("SELECT type || ' ' || name || ': ' || sql FROM sqlite_master WHERE tbl_name = '%1' "
                              "AND type IN ('index', 'trigger') ORDER BY type, name").arg(table));
        while (q.next())
            out << q.value(0).toString();
        return out;
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }
    Store *as(const QString &name) { return m_logins.as(name); }

    ImportReport importAs(Store &store, RegisterKind kind, const QString &file, bool write, ImportOptions options = {})
    {
        RegisterImport import(store.session());
        return write ? import.run(kind, file, options) : import.validate(kind, file, options);
    }

    QString residentRow(const QString &name, const QString &id, const QString &type = QStringLiteral("户籍"),
                        double lon = kLon, double lat = kLat)
    {
        return QStringLiteral("%1,%2,%3,13905331234,%4,%5,幸福路 8 号").arg(name, id, type).arg(lon, 0, 'f', 6).arg(lat, 0, 'f', 6);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qInfo("backend: %s", qPrintable(test::TestBackend::name()));
        m_backend.createDemo(m_dir);
        m_logins.setSuffix(QStringLiteral("_i%1").arg(QCoreApplication::applicationPid()));
        auto owner = m_backend.open();
        m_places = test::TestPlaces::of(*owner);
        const std::optional<AdminUnit> g = owner->gridAt(GeoPoint{kLon, kLat});
        QVERIFY(g.has_value());
        m_gridAtPoint = g->code;
        if (!test::TestBackend::isPg()) {
            m_residentsSchema = schemaOf(*owner, QStringLiteral("residents"));
            QVERIFY(m_residentsSchema.size() >= 10); // four indexes, the R-tree's, the feed's and the audit's triggers
        }
        test::addPeople(*owner,
                        {{"worker", Role::GridWorker, m_places.gridB.code, {}, false},
                         {"admin", Role::Administrator, {}, {}, true}},
                        m_logins.suffix(), kPassword, QStringLiteral("用户 "));
    }

    void gbkCsvWithChineseNames()
    {
        const QString header = QStringLiteral("姓名,公民身份号码,人口类型,联系电话,经度,纬度,现住址");
        const QString file = path(QStringLiteral("gbk.csv"));
        QVERIFY(test::writeFile(file, test::toGbk(test::csv(header, {
            residentRow(QStringLiteral("欧阳娜娜"), test::idNumber(QDate(1992, 4, 18), 246)),
            residentRow(QStringLiteral("司马懿"), test::idNumber(QDate(1958, 12, 1), 135), QStringLiteral("流动人口"))}))));
        Store *admin = as(QStringLiteral("admin"));
        const qint64 before = admin->registerCount(RegisterKind::Residents);
        const ImportReport report = importAs(*admin, RegisterKind::Residents, file, true);
        QVERIFY2(report.problems.isEmpty(), qPrintable(ImportReportText::problems(report)));
        QCOMPARE(report.encoding, QStringLiteral("GB18030"));
        QCOMPARE(report.rowsImported, qint64(2));
        QVERIFY(report.written && report.batch > 0);
        QCOMPARE(admin->registerCount(RegisterKind::Residents), before + 2);
        RegisterQuery q;
        q.text = QStringLiteral("欧阳");
        const QVector<RegisterRecord> found = admin->registerRecords(RegisterKind::Residents, q);
        QCOMPARE(found.size(), 1);
        const RegisterRecord &r = found.first();
        QCOMPARE(r.text(QStringLiteral("name")), QStringLiteral("欧阳娜娜"));
        QCOMPARE(r.text(QStringLiteral("address")), QStringLiteral("幸福路 8 号"));
        QCOMPARE(r.text(QStringLiteral("resident_type")), QStringLiteral("registered"));
        QCOMPARE(r.text(QStringLiteral("sex")), QStringLiteral("female")); // 246: even
        QCOMPARE(r.value(QStringLiteral("birth_date")).toDate(), QDate(1992, 4, 18));
        QCOMPARE(r.gridCode, m_gridAtPoint);
        QCOMPARE(r.importBatch, report.batch);
        QVERIFY(qAbs(r.location->x - kLon) < 1e-9 && qAbs(r.location->y - kLat) < 1e-9);
        // The same file read as the encoding given; UTF-8 given for GBK bytes is refused by name.
        ImportOptions given;
        given.read.encoding = QStringLiteral("GBK");
        const ImportReport again = importAs(*admin, RegisterKind::Residents, file, false, given);
        QCOMPARE(again.badRows, qint64(2)); // both are registered now
        for (const RegisterProblem &p : again.problems)
            QCOMPARE(int(p.code), int(RegisterProblem::Code::DuplicateStored));
    }

    void xlsxKeepsIdNumbersAsText()
    {
        const QString file = path(QStringLiteral("people.xlsx"));
        {
            tables::TableWriteOptions w;
            w.withGeometry = false;
            w.xyColumns = false;
            tables::TableSink sink = tables::TableSink::create(
                file, tables::TableFormat::Xlsx,
                {{QStringLiteral("姓名"), QMetaType::QString}, {QStringLiteral("身份证号"), QMetaType::QString},
                 {QStringLiteral("类型"), QMetaType::QString}, {QStringLiteral("网格编码"), QMetaType::QString},
                 {QStringLiteral("出生日期"), QMetaType::QDate}},
                w);
            sink.write({QStringLiteral("诸葛亮"), test::idNumber(QDate(1981, 7, 23), 19), QStringLiteral("户籍"),
                        m_places.gridA.code, QDate(1981, 7, 23)}, std::nullopt);
            sink.write({QStringLiteral("张飞"), test::idNumber(QDate(1979, 3, 9), 37), QStringLiteral("流动"), m_places.gridA.code,
                        QVariant()}, std::nullopt);
            sink.commit();
        }
        const ImportReport report = importAs(*as(QStringLiteral("admin")), RegisterKind::Residents, file, true);
        QVERIFY2(report.problems.isEmpty(), qPrintable(ImportReportText::problems(report)));
        RegisterQuery q;
        q.text = QStringLiteral("诸葛亮");
        const RegisterRecord r = as(QStringLiteral("admin"))->registerRecords(RegisterKind::Residents, q).first();
        QCOMPARE(r.gridCode, m_places.gridA.code);
        QCOMPARE(as(QStringLiteral("admin"))->revealRegisterValue(RegisterKind::Residents, r.id, QStringLiteral("id_number")),
                 test::idNumber(QDate(1981, 7, 23), 19));
        QVERIFY(!r.location.has_value());
    }

    void gbkShapefileInAGaussKrugerZone()
    {
        // Houses as points in EPSG:4549 with a GBK .dbf, written through GDAL.
        const QString file = path(QStringLiteral("houses.shp"));
        {
            tables::TableWriteOptions w;
            w.encoding = QStringLiteral("GBK");
            w.targetEpsg = 4549;
            w.xyColumns = false;
            tables::TableSink sink = tables::TableSink::create(
                file, tables::TableFormat::Shapefile,
                {{QStringLiteral("house_no"), QMetaType::QString}, {QStringLiteral("address"), QMetaType::QString},
                 {QStringLiteral("house_use"), QMetaType::QString}, {QStringLiteral("rental_st"), QMetaType::QString},
                 {QStringLiteral("owner_name"), QMetaType::QString}},
                w);
            sink.write({QStringLiteral("FW-GK-1"), QStringLiteral("石臼街道林海社区海滨二路 16 号"), QStringLiteral("住宅"),
                        QStringLiteral("出租"), QStringLiteral("慕容复")},
                       QPointF(kLon, kLat));
            sink.commit();
        }
        ImportMapping mapping = ImportMapping::guess(RegisterKind::Houses, tables::TableSource::open(file).fields());
        mapping.fields.insert(QStringLiteral("rental_state"), QStringLiteral("rental_st"));
        ImportOptions options;
        options.mapping = mapping;
        const ImportReport report = importAs(*as(QStringLiteral("admin")), RegisterKind::Houses, file, true, options);
        QVERIFY2(report.problems.isEmpty(), qPrintable(ImportReportText::problems(report)));
        QCOMPARE(report.sourceEpsg, 4549);
        RegisterQuery q;
        q.text = QStringLiteral("FW-GK-1");
        const RegisterRecord h = as(QStringLiteral("admin"))->registerRecords(RegisterKind::Houses, q).first();
        QCOMPARE(h.text(QStringLiteral("address")), QStringLiteral("石臼街道林海社区海滨二路 16 号"));
        QCOMPARE(h.text(QStringLiteral("owner_name")), QStringLiteral("慕容复"));
        QCOMPARE(h.text(QStringLiteral("rental_state")), QStringLiteral("rented"));
        QCOMPARE(h.gridCode, m_gridAtPoint);
        QVERIFY2(qAbs(h.location->x - kLon) < 1e-6 && qAbs(h.location->y - kLat) < 1e-6,
                 qPrintable(QStringLiteral("%1 %2").arg(h.location->x, 0, 'f', 9).arg(h.location->y, 0, 'f', 9)));
        // Without its .cpg the .dbf is read as given.
        QVERIFY(QFile::remove(path(QStringLiteral("houses.cpg"))));
        ImportOptions gbk = options;
        gbk.read.encoding = QStringLiteral("GBK");
        const ImportReport again = importAs(*as(QStringLiteral("admin")), RegisterKind::Houses, file, false, gbk);
        QCOMPARE(codesOf(again), QStringList{QStringLiteral("1:house_no:%1").arg(code(RegisterProblem::Code::DuplicateStored))});
    }

    void gaussKrugerCsvColumns()
    {
        // A CSV of eastings and northings (zone 40 with its number) is read in the CRS given.
        const QString file = path(QStringLiteral("gk.csv"));
        QVERIFY(test::writeFile(file, test::csv(QStringLiteral("名称,组织类型,地址,X,Y"),
            {QStringLiteral("海滨物业,物业服务企业,海滨二路 16 号,%1,%2").arg(kGk4549X + 40000000.0, 0, 'f', 6).arg(kGk4549Y, 0, 'f', 6)})
                                                  .toUtf8()));
        ImportOptions options;
        options.read.sourceEpsg = 4528;
        const ImportReport report = importAs(*as(QStringLiteral("admin")), RegisterKind::Organisations, file, true, options);
        QVERIFY2(report.problems.isEmpty(), qPrintable(ImportReportText::problems(report)));
        RegisterQuery q;
        q.text = QStringLiteral("海滨物业");
        const RegisterRecord o = as(QStringLiteral("admin"))->registerRecords(RegisterKind::Organisations, q).first();
        QCOMPARE(o.text(QStringLiteral("org_type")), QStringLiteral("property_company"));
        QVERIFY2(qAbs(o.location->x - kLon) < 1e-6 && qAbs(o.location->y - kLat) < 1e-6,
                 qPrintable(QStringLiteral("%1 %2").arg(o.location->x, 0, 'f', 9).arg(o.location->y, 0, 'f', 9)));
    }

    void theReportListsExactlyThePlantedRows()
    {
        Store *admin = as(QStringLiteral("admin"));
        const QString stored = test::idNumber(QDate(1990, 2, 28), 123);
        admin->addRegisterRecord([&] {
            RegisterRecord r = RegisterRecord::blank(RegisterKind::Residents);
            r.set(QStringLiteral("name"), QStringLiteral("已登记"));
            r.set(QStringLiteral("id_number"), stored);
            r.set(QStringLiteral("resident_type"), QStringLiteral("registered"));
            r.gridCode = m_places.gridA.code;
            return r;
        }());
        const QString twice = test::idNumber(QDate(2001, 1, 1), 555);
        const QStringList rows = {
            residentRow(QStringLiteral("甲"), test::idNumber(QDate(1990, 1, 1), 1)),                    // 1 good
            residentRow(QStringLiteral("乙"), test::wrongCheck(test::idNumber(QDate(1990, 1, 2), 2))),  // 2 check digit
            residentRow(QStringLiteral("丙"), QStringLiteral("371102199102290013")),                     // 3 29 Feb 1991
            residentRow(QStringLiteral("丁"), test::idNumber(QDate(1990, 1, 4), 4), QStringLiteral("户籍"), 100.0, 30.0), // 4 outside
            residentRow(QStringLiteral("戊"), twice),                                                    // 5 good
            residentRow(QStringLiteral("己"), twice),                                                    // 6 repeats 5
            residentRow(QStringLiteral("庚"), stored),                                                   // 7 stored already
            residentRow(QStringLiteral("辛"), test::idNumber(QDate(1990, 1, 8), 8), QStringLiteral("游客")), // 8 unknown code
        };
        const QString file = path(QStringLiteral("planted.csv"));
        QVERIFY(test::writeFile(file, test::toGbk(test::csv(QStringLiteral("姓名,公民身份号码,人口类型,联系电话,经度,纬度,现住址"), rows))));
        const qint64 before = admin->registerCount(RegisterKind::Residents);
        const ImportReport report = importAs(*admin, RegisterKind::Residents, file, false);
        QCOMPARE(codesOf(report), (QStringList{
            QStringLiteral("2:id_number:%1").arg(code(RegisterProblem::Code::IdCheckDigit)),
            QStringLiteral("3:id_number:%1").arg(code(RegisterProblem::Code::IdBirthDate)),
            QStringLiteral("4::%1").arg(code(RegisterProblem::Code::OutsideGrids)),
            QStringLiteral("6:id_number:%1").arg(code(RegisterProblem::Code::DuplicateInFile)),
            QStringLiteral("7:id_number:%1").arg(code(RegisterProblem::Code::DuplicateStored)),
            QStringLiteral("8:resident_type:%1").arg(code(RegisterProblem::Code::UnknownCode))}));
        QCOMPARE(report.problems[3].param, QStringLiteral("5"));
        QVERIFY2(report.problems[1].text().contains(QStringLiteral("1991-02-29")), qPrintable(report.problems[1].text()));
        QCOMPARE(report.rowsRead, qint64(8));
        QCOMPARE(report.badRows, qint64(6));
        // The whole file is refused: nothing written.
        const ImportReport refused = importAs(*admin, RegisterKind::Residents, file, true);
        QVERIFY(!refused.written);
        QCOMPARE(admin->registerCount(RegisterKind::Residents), before);
        // The valid rows only; the others in a GBK CSV error file with their reasons.
        ImportOptions validOnly;
        validOnly.validOnly = true;
        const ImportReport part = importAs(*admin, RegisterKind::Residents, file, true, validOnly);
        QVERIFY(part.written);
        QCOMPARE(part.rowsImported, qint64(2));
        QCOMPARE(admin->registerCount(RegisterKind::Residents), before + 2);
        QCOMPARE(part.errorFile, path(QStringLiteral("planted.errors.csv")));
        tables::TableSource errors = tables::TableSource::open(part.errorFile);
        QCOMPARE(errors.encoding(), QStringLiteral("GB18030"));
        tables::TableRow row;
        QStringList names;
        while (errors.next(row)) {
            names << row.values.first().toString();
            QVERIFY2(!row.values.last().toString().isEmpty(), "each row says why");
        }
        QCOMPARE(names, (QStringList{"乙", "丙", "丁", "己", "庚", "辛"}));
    }

    void aCancelledImportWritesNothing()
    {
        QStringList rows;
        for (int i = 0; i < 5000; ++i)
            rows << residentRow(QStringLiteral("批量%1").arg(i), test::idNumber(QDate(1970, 1, 1).addDays(i), i % 1000));
        const QString file = path(QStringLiteral("many.csv"));
        QVERIFY(test::writeFile(file, test::csv(QStringLiteral("姓名,公民身份号码,人口类型,联系电话,经度,纬度,现住址"), rows).toUtf8()));
        Store *admin = as(QStringLiteral("admin"));
        const qint64 before = admin->registerCount(RegisterKind::Residents);
        std::atomic_bool cancel{false};
        RegisterImport import(admin->session());
        const ImportReport report = import.run(RegisterKind::Residents, file, {},
                                               [&](qint64 done, qint64) {
                                                   if (done >= 2000)
                                                       cancel = true;
                                               },
                                               &cancel);
        QVERIFY(report.cancelled);
        QVERIFY(!report.written);
        QCOMPARE(admin->registerCount(RegisterKind::Residents), before);
        // On a file the import was a bulk load that had set the register's
        // indexes and triggers aside: they are all back.
        if (!test::TestBackend::isPg())
            QCOMPARE(schemaOf(*admin, QStringLiteral("residents")), m_residentsSchema);
    }

    // A large import into a file sets the register's indexes and triggers
    // aside and packs its R-tree anew: afterwards the schema is as it was,
    // the R-tree passes SQLite's own check and holds exactly every row's
    // box, the unique key still holds, and the feed and audit triggers work
    // on the imported rows.
    void aBulkImportLeavesTheFileAsRowByRowWould()
    {
        if (test::TestBackend::isPg())
            QSKIP("a server takes rows in multi-row INSERTs; there is no bulk load to check");
        Store *admin = as(QStringLiteral("admin"));
        const qint64 before = admin->registerCount(RegisterKind::Residents);
        QStringList rows;
        for (int i = 0; i < 4000; ++i)
            rows << residentRow(QStringLiteral("整批%1").arg(i), test::idNumber(QDate(1960, 3, 1).addDays(i), 500 + i % 400),
                                QStringLiteral("户籍"), kLon + (i % 50) * 0.00002, kLat + (i / 50) * 0.00002);
        const QString file = path(QStringLiteral("bulk.csv"));
        QVERIFY(test::writeFile(file, test::csv(QStringLiteral("姓名,公民身份号码,人口类型,联系电话,经度,纬度,现住址"), rows).toUtf8()));
        const ImportReport report = importAs(*admin, RegisterKind::Residents, file, true);
        QCOMPARE(report.rowsImported, 4000);
        QCOMPARE(admin->registerCount(RegisterKind::Residents), before + 4000);
        QCOMPARE(schemaOf(*admin, QStringLiteral("residents")), m_residentsSchema);

        QSqlDatabase db = admin->session().db();
        const auto one = [&](const QString &sql) {
            QSqlQuery q(db);
            if (!q.exec(sql) || !q.next())
                return QVariant(q.lastError().text());
            return q.value(0);
        };
        QCOMPARE(one(QStringLiteral("SELECT rtreecheck('rtree_residents_geom')")).toString(), QStringLiteral("ok"));
        QCOMPARE(one(QStringLiteral("SELECT count(*) FROM residents WHERE geom IS NOT NULL")).toLongLong(),
                 one(QStringLiteral("SELECT count(*) FROM rtree_residents_geom")).toLongLong());
        // Every box holds its row's geometry, and the tree finds the rows of a window.
        QCOMPARE(one(QStringLiteral("SELECT count(*) FROM residents t JOIN rtree_residents_geom r ON r.id = t.fid "
                                    "WHERE r.minx > ST_MinX(t.geom) OR r.maxx < ST_MaxX(t.geom) "
                                    "OR r.miny > ST_MinY(t.geom) OR r.maxy < ST_MaxY(t.geom)")).toLongLong(), 0);
        QCOMPARE(one(QStringLiteral("SELECT count(*) FROM residents WHERE geom IS NOT NULL AND fid NOT IN "
                                    "(SELECT id FROM rtree_residents_geom)")).toLongLong(), 0);
        // A window through the tree finds what a scan of the boxes finds.
        const QString window = QStringLiteral("maxx >= %1 AND minx <= %2 AND maxy >= %3 AND miny <= %4")
                                   .arg(kLon + 0.0003, 0, 'f', 7).arg(kLon + 0.0007, 0, 'f', 7)
                                   .arg(kLat + 0.0002, 0, 'f', 7).arg(kLat + 0.0009, 0, 'f', 7);
        QString scan = window;
        scan.replace(QRegularExpression(QStringLiteral("\\b(minx|maxx|miny|maxy)\\b")), QStringLiteral("+\\1"));
        const qint64 inWindow = one(QStringLiteral("SELECT count(*) FROM rtree_residents_geom WHERE ") + window).toLongLong();
        QVERIFY(inWindow > 100);
        QCOMPARE(one(QStringLiteral("SELECT count(*) FROM rtree_residents_geom WHERE ") + scan).toLongLong(), inWindow);
        QCOMPARE(one(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        // The import is one batch in the feed; an edit afterwards is a change of its own.
        const qint64 changes = one(QStringLiteral("SELECT count(*) FROM gd_changes WHERE table_name = 'residents'")).toLongLong();
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("UPDATE residents SET address = '幸福路 9 号' WHERE import_batch = %1 AND name = '整批7'")
                           .arg(report.batch)));
        QCOMPARE(one(QStringLiteral("SELECT count(*) FROM gd_changes WHERE table_name = 'residents'")).toLongLong(), changes + 1);
        // The unique key is back: a second copy of a number is refused.
        QVERIFY(!q.exec(QStringLiteral("UPDATE residents SET id_number = (SELECT id_number FROM residents WHERE name = '整批1' "
                                       "AND import_batch = %1) WHERE name = '整批2' AND import_batch = %1").arg(report.batch)));
    }

    // A file's import encodes each checked row for SQLite straight from the
    // record; the bytes are those of the values the row-by-row writer binds,
    // for every register's records and for dates written as text or outside
    // four-digit years.
    void theImportEncodesRowsAsTheirValuesBind()
    {
        if (test::TestBackend::isPg())
            QSKIP("a server's writer binds the values themselves");
        Store *admin = as(QStringLiteral("admin"));
        int compared = 0;
        for (RegisterKind kind : registerkind::all()) {
            const std::unique_ptr<ImportWriter> writer = ImportWriter::create(admin->session(), kind, 0);
            QVector<RegisterRecord> records = admin->registerRecords(kind);
            QVERIFY2(!records.isEmpty(), qPrintable(registerkind::table(kind)));
            RegisterRecord odd = records.first();
            odd.importBatch = 7;
            const RegisterSpec &spec = registercatalog::spec(kind);
            for (int i = 0; i < spec.fields.size(); ++i) {
                if (spec.fields[i].kind == FieldKind::Date)
                    odd.values[i] = i % 2 ? QVariant(QDate(987, 6, 5)) : QVariant(QStringLiteral("2024-02-29"));
                else if (!spec.fields[i].required)
                    odd.values[i] = QVariant();
            }
            records << odd;
            for (const RegisterRecord &r : records) {
                const QByteArray encoded = writer->encode(r);
                // Its last value is the time of the import, 24 characters of UTF-8.
                const QString now = QString::fromUtf8(encoded.right(24));
                QVERIFY2(now.endsWith(QLatin1Char('Z')), qPrintable(now));
                const QByteArray bound = sqliterow::encode(
                    registerrows::insertValues(r, admin->session().dialect(), admin->session().actor(), now));
                QVERIFY2(encoded == bound, qPrintable(QStringLiteral("%1 %2").arg(registerkind::table(kind)).arg(r.id)));
                ++compared;
            }
        }
        QVERIFY(compared > 10);
    }

    void aGridWorkerImportsIntoTheirGridOnly()
    {
        const QString file = path(QStringLiteral("worker.csv"));
        QVERIFY(test::writeFile(file, test::csv(QStringLiteral("日期,网格员,工作类型,工作内容,网格编码"),
            {QStringLiteral("2026-11-23,李网格,走访,入户走访,%1").arg(m_places.gridB.code),
             QStringLiteral("2026-11-24,李网格,法治宣传,法治讲座,%1").arg(m_places.gridA.code)}).toUtf8()));
        const ImportReport report = importAs(*as(QStringLiteral("worker")), RegisterKind::WorkLog, file, false);
        QCOMPARE(codesOf(report), QStringList{QStringLiteral("2:grid_code:%1").arg(code(RegisterProblem::Code::OutsideScope))});
    }

    // Every register out and back in through every format: the values come
    // back the same, personal data aside (exports mask it by design).
    void roundTripsInEveryFormat()
    {
        Store *admin = as(QStringLiteral("admin"));
        {
            // A small register set of known rows: the demo's and the earlier tests' out first.
            auto owner = m_backend.open();
            for (RegisterKind kind : registerkind::all())
                QSqlQuery(owner->database()).exec(QStringLiteral("DELETE FROM %1").arg(registerkind::table(kind)));
        }
        addOneOfEach(*admin);
        const QVector<RegisterKind> order = {RegisterKind::Houses, RegisterKind::Residents, RegisterKind::Disputes,
                                             RegisterKind::DisputeParties, RegisterKind::KeyPersons,
                                             RegisterKind::Organisations, RegisterKind::WorkLog};
        const QVector<QPair<tables::TableFormat, QString>> formats = {
            {tables::TableFormat::Csv, QStringLiteral("UTF-8")}, {tables::TableFormat::Csv, QStringLiteral("GBK")},
            {tables::TableFormat::Xlsx, QStringLiteral("UTF-8")}, {tables::TableFormat::Shapefile, QStringLiteral("GBK")},
            {tables::TableFormat::GeoJson, QStringLiteral("UTF-8")}, {tables::TableFormat::GeoPackage, QStringLiteral("UTF-8")}};
        int n = 0;
        for (const auto &[format, encoding] : formats) {
            ++n;
            const QString tag = QStringLiteral("%1-%2").arg(tables::tableformat::name(format), encoding);
            std::map<RegisterKind, QString> first, second;
            ExportOptions options;
            options.format = format;
            options.encoding = encoding;
            for (RegisterKind kind : order) {
                const QString name = path(QStringLiteral("rt%1-%2-a.%3").arg(n).arg(registerkind::cliName(kind), tables::tableformat::suffix(format)));
                QVERIFY(RegisterExport::run(*admin, kind, name, options) > 0);
                first[kind] = RegisterExport::fileFor(kind, name, format);
            }
            for (int i = order.size() - 1; i >= 0; --i)
                for (const RegisterRecord &r : admin->registerRecords(order[i]))
                    admin->removeRegisterRecord(order[i], r.id);
            for (RegisterKind kind : order) {
                QCOMPARE(admin->registerCount(kind), qint64(0));
                const ImportReport report = importAs(*admin, kind, first[kind], true);
                QVERIFY2(report.written && report.problems.isEmpty(),
                         qPrintable(tag + QLatin1Char(' ') + registerkind::cliName(kind) + QLatin1Char('\n')
                                    + ImportReportText::problems(report)));
            }
            for (RegisterKind kind : order) {
                const QString name = path(QStringLiteral("rt%1-%2-b.%3").arg(n).arg(registerkind::cliName(kind), tables::tableformat::suffix(format)));
                RegisterExport::run(*admin, kind, name, options);
                second[kind] = RegisterExport::fileFor(kind, name, format);
                compareFiles(kind, first[kind], second[kind], tag);
            }
        }
    }

private:
    // The same rows with the same values, personal columns aside.
    void compareFiles(RegisterKind kind, const QString &a, const QString &b, const QString &tag)
    {
        tables::TableSource left = tables::TableSource::open(a), right = tables::TableSource::open(b);
        QCOMPARE(left.fields(), right.fields());
        QSet<int> personal;
        const RegisterSpec &spec = registercatalog::spec(kind);
        for (int i = 0; i < spec.fields.size(); ++i)
            if (spec.fields[i].personal)
                personal.insert(i);
        tables::TableRow l, r;
        int rows = 0;
        while (left.next(l)) {
            QVERIFY2(right.next(r), qPrintable(tag + QStringLiteral(": fewer rows in ") + b));
            ++rows;
            for (int i = 0; i < l.values.size(); ++i)
                if (!personal.contains(i))
                    QVERIFY2(l.values[i] == r.values[i],
                             qPrintable(QStringLiteral("%1 %2 row %3 %4: %5 / %6").arg(tag, registerkind::cliName(kind)).arg(rows)
                                            .arg(left.fields().value(i), l.values[i].toString(), r.values[i].toString())));
            QCOMPARE(l.lonLat.has_value(), r.lonLat.has_value());
            if (l.lonLat)
                QVERIFY(qAbs(l.lonLat->x() - r.lonLat->x()) < 1e-7 && qAbs(l.lonLat->y() - r.lonLat->y()) < 1e-7);
            QCOMPARE(l.footprintWkb.isEmpty(), r.footprintWkb.isEmpty());
        }
        QVERIFY(!right.next(r));
        QVERIFY2(rows > 0, qPrintable(tag + QLatin1Char(' ') + registerkind::cliName(kind)));
    }

    void addOneOfEach(Store &store)
    {
        const GeoPoint at{kLon, kLat};
        RegisterRecord house = RegisterRecord::blank(RegisterKind::Houses);
        house.set(QStringLiteral("house_no"), QStringLiteral("FW-RT-2"));
        house.set(QStringLiteral("address"), QStringLiteral("海滨二路 18 号"));
        house.set(QStringLiteral("building"), QStringLiteral("3 号楼"));
        house.set(QStringLiteral("house_use"), QStringLiteral("商住"));
        house.set(QStringLiteral("rental_state"), QStringLiteral("自住"));
        house.set(QStringLiteral("floor_area"), 86.5);
        const double d = 0.0002;
        const QString wkt = QStringLiteral("POLYGON ((%1 %2, %3 %2, %3 %4, %1 %4, %1 %2))")
                                .arg(kLon - d, 0, 'f', 6).arg(kLat - d, 0, 'f', 6).arg(kLon + d, 0, 'f', 6).arg(kLat + d, 0, 'f', 6);
        OGRGeometry *g = nullptr;
        const QByteArray w = wkt.toLatin1();
        OGRGeometryFactory::createFromWkt(w.constData(), nullptr, &g);
        QByteArray wkb(int(g->WkbSize()), '\0');
        g->exportToWkb(wkbNDR, reinterpret_cast<unsigned char *>(wkb.data()), wkbVariantIso);
        OGRGeometryFactory::destroyGeometry(g);
        house.footprint = wkb;
        store.addRegisterRecord(house);
        RegisterRecord tenant = RegisterRecord::blank(RegisterKind::Residents);
        tenant.set(QStringLiteral("name"), QStringLiteral("上官婉儿"));
        tenant.set(QStringLiteral("id_number"), test::idNumber(QDate(1996, 2, 29), 222));
        tenant.set(QStringLiteral("resident_type"), QStringLiteral("流动人口"));
        tenant.set(QStringLiteral("phone"), QStringLiteral("0633-8123456"));
        tenant.set(QStringLiteral("household_no"), QStringLiteral("H0001"));
        tenant.set(QStringLiteral("relation"), QStringLiteral("户主"));
        tenant.set(QStringLiteral("house_no"), QStringLiteral("FW-RT-2"));
        tenant.set(QStringLiteral("address"), QStringLiteral("海滨二路 18 号"));
        tenant.set(QStringLiteral("ethnicity"), QStringLiteral("满"));
        store.addRegisterRecord(tenant);
        RegisterRecord guest = RegisterRecord::blank(RegisterKind::Residents);
        guest.set(QStringLiteral("name"), QStringLiteral("Tanaka Yuki"));
        guest.set(QStringLiteral("id_number"), QStringLiteral("TZ1234567"));
        guest.set(QStringLiteral("resident_type"), QStringLiteral("境外人员"));
        guest.set(QStringLiteral("sex"), QStringLiteral("女"));
        guest.set(QStringLiteral("birth_date"), QDate(1990, 10, 1));
        guest.location = GeoPoint{kLon + 0.0003, kLat};
        store.addRegisterRecord(guest);
        RegisterRecord dispute = RegisterRecord::blank(RegisterKind::Disputes);
        dispute.set(QStringLiteral("ledger_no"), QStringLiteral("TZ-RT-1"));
        dispute.set(QStringLiteral("title"), QStringLiteral("噪音扰民"));
        dispute.set(QStringLiteral("dispute_type"), QStringLiteral("邻里纠纷"));
        dispute.set(QStringLiteral("occurred_on"), QDate(2026, 10, 9));
        dispute.set(QStringLiteral("status"), QStringLiteral("调解成功"));
        dispute.set(QStringLiteral("mediation_method"), QStringLiteral("人民调解"));
        dispute.set(QStringLiteral("outcome"), QStringLiteral("双方签订协议，晚十点后不再施工"));
        dispute.location = at;
        store.addRegisterRecord(dispute);
        RegisterRecord party = RegisterRecord::blank(RegisterKind::DisputeParties);
        party.set(QStringLiteral("ledger_no"), QStringLiteral("TZ-RT-1"));
        party.set(QStringLiteral("name"), QStringLiteral("钱多多"));
        party.set(QStringLiteral("party_role"), QStringLiteral("被申请人"));
        store.addRegisterRecord(party);
        RegisterRecord key = RegisterRecord::blank(RegisterKind::KeyPersons);
        key.set(QStringLiteral("name"), QStringLiteral("吴某"));
        key.set(QStringLiteral("id_number"), test::idNumber(QDate(1985, 5, 5), 511));
        key.set(QStringLiteral("person_kind"), QStringLiteral("刑满释放"));
        key.set(QStringLiteral("risk_level"), QStringLiteral("中"));
        key.set(QStringLiteral("responsible"), QStringLiteral("李网格"));
        key.set(QStringLiteral("visit_days"), 30);
        key.set(QStringLiteral("listed_on"), QDate(2025, 6, 1));
        key.location = at;
        store.addRegisterRecord(key);
        RegisterRecord work = RegisterRecord::blank(RegisterKind::WorkLog);
        work.set(QStringLiteral("worked_on"), QDate(2026, 11, 25));
        work.set(QStringLiteral("worker"), QStringLiteral("李网格"));
        work.set(QStringLiteral("activity"), QStringLiteral("便民服务"));
        work.set(QStringLiteral("subject"), QStringLiteral("代办居住证"));
        work.set(QStringLiteral("people_reached"), 3);
        work.gridCode = m_gridAtPoint;
        store.addRegisterRecord(work);
        RegisterRecord org = RegisterRecord::blank(RegisterKind::Organisations);
        org.set(QStringLiteral("name"), QStringLiteral("林海社区业主委员会"));
        org.set(QStringLiteral("org_type"), QStringLiteral("业委会"));
        org.set(QStringLiteral("credit_code"), QStringLiteral("91350100M000100Y43"));
        org.set(QStringLiteral("address"), QStringLiteral("海滨二路 20 号"));
        org.location = at;
        store.addRegisterRecord(org);
    }
};

QTEST_GUILESS_MAIN(TestRegisterImport)
#include "test_registerimport.moc"
