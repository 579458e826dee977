// GeoPackage geometry blobs: round trips, envelopes from header or WKB, and
// malformed input that must be refused rather than read past its end.
#include "GpkgGeometry.h"

#include <QTest>
#include <QtEndian>

#include <cstring>

using namespace griddesk;

namespace {
QByteArray headerWithoutEnvelope(bool littleEndian)
{
    QByteArray b("GP", 2);
    b.append(char(0));
    b.append(char(littleEndian ? 0x01 : 0x00));
    const quint32 srs = 4490;
    char s[4];
    if (littleEndian)
        qToLittleEndian(srs, s);
    else
        qToBigEndian(srs, s);
    b.append(s, 4);
    return b;
}
QByteArray bigEndianPointWkb(double x, double y)
{
    QByteArray b;
    b.append(char(0));
    char t[4];
    qToBigEndian(quint32(1), t);
    b.append(t, 4);
    for (double v : {x, y}) {
        quint64 bits;
        std::memcpy(&bits, &v, 8);
        char d[8];
        qToBigEndian(bits, d);
        b.append(d, 8);
    }
    return b;
}
} // namespace

class TestGpkgGeometry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pointRoundTrip()
    {
        const QByteArray blob = gpkggeometry::encodePoint({119.5, 35.4});
        GeoPoint p;
        QVERIFY(gpkggeometry::decodePoint(blob, &p));
        QCOMPARE(p.x, 119.5);
        QCOMPARE(p.y, 35.4);
        GeoBounds env;
        bool empty = true;
        QVERIFY(gpkggeometry::envelope(reinterpret_cast<const unsigned char *>(blob.constData()), blob.size(), &env, &empty));
        QVERIFY(!empty);
        QCOMPARE(env.minX, 119.5);
        QCOMPARE(env.maxY, 35.4);
    }
    void multiPolygonRoundTrip()
    {
        MultiPolygon mp;
        Polygon a;
        a.rings.push_back({{0, 0}, {4, 0}, {4, 4}, {0, 4}, {0, 0}});
        a.rings.push_back({{1, 1}, {1, 2}, {2, 2}, {2, 1}, {1, 1}});
        Polygon b;
        b.rings.push_back({{10, 10}, {11, 10}, {11, 12}, {10, 10}});
        mp.polygons = {a, b};
        const QByteArray blob = gpkggeometry::encodeMultiPolygon(mp);
        MultiPolygon back;
        QVERIFY(gpkggeometry::decodeMultiPolygon(blob, &back));
        QCOMPARE(back.polygons.size(), 2);
        QCOMPARE(back.polygons[0].rings.size(), 2);
        QCOMPARE(back.polygons[0].rings[1][2].x, 2.0);
        QCOMPARE(back.polygons[1].rings[0].size(), 4);
        GeoBounds env;
        bool empty = true;
        QVERIFY(gpkggeometry::envelope(reinterpret_cast<const unsigned char *>(blob.constData()), blob.size(), &env, &empty));
        QCOMPARE(env.minX, 0.0);
        QCOMPARE(env.maxX, 11.0);
        QCOMPARE(env.maxY, 12.0);
    }
    void envelopeFromWkbWhenHeaderHasNone()
    {
        // Other writers (GDAL for points) omit the envelope; big-endian WKB is legal too.
        const QByteArray blob = headerWithoutEnvelope(false) + bigEndianPointWkb(119.25, 35.75);
        GeoBounds env;
        bool empty = true;
        QVERIFY(gpkggeometry::envelope(reinterpret_cast<const unsigned char *>(blob.constData()), blob.size(), &env, &empty));
        QVERIFY(!empty);
        QCOMPARE(env.minX, 119.25);
        QCOMPARE(env.minY, 35.75);
        GeoPoint p;
        QVERIFY(gpkggeometry::decodePoint(blob, &p));
        QCOMPARE(p.y, 35.75);
    }
    void malformed_data()
    {
        QTest::addColumn<QByteArray>("blob");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not GP") << QByteArray("XX\0\x03\0\0\0\0", 8);
        QTest::newRow("bad envelope code") << QByteArray("GP\0\x0f\0\0\0\0", 8);
        const QByteArray truncated = gpkggeometry::encodeMultiPolygon(
            MultiPolygon{{Polygon{{Ring{{0, 0}, {1, 0}, {1, 1}, {0, 0}}}}}});
        QTest::newRow("truncated WKB") << truncated.left(truncated.size() - 9);
        QByteArray hugeCount = headerWithoutEnvelope(true);
        hugeCount.append(char(1));
        hugeCount.append("\x03\0\0\0\xff\xff\xff\x7f", 8); // polygon claiming 2^31 rings
        QTest::newRow("huge ring count") << hugeCount;
    }
    void malformed()
    {
        QFETCH(QByteArray, blob);
        MultiPolygon mp;
        QVERIFY(!gpkggeometry::decodeMultiPolygon(blob, &mp));
        GeoBounds env;
        bool empty = false;
        if (blob.size() >= 8 && blob.startsWith("GP") && (blob[3] & 0x0e) == 0)
            QVERIFY(!gpkggeometry::envelope(reinterpret_cast<const unsigned char *>(blob.constData()), blob.size(), &env, &empty));
    }
};

QTEST_GUILESS_MAIN(TestGpkgGeometry)
#include "test_gpkggeometry.moc"
