// Register tables in and out through GDAL/OGR: a GBK CSV with Chinese names
// (detected and named), a UTF-8 CSV with BOM, an XLSX sheet whose ID
// numbers are text, a GBK Shapefile with and without .cpg, points and
// polygons in Gauss-Krüger zones checked against cs2cs, a write and read
// back in every format and encoding with the same values, a sink left
// uncommitted leaving nothing, and bad files named with their row and field.
#include "StoreError.h"
#include "tables/TableSink.h"
#include "tables/TableSource.h"

#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

using namespace griddesk;
using namespace griddesk::tables;

namespace {

// GBK bytes written out here, not by the code under test: 张三 李四 姓名 身份证号 经度 纬度.
const QByteArray kZhangSan = QByteArray::fromHex("d5c5c8fd");
const QByteArray kLiSi = QByteArray::fromHex("c0eecbc4");
const QByteArray kNameGbk = QByteArray::fromHex("d0d5c3fb");
const QByteArray kIdGbk = QByteArray::fromHex("c9edb7ddd6a4bac5");
const QByteArray kLonGbk = QByteArray::fromHex("beadb6c8");
const QByteArray kLatGbk = QByteArray::fromHex("ceb3b6c8");

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QVector<TableRow> readAll(TableSource &source)
{
    QVector<TableRow> rows;
    TableRow row;
    while (source.next(row))
        rows.push_back(row);
    return rows;
}

// Lon, lat from PROJ's own command for a point in a Gauss-Krüger zone (EPSG
// order: northing, easting in; latitude, longitude out).
QPointF cs2cs(int epsg, double easting, double northing)
{
    QProcess p;
    p.start(QStringLiteral("cs2cs"),
        { QStringLiteral("-d"), QStringLiteral("10"), QStringLiteral("EPSG:%1").arg(epsg),
            QStringLiteral("EPSG:4490") });
    p.waitForStarted();
    p.write(QStringLiteral("%1 %2\n").arg(northing, 0, 'f', 4).arg(easting, 0, 'f', 4).toLatin1());
    p.closeWriteChannel();
    p.waitForFinished();
    const QList<QByteArray> parts = p.readAllStandardOutput().simplified().split(' ');
    return parts.size() >= 2 ? QPointF(parts[1].toDouble(), parts[0].toDouble()) : QPointF();
}

// Makes a layer through OGR directly, as other software would.
struct OgrFile {
    std::unique_ptr<GDALDataset, void (*)(GDALDataset *)> ds { nullptr, [](GDALDataset *d) { GDALClose(d); } };
    OGRLayer *layer = nullptr;
    OgrFile(const QString &path, const char *driver, int epsg, OGRwkbGeometryType type, const QStringList &options = {})
    {
        GDALAllRegister();
        ds.reset(GetGDALDriverManager()->GetDriverByName(driver)->Create(
            path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
        OGRSpatialReference srs;
        if (epsg)
            srs.importFromEPSG(epsg);
        srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        QList<QByteArray> keep;
        std::vector<const char *> opts;
        for (const QString &o : options)
            keep << o.toUtf8();
        for (const QByteArray &o : keep)
            opts.push_back(o.constData());
        opts.push_back(nullptr);
        layer = ds->CreateLayer("data", epsg ? &srs : nullptr, type, const_cast<char **>(opts.data()));
    }
    void field(const QString &name, OGRFieldType type)
    {
        OGRFieldDefn f(name.toUtf8().constData(), type);
        layer->CreateField(&f);
    }
    bool feature(const QVector<QVariant> &values, const QString &wkt = {})
    {
        OGRFeature *f = OGRFeature::CreateFeature(layer->GetLayerDefn());
        for (int i = 0; i < values.size(); ++i) {
            if (values[i].userType() == QMetaType::QDate)
                f->SetField(i, values[i].toDate().year(), values[i].toDate().month(), values[i].toDate().day());
            else if (values[i].userType() == QMetaType::Double)
                f->SetField(i, values[i].toDouble());
            else if (values[i].isValid())
                f->SetField(i, values[i].toString().toUtf8().constData());
        }
        if (!wkt.isEmpty()) {
            OGRGeometry *g = nullptr;
            const QByteArray text = wkt.toLatin1();
            OGRGeometryFactory::createFromWkt(text.constData(), nullptr, &g);
            f->SetGeometryDirectly(g);
        }
        const bool ok = layer->CreateFeature(f) == OGRERR_NONE;
        OGRFeature::DestroyFeature(f);
        return ok;
    }
};

// The vertices of a WKB polygon, in order of rings.
QVector<QPointF> vertices(const QByteArray &wkb)
{
    QVector<QPointF> out;
    OGRGeometry *g = nullptr;
    if (OGRGeometryFactory::createFromWkb(wkb.constData(), nullptr, &g, size_t(wkb.size())) != OGRERR_NONE)
        return out;
    std::unique_ptr<OGRGeometry> owned(g);
    std::unique_ptr<OGRGeometry> mp(OGRGeometryFactory::forceToMultiPolygon(owned.release()));
    for (const OGRPolygon *p : *mp->toMultiPolygon())
        for (const OGRLinearRing *r : *p)
            for (const OGRPoint &pt : *r)
                out << QPointF(pt.getX(), pt.getY());
    return out;
}

// Whether every vertex of `a` has one of `b` within `tolerance` and the counts agree.
bool sameShape(const QVector<QPointF> &a, const QVector<QPointF> &b, double tolerance)
{
    if (a.isEmpty() || a.size() != b.size())
        return false;
    for (const QPointF &p : a) {
        bool found = false;
        for (const QPointF &q : b)
            found = found || (std::fabs(p.x() - q.x()) < tolerance && std::fabs(p.y() - q.y()) < tolerance);
        if (!found)
            return false;
    }
    return true;
}

QByteArray wkbOf(const QString &wkt)
{
    OGRGeometry *g = nullptr;
    const QByteArray text = wkt.toLatin1();
    OGRGeometryFactory::createFromWkt(text.constData(), nullptr, &g);
    std::unique_ptr<OGRGeometry> owned(g);
    QByteArray wkb(int(g->WkbSize()), Qt::Uninitialized);
    g->exportToWkb(wkbNDR, reinterpret_cast<unsigned char *>(wkb.data()), wkbVariantIso);
    return wkb;
}

QString messageOf(const std::function<void()> &f)
{
    try {
        f();
    } catch (const StoreError &e) {
        return e.message();
    }
    return {};
}

} // namespace

class TestTableFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QByteArray gbkCsvBytes() const
    {
        // A blank line and a quoted cell over two lines: the rows after them
        // keep the numbers a person sees.
        return kNameGbk + "," + kIdGbk + ",phone," + kLonGbk + "," + kLatGbk + "\r\n" + kZhangSan
            + ",371102199001011234,013812345678,119.5301,35.4102\r\n" + "\r\n" + kLiSi
            + ",\"37110219850101002X\",\"0633\n2211\",119.5302,35.4103\r\n" + ",,,,\r\n" + kZhangSan + "," + kLiSi
            + ",,abc,35.4\r\n";
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // A GBK CSV with Chinese names and header: detected as GB18030, or read
    // as the GBK it is told; IDs, leading zeros and rows as in the file.
    void gbkCsv_data()
    {
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("used");
        QTest::newRow("detected") << QString() << QStringLiteral("GB18030");
        QTest::newRow("named") << QStringLiteral("gbk") << QStringLiteral("GBK");
    }
    void gbkCsv()
    {
        QFETCH(QString, encoding);
        QFETCH(QString, used);
        const QString file = path(QStringLiteral("gbk.csv"));
        QVERIFY(writeBytes(file, gbkCsvBytes()));
        TableReadOptions options;
        options.encoding = encoding;
        TableSource source = TableSource::open(file, options);
        QCOMPARE(source.encoding(), used);
        QCOMPARE(source.format(), TableFormat::Csv);
        QCOMPARE(source.fields(),
            (QStringList { QStringLiteral("姓名"), QStringLiteral("身份证号"), QStringLiteral("phone"),
                QStringLiteral("经度"), QStringLiteral("纬度") }));
        QCOMPARE(source.xField(), QStringLiteral("经度"));
        QCOMPARE(source.yField(), QStringLiteral("纬度"));
        QCOMPARE(source.sourceEpsg(), 4490);
        QCOMPARE(source.featureCount(), 4);
        const QVector<TableRow> rows = readAll(source);
        QCOMPARE(rows.size(), 3); // the row of empty cells is left out
        QCOMPARE(rows[0].number, 1);
        QCOMPARE(rows[0].values[0], QVariant(QStringLiteral("张三")));
        QCOMPARE(rows[0].values[1], QVariant(QStringLiteral("371102199001011234")));
        QCOMPARE(rows[0].values[2], QVariant(QStringLiteral("013812345678")));
        QCOMPARE(rows[0].values[1].userType(), int(QMetaType::QString));
        QVERIFY(rows[0].lonLat);
        QCOMPARE(rows[0].lonLat->x(), 119.5301);
        QCOMPARE(rows[0].lonLat->y(), 35.4102);
        QVERIFY(rows[0].problem.isEmpty());
        QCOMPARE(rows[1].number, 3); // after the blank line
        QCOMPARE(rows[1].values[0], QVariant(QStringLiteral("李四")));
        QCOMPARE(rows[1].values[1], QVariant(QStringLiteral("37110219850101002X")));
        QCOMPARE(rows[1].values[2], QVariant(QStringLiteral("0633\n2211")));
        QCOMPARE(rows[2].number, 5); // after the row of empty cells
        QCOMPARE(rows[2].values[1], QVariant(QStringLiteral("李四")));
        QVERIFY(rows[2].values[2].isNull());
        QVERIFY(!rows[2].lonLat);
        QCOMPARE(rows[2].problem, QStringLiteral("经度: 'abc' is not a number"));
        // Read again from the start, the same.
        source.rewind();
        TableRow again;
        QVERIFY(source.next(again));
        QCOMPARE(again.number, 1);
        QCOMPARE(again.values[0], QVariant(QStringLiteral("张三")));
    }

