// Early warning on hand-built cases: a grid rising against its own baseline
// (and one that is merely busy as always), the same party coming back within
// the window (and not after it), the same kind of case at the same place, and
// a cluster of one category; each with its cases and its reason in words.
#include "EarlyWarning.h"
#include "KpiEngine.h"

#include <QTest>
#include <QtMath>

#include <cmath>
#include <QTimeZone>

using namespace griddesk;

namespace {

QDateTime cst(int month, int day, int year = 2026)
{
    return QDateTime(QDate(year, month, day), QTime(10, 0), QTimeZone(8 * 3600)).toUTC();
}

const QString T = QStringLiteral("371102001000");
const QString C1 = QStringLiteral("371102001001");
const QString G1 = C1 + QStringLiteral("001");
const QString G2 = C1 + QStringLiteral("002");

QVector<KpiUnit> units()
{
    return {{T, QString(), QStringLiteral("镇"), AdminLevel::Township, false, 0},
            {C1, T, QStringLiteral("社区"), AdminLevel::Community, false, 0},
            {G1, C1, QStringLiteral("一网格"), AdminLevel::Grid, false, 0},
            {G2, C1, QStringLiteral("二网格"), AdminLevel::Grid, false, 0}};
}

qint64 g_next = 1;

KpiCase at(const QString &grid, const QDateTime &when, const QString &category, GeoPoint where = {119.5, 35.4})
{
    KpiCase c;
    c.id = g_next++;
    c.gridCode = grid;
    c.communityCode = C1;
    c.townshipCode = T;
    c.state = IncidentState::Accepted;
    c.reportedAt = when;
    c.categoryCode = category;
    c.location = where;
    return c;
}

// A point `metres` east of a base point at Rizhao's latitude.
GeoPoint east(double metres)
{
    return GeoPoint{119.5 + metres / (111320.0 * std::cos(qDegreesToRadians(35.4))), 35.4};
}

} // namespace

