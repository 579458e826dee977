// Assessment periods: parsing every text form and its errors, the instants in
// China Standard Time, previous periods, the same period last year, trends
// and the ISO weeks of a period.
#include "KpiPeriod.h"

#include <QTest>
#include <QTimeZone>

using namespace griddesk;

class TestKpiPeriod : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesEveryForm_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("last");
        QTest::newRow("week") << "2026-W48" << QDate(2026, 11, 23) << QDate(2026, 11, 29);
        QTest::newRow("week 1 starts in December") << "2026-W01" << QDate(2025, 12, 29) << QDate(2026, 1, 4);
        QTest::newRow("week 53") << "2026-W53" << QDate(2026, 12, 28) << QDate(2027, 1, 3);
        QTest::newRow("month") << "2026-02" << QDate(2026, 2, 1) << QDate(2026, 2, 28);
        QTest::newRow("leap month") << "2028-02" << QDate(2028, 2, 1) << QDate(2028, 2, 29);
        QTest::newRow("quarter") << "2026-Q4" << QDate(2026, 10, 1) << QDate(2026, 12, 31);
        QTest::newRow("year") << "2026" << QDate(2026, 1, 1) << QDate(2026, 12, 31);
        QTest::newRow("custom") << " 2026-11-01..2026-11-15 " << QDate(2026, 11, 1) << QDate(2026, 11, 15);
    }
    void parsesEveryForm()
    {
        QFETCH(QString, text);
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        QString error;
        const auto p = KpiPeriod::parse(text, &error);
        QVERIFY2(p, qPrintable(error));
        QCOMPARE(p->first(), first);
        QCOMPARE(p->last(), last);
        QCOMPARE(KpiPeriod::parse(p->key())->first(), first); // the key reads back
    }

    void refusesWithTheReason_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("says");
        QTest::newRow("week 53 of a 52-week year") << "2025-W53" << "ISO week 53";
        QTest::newRow("month 13") << "2026-13" << "01 to 12";
        QTest::newRow("quarter 5") << "2026-Q5" << "Q1 to Q4";
        QTest::newRow("backwards") << "2026-11-15..2026-11-01" << "ends before";
        QTest::newRow("no such day") << "2026-02-30..2026-03-01" << "not a real date";
        QTest::newRow("words") << "last month" << "not a period";
        QTest::newRow("empty") << "" << "not a period";
    }
    void refusesWithTheReason()
    {
        QFETCH(QString, text);
        QFETCH(QString, says);
        QString error;
        QVERIFY(!KpiPeriod::parse(text, &error));
        QVERIFY2(error.contains(says), qPrintable(error));
    }

    void boundsAreMidnightInChina()
    {
        const KpiPeriod p = KpiPeriod::month(2026, 11);
        QCOMPARE(p.from(), QDateTime(QDate(2026, 10, 31), QTime(16, 0), Qt::UTC));
        QCOMPARE(p.to(), QDateTime(QDate(2026, 11, 30), QTime(16, 0), Qt::UTC));
        QVERIFY(p.contains(QDateTime(QDate(2026, 10, 31), QTime(16, 0), Qt::UTC)));
        QVERIFY(!p.contains(QDateTime(QDate(2026, 10, 31), QTime(15, 59, 59), Qt::UTC)));
        QVERIFY(!p.contains(p.to()));
        QCOMPARE(KpiPeriod::dayOf(QDateTime(QDate(2026, 11, 30), QTime(16, 30), Qt::UTC)), QDate(2026, 12, 1));
    }

    void previousAndLastYear()
    {
        QCOMPARE(KpiPeriod::month(2026, 1).previous(), KpiPeriod::month(2025, 12));
        QCOMPARE(KpiPeriod::quarter(2026, 1).previous(), KpiPeriod::quarter(2025, 4));
        QCOMPARE(KpiPeriod::parse(QStringLiteral("2026-W01"))->previous().key(), QStringLiteral("2025-W52"));
        QCOMPARE(KpiPeriod::parse(QStringLiteral("2026-W53"))->sameLastYear().key(), QStringLiteral("2025-W52"));
        QCOMPARE(KpiPeriod::parse(QStringLiteral("2026-W48"))->sameLastYear().key(), QStringLiteral("2025-W48"));
        QCOMPARE(KpiPeriod::month(2026, 11).sameLastYear(), KpiPeriod::month(2025, 11));
        const KpiPeriod custom = KpiPeriod::custom(QDate(2026, 11, 1), QDate(2026, 11, 10));
        QCOMPARE(custom.previous(), KpiPeriod::custom(QDate(2026, 10, 22), QDate(2026, 10, 31)));
        QCOMPARE(custom.sameLastYear(), KpiPeriod::custom(QDate(2025, 11, 1), QDate(2025, 11, 10)));
        const QVector<KpiPeriod> trend = KpiPeriod::month(2026, 2).trend(4);
        QCOMPARE(trend.size(), 4);
        QCOMPARE(trend.first(), KpiPeriod::month(2025, 11));
        QCOMPARE(trend.last(), KpiPeriod::month(2026, 2));
        QCOMPARE(KpiPeriod::containing(KpiPeriod::Kind::Quarter, QDate(2026, 8, 15)), KpiPeriod::quarter(2026, 3));
    }

    void isoWeeksByTheirThursday()
    {
        // November 2026: Thursdays 5, 12, 19, 26.
        QCOMPARE(KpiPeriod::month(2026, 11).isoWeeks(),
                 (QStringList{QStringLiteral("2026-W45"), QStringLiteral("2026-W46"), QStringLiteral("2026-W47"),
                              QStringLiteral("2026-W48")}));
        QCOMPARE(KpiPeriod::year(2026).isoWeeks().size(), 53);
        // Their bounds: Monday 2 November to Monday 30 November, China time.
        QCOMPARE(KpiPeriod::month(2026, 11).weeksFrom(), QDateTime(QDate(2026, 11, 1), QTime(16, 0), Qt::UTC));
        QCOMPARE(KpiPeriod::month(2026, 11).weeksTo(), QDateTime(QDate(2026, 11, 29), QTime(16, 0), Qt::UTC));
        // October 2026 counts week 44, which runs to Sunday 1 November.
        QCOMPARE(KpiPeriod::month(2026, 10).weeksTo(), QDateTime(QDate(2026, 11, 1), QTime(16, 0), Qt::UTC));
        // No Thursday inside: the period's own bounds.
        const KpiPeriod twoDays = KpiPeriod::custom(QDate(2026, 11, 27), QDate(2026, 11, 28));
        QCOMPARE(twoDays.weeksFrom(), twoDays.from());
        QCOMPARE(twoDays.weeksTo(), twoDays.to());
        QCOMPARE(KpiPeriod::parse(QStringLiteral("2026-W01"))->isoWeeks(), QStringList{QStringLiteral("2026-W01")});
    }
};

QTEST_GUILESS_MAIN(TestKpiPeriod)
#include "test_kpiperiod.moc"