    // Told it is UTF-8, a GBK file is refused, naming the line.
    void gbkCsvNamedUtf8()
    {
        const QString file = path(QStringLiteral("gbk-as-utf8.csv"));
        QVERIFY(writeBytes(file, gbkCsvBytes()));
        TableReadOptions options;
        options.encoding = QStringLiteral("UTF-8");
        const QString message = messageOf([&] { TableSource::open(file, options); });
        QVERIFY2(
            message.contains(file) && message.contains(QStringLiteral("line 1 is not UTF-8")), qPrintable(message));
    }

    // A UTF-8 CSV with BOM: the first field's name has no BOM in it.
    void utf8BomCsv()
    {
        const QString file = path(QStringLiteral("bom.csv"));
        QVERIFY(
            writeBytes(file, QByteArray("\xEF\xBB\xBF") + QStringLiteral("姓名,lon,lat\n王五,119.5,35.4\n").toUtf8()));
        TableSource source = TableSource::open(file);
        QCOMPARE(source.encoding(), QStringLiteral("UTF-8"));
        QCOMPARE(source.fields().first(), QStringLiteral("姓名"));
        const QVector<TableRow> rows = readAll(source);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].values[0], QVariant(QStringLiteral("王五")));
        QCOMPARE(*rows[0].lonLat, QPointF(119.5, 35.4));
    }