class TestEarlyWarning : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aGridRisingAgainstItsOwnBaseline()
    {
        QVector<KpiCase> cases;
        // G1: 2 cases a month from May to October, then 7 in November.
        // G2: 8 a month from May to October, 6 in November: busy, not rising.
        // The community: 10 a month, then 13: not 1.5 times its baseline.
        for (int m = 5; m <= 10; ++m)
            for (int i = 0; i < 2; ++i)
                cases << at(G1, cst(m, 3 + i), QStringLiteral("noise"), east(1000.0 * m + 100 * i));
        for (int m = 5; m <= 10; ++m)
            for (int i = 0; i < 8; ++i)
                cases << at(G2, cst(m, 2 + i), QStringLiteral("noise"), east(20000.0 + 1000.0 * m + 100 * i));
        for (int i = 0; i < 7; ++i)
            cases << at(G1, cst(11, 1 + i), QStringLiteral("noise"), east(50000.0 + 1000 * i));
        for (int i = 0; i < 6; ++i)
            cases << at(G2, cst(11, 10 + i), QStringLiteral("noise"), east(90000.0 + 1000 * i));
        KpiCase rejected = at(G1, cst(11, 21), QStringLiteral("noise"));
        rejected.state = IncidentState::Rejected;
        cases << rejected;

        const KpiEngine engine(units());
        const EarlyWarning ew(engine);
        const QVector<KpiWarning> w = ew.rising(cases, KpiPeriod::month(2026, 11), cst(11, 29));
        QStringList units;
        for (const KpiWarning &x : w)
            units << x.unitCode;
        QCOMPARE(units, QStringList{G1});
        QCOMPARE(w.first().count, 7);
        QCOMPARE(w.first().caseIds.size(), 7);
        QCOMPARE(w.first().baseline, 2.0);
        QCOMPARE(w.first().periods, 6);
        QVERIFY2(w.first().text(QStringLiteral("一网格"), QString()).contains(QStringLiteral("7 cases")),
                 qPrintable(w.first().text(QStringLiteral("一网格"), QString())));
    }

    void theSamePartyWithinTheWindow()
    {
        QVector<KpiCase> cases;
        KpiCase a = at(G1, cst(9, 1), QStringLiteral("neighbourhood_dispute"), east(0));
        a.parties = QStringList{QStringLiteral("张 三"), QStringLiteral("李四")};
        KpiCase b = at(G2, cst(11, 10), QStringLiteral("land_dispute"), east(5000));
        b.parties = QStringList{QStringLiteral("张三")};
        KpiCase c = at(G1, cst(3, 1), QStringLiteral("neighbourhood_dispute"), east(0));
        c.parties = QStringList{QStringLiteral("王五")};
        KpiCase d = at(G1, cst(11, 12), QStringLiteral("neighbourhood_dispute"), east(10000));
        d.parties = QStringList{QStringLiteral("王五")}; // 256 days after c: outside the window
        cases << a << b << c << d;
        const KpiEngine engine(units());
        const QVector<KpiWarning> w = EarlyWarning(engine).repeatParties(cases, KpiPeriod::month(2026, 11), cst(11, 29));
        QCOMPARE(w.size(), 1);
        QCOMPARE(w.first().kind, KpiWarning::Kind::RepeatParties);
        QCOMPARE(w.first().caseIds, (QVector<qint64>{a.id, b.id}));
        QCOMPARE(w.first().party, QStringLiteral("张 三"));
        QCOMPARE(w.first().days, 70);
        QCOMPARE(w.first().unitCode, G2);
    }

    void theSameKindOfCaseAtTheSamePlace()
    {
        QVector<KpiCase> cases;
        cases << at(G1, cst(10, 1), QStringLiteral("noise"), east(0)) << at(G1, cst(11, 3), QStringLiteral("noise"), east(30))
              << at(G1, cst(11, 4), QStringLiteral("road"), east(10))    // another kind
              << at(G1, cst(11, 5), QStringLiteral("noise"), east(400)); // too far
        const KpiEngine engine(units());
        const QVector<KpiWarning> w = EarlyWarning(engine).repeatPlaces(cases, KpiPeriod::month(2026, 11), cst(11, 29));
        QCOMPARE(w.size(), 1);
        QCOMPARE(w.first().caseIds.size(), 2);
        QCOMPARE(w.first().categoryCode, QStringLiteral("noise"));
        QVERIFY(w.first().where.x > 119.5 && w.first().where.x < east(30).x);
    }

    void aClusterOfOneCategory()
    {
        QVector<KpiCase> cases;
        for (int i = 0; i < 4; ++i)
            cases << at(G1, cst(11, 10 + i), QStringLiteral("flooding"), east(80.0 * i));
        // Three others close by but two weeks later, and one far away.
        for (int i = 0; i < 3; ++i)
            cases << at(G2, cst(11, 27), QStringLiteral("flooding"), east(80.0 * i));
        cases << at(G2, cst(11, 12), QStringLiteral("flooding"), east(3000));
        const KpiEngine engine(units());
        const QVector<KpiWarning> w = EarlyWarning(engine).clusters(cases, KpiPeriod::month(2026, 11), cst(11, 29));
        QCOMPARE(w.size(), 1);
        QCOMPARE(w.first().count, 4);
        QCOMPARE(w.first().days, 3);
        QVERIFY(w.first().text(QStringLiteral("一网格"), QStringLiteral("积水")).contains(QStringLiteral("积水")));
        // Nothing in the period: no warning, however close the old cases were.
        QVERIFY(EarlyWarning(engine).clusters(cases, KpiPeriod::month(2026, 12), cst(12, 20)).size() == 0);
        QCOMPARE(EarlyWarning(engine).find(cases, KpiPeriod::month(2026, 11), cst(11, 29)).size(),
                 EarlyWarning(engine).clusters(cases, KpiPeriod::month(2026, 11), cst(11, 29)).size()
                     + EarlyWarning(engine).repeatPlaces(cases, KpiPeriod::month(2026, 11), cst(11, 29)).size()
                     + EarlyWarning(engine).rising(cases, KpiPeriod::month(2026, 11), cst(11, 29)).size());
    }
};

QTEST_GUILESS_MAIN(TestEarlyWarning)
#include "test_earlywarning.moc"
