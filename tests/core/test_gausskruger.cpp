// Gauss-Krüger zone choice: the map CRS for a township's longitude.
#include "GaussKruger.h"

#include <QTest>

#include <cmath>

using namespace griddesk;

class TestGaussKruger : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void zones_data()
    {
        QTest::addColumn<double>("lon");
        QTest::addColumn<int>("zone");
        QTest::addColumn<int>("epsg");
        QTest::newRow("Rizhao 119.5E") << 119.53 << 40 << 4549;   // CM 120E
        QTest::newRow("Beijing 116.4E") << 116.4 << 39 << 4548;   // CM 117E
        QTest::newRow("Urumqi 87.6E") << 87.6 << 29 << 4538;      // CM 87E
        QTest::newRow("west edge 75E") << 75.0 << 25 << 4534;
        QTest::newRow("east edge 135E") << 135.0 << 45 << 4554;
        QTest::newRow("boundary 118.5E") << 118.5 << 40 << 4549;  // half way rounds up
        QTest::newRow("outside") << 10.0 << 0 << 0;
    }
    void zones()
    {
        QFETCH(double, lon);
        QFETCH(int, zone);
        QFETCH(int, epsg);
        QCOMPARE(gausskruger::zoneForLongitude(lon), zone);
        QCOMPARE(gausskruger::epsgForZone(zone), epsg);
    }
    void notANumber()
    {
        QCOMPARE(gausskruger::zoneForLongitude(std::nan("")), 0);
    }
};

QTEST_GUILESS_MAIN(TestGaussKruger)
#include "test_gausskruger.moc"