    // A UTF-8 CSV of several megabytes, its characters cut by every read
    // buffer of the scan, is still found to be UTF-8; its rows counted and
    // numbered across a blank line near the end.
    void largeUtf8Csv()
    {
        QByteArray bytes = "name,n\n";
        const QByteArray row = QStringLiteral("张三丰,").toUtf8();
        const int rows = 300000;
        for (int i = 1; i <= rows; ++i) {
            bytes += row + QByteArray::number(i) + '\n';
            if (i == rows - 1)
                bytes += "\r\n";
        }
        QVERIFY(bytes.size() > 3 * (1 << 20));
        const QString file = path(QStringLiteral("large.csv"));
        QVERIFY(writeBytes(file, bytes));
        TableSource source = TableSource::open(file);
        QCOMPARE(source.encoding(), QStringLiteral("UTF-8"));
        QCOMPARE(source.featureCount(), qint64(rows));
        TableRow row1;
        qint64 count = 0;
        TableRow last;
        while (source.next(row1)) {
            ++count;
            last = row1;
        }
        QCOMPARE(count, qint64(rows));
        QCOMPARE(last.values[0], QVariant(QStringLiteral("张三丰")));
        QCOMPARE(last.values[1], QVariant(QString::number(rows)));
        QCOMPARE(last.number, qint64(rows + 1));
    }

    // An XLSX sheet: 18-digit IDs and leading zeros in text cells stay text,
    // dates are dates, numbers numbers; rows are the sheet's less the header.
    void xlsxIdsAsText()
    {
        const QString file = path(QStringLiteral("people.xlsx"));
        {
            OgrFile x(file, "XLSX", 0, wkbNone);
            x.field(QStringLiteral("姓名"), OFTString);
            x.field(QStringLiteral("身份证号"), OFTString);
            x.field(QStringLiteral("born"), OFTDate);
            x.field(QStringLiteral("lon"), OFTReal);
            x.field(QStringLiteral("lat"), OFTReal);
            QVERIFY(x.feature(
                { QStringLiteral("张三"), QStringLiteral("371102199001011234"), QDate(1990, 1, 1), 119.53, 35.41 }));
            QVERIFY(x.feature({}));
            QVERIFY(x.feature({ QStringLiteral("李四"), QStringLiteral("0012"), QDate(2000, 2, 29), 119.54, 35.42 }));
        }
        TableSource source = TableSource::open(file);
        QCOMPARE(source.layer(), QStringLiteral("data"));
        QCOMPARE(source.encoding(), QStringLiteral("UTF-8"));
        const QVector<TableRow> rows = readAll(source);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].number, 1);
        QCOMPARE(rows[0].values[1].userType(), int(QMetaType::QString));
        QCOMPARE(rows[0].values[1].toString(), QStringLiteral("371102199001011234"));
        QCOMPARE(rows[0].values[2], QVariant(QDate(1990, 1, 1)));
        QCOMPARE(*rows[0].lonLat, QPointF(119.53, 35.41));
        QCOMPARE(rows[1].number, 3); // the empty sheet row 3 is counted
        QCOMPARE(rows[1].values[0].toString(), QStringLiteral("李四"));
        QCOMPARE(rows[1].values[1], QVariant(QStringLiteral("0012")));
        QCOMPARE(rows[1].values[2], QVariant(QDate(2000, 2, 29)));
        const QVector<TableColumn> columns = source.columns();
        QCOMPARE(columns.size(), 5);
        QCOMPARE(columns[1].name, QStringLiteral("身份证号"));
        QCOMPARE(columns[1].type, QMetaType::QString);
        QCOMPARE(columns[2].type, QMetaType::QDate);
        QCOMPARE(columns[3].type, QMetaType::Double);
        // A sheet that is not there is named with those that are.
        TableReadOptions options;
        options.layer = QStringLiteral("Sheet9");
        const QString message = messageOf([&] { TableSource::open(file, options); });
        QVERIFY2(message.contains(QStringLiteral("Sheet9")) && message.contains(QStringLiteral("data")),
            qPrintable(message));
    }

    // A Shapefile with a GBK .dbf: its .cpg is honoured (also when the
    // process has SHAPE_ENCODING set, as the console's QGIS does); without
    // .cpg and code page mark it is refused until its encoding is given.
    void gbkShapefile()
    {
        const QString file = path(QStringLiteral("gbk.shp"));
        {
            OgrFile s(file, "ESRI Shapefile", 4490, wkbPoint, { QStringLiteral("ENCODING=GBK") });
            s.field(QStringLiteral("姓名"), OFTString);
            s.field(QStringLiteral("身份证号"), OFTString);
            QVERIFY(s.feature({ QStringLiteral("张三"), QStringLiteral("371102199001011234") },
                QStringLiteral("POINT (119.53 35.41)")));
            QVERIFY(
                s.feature({ QStringLiteral("李四"), QStringLiteral("0012") }, QStringLiteral("POINT (119.54 35.42)")));
        }
        QFile dbf(path(QStringLiteral("gbk.dbf")));
        QVERIFY(dbf.open(QIODevice::ReadOnly));
        QVERIFY(dbf.readAll().contains(kZhangSan)); // GBK in the file indeed
        dbf.close();
        const auto check = [&](const TableReadOptions &options, const QString &encoding) {
            TableSource source = TableSource::open(file, options);
            QCOMPARE(source.encoding(), encoding);
            QCOMPARE(source.fields(), (QStringList { QStringLiteral("姓名"), QStringLiteral("身份证号") }));
            const QVector<TableRow> rows = readAll(source);
            QCOMPARE(rows.size(), 2);
            QCOMPARE(rows[0].values[0], QVariant(QStringLiteral("张三")));
            QCOMPARE(rows[0].values[1], QVariant(QStringLiteral("371102199001011234")));
            QCOMPARE(rows[1].number, 2);
            QCOMPARE(rows[1].values[0], QVariant(QStringLiteral("李四")));
            QCOMPARE(*rows[1].lonLat, QPointF(119.54, 35.42));
        };
        check({}, QStringLiteral("GBK"));
        CPLSetConfigOption("SHAPE_ENCODING", "");
        check({}, QStringLiteral("GBK"));
        CPLSetConfigOption("SHAPE_ENCODING", nullptr);

        QVERIFY(QFile::remove(path(QStringLiteral("gbk.cpg"))));
        QVERIFY(dbf.open(QIODevice::ReadWrite) && dbf.seek(29) && dbf.write(QByteArray(1, char(0x4D))) == 1);
        dbf.close();
        check({}, QStringLiteral("CP936")); // the code page mark
        QVERIFY(dbf.open(QIODevice::ReadWrite) && dbf.seek(29) && dbf.write(QByteArray(1, char(0))) == 1);
        dbf.close();
        const QString message = messageOf([&] { TableSource::open(file); });
        QVERIFY2(message.contains(file) && message.contains(QStringLiteral("not UTF-8"))
                && message.contains(QStringLiteral("field 1")),
            qPrintable(message));
        TableReadOptions gbk;
        gbk.encoding = QStringLiteral("GBK");
        check(gbk, QStringLiteral("GBK"));
    }

    // Points in EPSG:4549 from a CSV and a polygon and a point in EPSG:4528
    // from a Shapefile with .prj land where cs2cs puts them; a CSV in metres
    // without its CRS is refused, naming the likely zone.
    void gaussKruger()
    {
        const double e = 512345.678;
        const double n = 4000000.123;
        const QPointF expected = cs2cs(4549, e, n);
        QVERIFY(expected.x() > 119 && expected.x() < 121);
        const QString csv = path(QStringLiteral("gk.csv"));
        QVERIFY(writeBytes(
            csv, QStringLiteral("name,横坐标,纵坐标\nA,%1,%2\n").arg(e, 0, 'f', 3).arg(n, 0, 'f', 3).toUtf8()));
        TableReadOptions options;
        options.sourceEpsg = 4549;
        {
            TableSource source = TableSource::open(csv, options);
            const QVector<TableRow> rows = readAll(source);
            QCOMPARE(rows.size(), 1);
            QVERIFY(rows[0].lonLat);
            QVERIFY(std::fabs(rows[0].lonLat->x() - expected.x()) < 1e-6);
            QVERIFY(std::fabs(rows[0].lonLat->y() - expected.y()) < 1e-6);
        }
        const QString message = messageOf([&] { TableSource::open(csv); });
        QVERIFY2(message.contains(csv) && message.contains(QStringLiteral("Gauss-Krüger")), qPrintable(message));
        const QString zoned = path(QStringLiteral("gk40.csv"));
        QVERIFY(
            writeBytes(zoned, QStringLiteral("x,y\n%1,%2\n").arg(40000000 + e, 0, 'f', 3).arg(n, 0, 'f', 3).toUtf8()));
        const QString hint = messageOf([&] { TableSource::open(zoned); });
        QVERIFY2(hint.contains(QStringLiteral("EPSG:4528")), qPrintable(hint));

        const QString shp = path(QStringLiteral("gk40.shp"));
        const double corners[4][2] = { { e, n }, { e + 1000, n }, { e + 1000, n + 800 }, { e, n + 800 } };
        {
            OgrFile s(shp, "ESRI Shapefile", 4528, wkbPolygon);
            s.field(QStringLiteral("name"), OFTString);
            QStringList ring;
            for (const auto &c : corners)
                ring << QStringLiteral("%1 %2").arg(40000000 + c[0], 0, 'f', 3).arg(c[1], 0, 'f', 3);
            ring << ring.first();
            QVERIFY(s.feature(
                { QStringLiteral("house") }, QStringLiteral("POLYGON ((%1))").arg(ring.join(QStringLiteral(", ")))));
        }
        TableSource source = TableSource::open(shp);
        QCOMPARE(source.sourceEpsg(), 4528);
        const QVector<TableRow> rows = readAll(source);
        QCOMPARE(rows.size(), 1);
        QVERIFY(rows[0].problem.isEmpty());
        QVector<QPointF> want;
        for (const auto &c : corners)
            want << cs2cs(4528, 40000000 + c[0], c[1]);
        want << want.first();
        QVERIFY(sameShape(want, vertices(rows[0].footprintWkb), 1e-6));
        // The interior point lies between the corners.
        QVERIFY(rows[0].lonLat);
        QVERIFY(rows[0].lonLat->x() > want[0].x() && rows[0].lonLat->x() < want[1].x());
        QVERIFY(rows[0].lonLat->y() > want[1].y() && rows[0].lonLat->y() < want[2].y());
    }

    // The rows of a GBK CSV written back in its own encoding and columns, as
    // an error file is: the same bytes for the names, the same values.
    void errorFileLikeSource()
    {
        const QString file = path(QStringLiteral("source.csv"));
        QVERIFY(writeBytes(file, gbkCsvBytes()));
        TableSource source = TableSource::open(file);
        const QString errors = path(QStringLiteral("source-errors.csv"));
        TableWriteOptions options;
        options.encoding = source.encoding();
        options.withGeometry = false;
        {
            TableSink sink = TableSink::create(errors, TableFormat::Csv, source.columns(), options);
            TableRow row;
            while (source.next(row))
                sink.write(row.values, row.lonLat);
            sink.commit();
        }
        QFile raw(errors);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray bytes = raw.readAll();
        QVERIFY(bytes.startsWith(kNameGbk + "," + kIdGbk + ",phone," + kLonGbk));
        QVERIFY2(bytes.contains(kZhangSan + ",\"371102199001011234\",\"013812345678\",\"119.5301\",\"35.4102\""),
            bytes.constData());
        source.rewind();
        TableSource back = TableSource::open(errors);
        QCOMPARE(back.fields(), source.fields());
        const QVector<TableRow> want = readAll(source);
        const QVector<TableRow> got = readAll(back);
        QCOMPARE(got.size(), want.size());
        for (int i = 0; i < got.size(); ++i)
            QCOMPARE(got[i].values, want[i].values);
    }

    // Every format and encoding: written and read back, the same values, points and footprints.
    void roundTrip_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("encoding");
        QTest::newRow("csv utf-8") << "rt-utf8.csv" << int(TableFormat::Csv) << "UTF-8";
        QTest::newRow("csv gbk") << "rt-gbk.csv" << int(TableFormat::Csv) << "GBK";
        QTest::newRow("xlsx") << "rt.xlsx" << int(TableFormat::Xlsx) << "UTF-8";
        QTest::newRow("shapefile utf-8") << "rt-utf8.shp" << int(TableFormat::Shapefile) << "UTF-8";
        QTest::newRow("shapefile gbk") << "rt-gbk.shp" << int(TableFormat::Shapefile) << "GBK";
        QTest::newRow("geojson") << "rt.geojson" << int(TableFormat::GeoJson) << "UTF-8";
        QTest::newRow("geopackage") << "rt.gpkg" << int(TableFormat::GeoPackage) << "UTF-8";
    }
    void roundTrip()
    {
        QFETCH(QString, name);
        QFETCH(int, format);
        QFETCH(QString, encoding);
        const TableFormat f = TableFormat(format);
        const QVector<TableColumn> columns = { { QStringLiteral("姓名"), QMetaType::QString, 0 },
            { QStringLiteral("id"), QMetaType::QString, 0 }, { QStringLiteral("count"), QMetaType::Int, 0 },
            { QStringLiteral("big"), QMetaType::LongLong, 0 }, { QStringLiteral("born"), QMetaType::QDate, 0 },
            { QStringLiteral("area"), QMetaType::Double, 0 }, { QStringLiteral("ok"), QMetaType::Bool, 0 } };
        const QString square
            = QStringLiteral("POLYGON ((119.5 35.4, 119.501 35.4, 119.501 35.4008, 119.5 35.4008, 119.5 35.4))");
        const QVector<QVector<QVariant>> values
            = { { QStringLiteral("张三"), QStringLiteral("371102199001011234"), 42, qlonglong(9007199254740993LL),
                    QDate(2024, 2, 29), 1234.5678, true },
                  { QStringLiteral("李四·阿卜杜"), QStringLiteral("0012"), -7, qlonglong(-5), QDate(1950, 12, 31),
                      -0.001, false },
                  { QStringLiteral("空"), QVariant(), QVariant(), QVariant(), QVariant(), QVariant(), QVariant() } };
        const QVector<std::optional<QPointF>> points
            = { QPointF(119.532198765432, 35.412345678901), QPointF(119.5005, 35.4004), std::nullopt };
        const QVector<QByteArray> footprints = { {}, wkbOf(square), {} };
        TableWriteOptions options;
        options.encoding = encoding;
        options.footprints = true;
        const QString file = path(name);
        // As in the console, whose QGIS sets SHAPE_ENCODING for the whole process.
        CPLSetConfigOption("SHAPE_ENCODING", "");
        {
            TableSink sink = TableSink::create(file, f, columns, options);
            for (int i = 0; i < values.size(); ++i)
                sink.write(values[i], points[i], footprints[i]);
            QVERIFY(!QFile::exists(file));
            sink.commit();
        }
        CPLSetConfigOption("SHAPE_ENCODING", nullptr);
        QVERIFY(QFile::exists(file));
        if (f == TableFormat::Shapefile) {
            const QString base = file.left(file.size() - 4);
            QFile dbf(base + QStringLiteral(".dbf"));
            QVERIFY(dbf.open(QIODevice::ReadOnly));
            QCOMPARE(dbf.readAll().contains(kZhangSan), encoding == QLatin1String("GBK"));
            QFile cpg(base + QStringLiteral(".cpg"));
            QVERIFY(cpg.open(QIODevice::ReadOnly));
            QCOMPARE(cpg.readAll().trimmed(), encoding.toLatin1());
        }
        if (f == TableFormat::Csv) {
            QFile raw(file);
            QVERIFY(raw.open(QIODevice::ReadOnly));
            const QByteArray bytes = raw.readAll();
            QCOMPARE(bytes.startsWith("\xEF\xBB\xBF"), encoding == QLatin1String("UTF-8"));
            QCOMPARE(bytes.contains(kZhangSan), encoding == QLatin1String("GBK"));
        }
        TableSource source = TableSource::open(file);
        QCOMPARE(source.encoding(),
            f == TableFormat::Csv && encoding == QLatin1String("GBK") ? QStringLiteral("GB18030") : encoding);
        for (int c = 0; c < columns.size(); ++c)
            QVERIFY2(source.fields().contains(columns[c].name), qPrintable(source.fields().join(QLatin1Char(','))));
        const QVector<TableRow> rows = readAll(source);
        QCOMPARE(rows.size(), values.size());
        const bool text = f == TableFormat::Csv;
        for (int r = 0; r < rows.size(); ++r) {
            QCOMPARE(rows[r].number, r + 1);
            for (int c = 0; c < columns.size(); ++c) {
                const QVariant want = values[r][c];
                const QVariant got = rows[r].values[source.fields().indexOf(columns[c].name)];
                const QString where
                    = QStringLiteral("row %1 %2: want %3, got %4 (%5)")
                          .arg(r + 1)
                          .arg(columns[c].name, want.toString(), got.toString(), QString::fromLatin1(got.typeName()));
                if (want.isNull()) {
                    QVERIFY2(got.isNull(), qPrintable(where));
                    continue;
                }
                if (text) {
                    const QString shown = want.userType() == QMetaType::QDate ? want.toDate().toString(Qt::ISODate)
                        : want.userType() == QMetaType::Bool                  ? QString::number(int(want.toBool()))
                                                                              : want.toString();
                    QVERIFY2(got.userType() == QMetaType::QString && got.toString() == shown, qPrintable(where));
                    continue;
                }
                switch (columns[c].type) {
                case QMetaType::QString:
                    QVERIFY2(got.userType() == QMetaType::QString && got == want, qPrintable(where));
                    break;
                case QMetaType::QDate:
                    QVERIFY2(got.toDate() == want.toDate(), qPrintable(where));
                    break;
                case QMetaType::Double:
                    QVERIFY2(got.toDouble() == want.toDouble(), qPrintable(where));
                    break;
                case QMetaType::Bool:
                    QVERIFY2(got.toBool() == want.toBool(), qPrintable(where));
                    break;
                default:
                    QVERIFY2(got.toLongLong() == want.toLongLong(), qPrintable(where));
                }
            }
            QCOMPARE(bool(rows[r].lonLat), bool(points[r]));
            if (points[r]) {
                QVERIFY2(std::fabs(rows[r].lonLat->x() - points[r]->x()) < 1e-9
                        && std::fabs(rows[r].lonLat->y() - points[r]->y()) < 1e-9,
                    qPrintable(QStringLiteral("%1 %2")
                                   .arg(rows[r].lonLat->x(), 0, 'f', 12)
                                   .arg(rows[r].lonLat->y(), 0, 'f', 12)));
            }
            QCOMPARE(rows[r].footprintWkb.isEmpty(), footprints[r].isEmpty());
            if (!footprints[r].isEmpty())
                QVERIFY(sameShape(vertices(footprints[r]), vertices(rows[r].footprintWkb), 1e-9));
        }
    }

    // Points only, in a Gauss-Krüger zone: the layer's geometry is points
    // and the x/y columns metres; read back with its .prj to the same lon, lat.
    void pointsInZone()
    {
        const QString file = path(QStringLiteral("zone.gpkg"));
        TableWriteOptions options;
        options.targetEpsg = 4549;
        options.layer = QStringLiteral("residents");
        {
            TableSink sink = TableSink::create(
                file, TableFormat::GeoPackage, { { QStringLiteral("name"), QMetaType::QString, 0 } }, options);
            QCOMPARE(
                sink.columnNames(), (QStringList { QStringLiteral("name"), QStringLiteral("x"), QStringLiteral("y") }));
            sink.write({ QStringLiteral("张三") }, QPointF(119.53, 35.41));
            sink.commit();
        }
        TableSource source = TableSource::open(file);
        QCOMPARE(source.sourceEpsg(), 4549);
        QCOMPARE(source.layer(), QStringLiteral("residents"));
        TableRow row;
        QVERIFY(source.next(row));
        QVERIFY(std::fabs(row.lonLat->x() - 119.53) < 1e-9 && std::fabs(row.lonLat->y() - 35.41) < 1e-9);
        QVERIFY(row.footprintWkb.isEmpty());
        const QPointF back = cs2cs(4549, row.values[1].toDouble(), row.values[2].toDouble());
        QVERIFY(std::fabs(back.x() - 119.53) < 1e-6 && std::fabs(back.y() - 35.41) < 1e-6);
    }

    // A sink not committed leaves nothing, neither the file nor its parts;
    // a committed one replaces an older file whole.
    void uncommittedLeavesNothing()
    {
        QTemporaryDir dir;
        for (const QString &name : { QStringLiteral("a.csv"), QStringLiteral("a.shp"), QStringLiteral("a.xlsx"),
                 QStringLiteral("a.gpkg"), QStringLiteral("a.geojson") }) {
            const QString file = dir.filePath(name);
            {
                TableSink sink = TableSink::create(
                    file, *tableformat::fromPath(file, nullptr), { { QStringLiteral("name"), QMetaType::QString, 0 } });
                sink.write({ QStringLiteral("x") }, QPointF(119.5, 35.4));
            }
            QVERIFY2(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty(),
                qPrintable(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).join(QLatin1Char(' '))));
        }
        const QString file = dir.filePath(QStringLiteral("b.shp"));
        for (const QString &value : { QStringLiteral("old"), QStringLiteral("new") }) {
            TableSink sink = TableSink::create(
                file, TableFormat::Shapefile, { { QStringLiteral("name"), QMetaType::QString, 0 } });
            sink.write({ value }, QPointF(119.5, 35.4));
            if (value == QLatin1String("old"))
                sink.write({ value }, QPointF(119.6, 35.4));
            sink.commit();
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
            (QStringList { QStringLiteral("b.cpg"), QStringLiteral("b.dbf"), QStringLiteral("b.prj"),
                QStringLiteral("b.shp"), QStringLiteral("b.shx") }));
        TableSource source = TableSource::open(file);
        const QVector<TableRow> rows = readAll(source);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].values[0], QVariant(QStringLiteral("new")));
    }

    // Text GBK cannot hold is refused, naming the row and field.
    void gbkCannotHold()
    {
        const QString file = path(QStringLiteral("emoji.csv"));
        TableWriteOptions options;
        options.encoding = QStringLiteral("GBK");
        TableSink sink
            = TableSink::create(file, TableFormat::Csv, { { QStringLiteral("name"), QMetaType::QString, 0 } }, options);
        sink.write({ QStringLiteral("张三") }, std::nullopt);
        const QString message = messageOf([&] { sink.write({ QStringLiteral("王\U0001F600") }, std::nullopt); });
        QVERIFY2(message.contains(QStringLiteral("row 2, name")) && message.contains(QStringLiteral("'\U0001F600'"))
                && message.contains(QStringLiteral("GBK")),
            qPrintable(message));
        QCOMPARE(sink.rowsWritten(), 1);
    }

    // A CSV with only its header has its fields and no rows; an empty file
    // is no table; a GeoJSON file may be named .json.
    void edges()
    {
        const QString header = path(QStringLiteral("header.csv"));
        QVERIFY(writeBytes(header, "\xEF\xBB\xBFname,lon,lat\r\n"));
        TableSource source = TableSource::open(header);
        QCOMPARE(
            source.fields(), (QStringList { QStringLiteral("name"), QStringLiteral("lon"), QStringLiteral("lat") }));
        QCOMPARE(source.featureCount(), 0);
        TableRow row;
        QVERIFY(!source.next(row));
        QVERIFY(!source.next(row));

        const QString empty = path(QStringLiteral("empty.csv"));
        QVERIFY(writeBytes(empty, QByteArray()));
        const QString message = messageOf([&] { TableSource::open(empty); });
        QVERIFY2(message.contains(empty), qPrintable(message));

        const QString json = path(QStringLiteral("points.json"));
        {
            TableSink sink
                = TableSink::create(json, TableFormat::GeoJson, { { QStringLiteral("name"), QMetaType::QString, 0 } });
            sink.write({ QStringLiteral("张三") }, QPointF(119.53, 35.41));
            sink.commit();
        }
        TableSource back = TableSource::open(json);
        QCOMPARE(back.format(), TableFormat::GeoJson);
        QCOMPARE(back.sourceEpsg(), 4326);
        QVERIFY(back.next(row));
        QCOMPARE(row.values[0], QVariant(QStringLiteral("张三")));
        QVERIFY(std::fabs(row.lonLat->x() - 119.53) < 1e-9 && std::fabs(row.lonLat->y() - 35.41) < 1e-9);
        const QString refused = messageOf([&] {
            TableSink::create(path(QStringLiteral("wrong.csv")), TableFormat::GeoJson,
                { { QStringLiteral("name"), QMetaType::QString, 0 } });
        });
        QVERIFY2(refused.contains(QStringLiteral(".geojson")), qPrintable(refused));
    }

    // Bad files are named with what is wrong.
    void badFiles()
    {
        const QString missing = path(QStringLiteral("missing.csv"));
        QString message = messageOf([&] { TableSource::open(missing); });
        QVERIFY2(message.contains(missing) && message.contains(QStringLiteral("no such file")), qPrintable(message));

        const QString notGpkg = path(QStringLiteral("text.gpkg"));
        QVERIFY(writeBytes(notGpkg, "this is not a database\n"));
        message = messageOf([&] { TableSource::open(notGpkg); });
        QVERIFY2(message.contains(notGpkg) && message.contains(QStringLiteral("not a GeoPackage file")),
            qPrintable(message));

        const QString notXlsx = path(QStringLiteral("text.xlsx"));
        QVERIFY(writeBytes(notXlsx, "name,x\n"));
        message = messageOf([&] { TableSource::open(notXlsx); });
        QVERIFY2(message.contains(notXlsx) && message.contains(QStringLiteral("not a XLSX file")), qPrintable(message));

        const QString txt = path(QStringLiteral("people.txt"));
        QVERIFY(writeBytes(txt, "name\n"));
        message = messageOf([&] { TableSource::open(txt); });
        QVERIFY2(message.contains(txt) && message.contains(QStringLiteral(".csv")), qPrintable(message));

        const QString csv = path(QStringLiteral("xy.csv"));
        QVERIFY(writeBytes(csv, "name,east,north\nA,119.5,35.4\nB,abc,35.4\nC,119.5,\n"));
        TableReadOptions options;
        options.xField = QStringLiteral("nope");
        options.yField = QStringLiteral("north");
        message = messageOf([&] { TableSource::open(csv, options); });
        QVERIFY2(message.contains(csv) && message.contains(QStringLiteral("\"nope\""))
                && message.contains(QStringLiteral("east")),
            qPrintable(message));
        options.xField = QStringLiteral("east");
        TableSource source = TableSource::open(csv, options);
        const QVector<TableRow> rows = readAll(source);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(*rows[0].lonLat, QPointF(119.5, 35.4));
        QCOMPARE(rows[1].number, 2);
        QVERIFY(!rows[1].lonLat);
        QCOMPARE(rows[1].problem, QStringLiteral("east: 'abc' is not a number"));
        QCOMPARE(rows[2].problem, QStringLiteral("north: empty"));

        const QString swapped = path(QStringLiteral("swapped.csv"));
        QVERIFY(writeBytes(swapped, "lat,lon\n119.5,35.4\n"));
        TableSource s2 = TableSource::open(swapped);
        TableRow row;
        QVERIFY(s2.next(row));
        QVERIFY2(row.problem.contains(QStringLiteral("swap")), qPrintable(row.problem));
    }
};

QTEST_GUILESS_MAIN(TestTableFile)
#include "test_tablefile.moc"
