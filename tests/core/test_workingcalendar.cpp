// The working-day calendar across the 2026 Spring Festival and its adjusted
// working weekends (调休), loaded from the shipped data file.
#include "WorkingCalendar.h"

#include <QTest>

using namespace griddesk;

namespace {
QDateTime cst(int y, int m, int d, int h = 0, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::OffsetFromUTC, 8 * 3600);
}
} // namespace

class TestWorkingCalendar : public QObject
{
    Q_OBJECT

private:
    WorkingCalendar m_cal;

private Q_SLOTS:
    void initTestCase()
    {
        QVector<FieldError> errors;
        m_cal = WorkingCalendar::load(QStringLiteral(GRIDDESK_SOURCE_DIR "/resources/calendar/cn_working_calendar.csv"), &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(joinErrors(errors)));
        QCOMPARE(m_cal.years(), (QVector<int>{2026, 2027}));
    }

    void springFestival2026()
    {
        QVERIFY(m_cal.isWorkingDay(QDate(2026, 2, 13)));  // Friday
        QVERIFY(m_cal.isWorkingDay(QDate(2026, 2, 14)));  // Saturday, adjusted working day
        for (int d = 15; d <= 23; ++d)
            QVERIFY2(!m_cal.isWorkingDay(QDate(2026, 2, d)), qPrintable(QString::number(d)));
        QCOMPARE(m_cal.holidayName(QDate(2026, 2, 17)), QStringLiteral("春节"));
        QVERIFY(m_cal.isWorkingDay(QDate(2026, 2, 24)));
        QVERIFY(m_cal.isWorkingDay(QDate(2026, 2, 28)));  // Saturday, adjusted working day
        QVERIFY(!m_cal.isWorkingDay(QDate(2026, 3, 1)));  // plain Sunday
        QVERIFY(!m_cal.isWorkingDay(QDate(2026, 3, 7)));  // plain Saturday
    }

    void addWorkingDays_data()
    {
        QTest::addColumn<QDateTime>("start");
        QTest::addColumn<int>("days");
        QTest::addColumn<QDateTime>("deadline");
        // Friday before the holiday: Sat 14 (adjusted), then Tue 24, Wed 25.
        QTest::newRow("3 days across Spring Festival") << cst(2026, 2, 13, 10) << 3 << cst(2026, 2, 26);
        QTest::newRow("1 day from Thursday") << cst(2026, 2, 12, 16) << 1 << cst(2026, 2, 14);
        QTest::newRow("from the adjusted Saturday") << cst(2026, 2, 14, 9) << 1 << cst(2026, 2, 25);
        QTest::newRow("counting the adjusted Saturday 28th") << cst(2026, 2, 26, 9) << 2 << cst(2026, 3, 1);
        QTest::newRow("plain week") << cst(2026, 3, 2, 9) << 5 << cst(2026, 3, 10);
        QTest::newRow("over a plain weekend") << cst(2026, 3, 6, 9) << 1 << cst(2026, 3, 10);
        // 1–7 October off; Thursday 8th and Friday 9th are the next working days.
        QTest::newRow("across National Day") << cst(2026, 9, 30, 9) << 2 << cst(2026, 10, 10);
    }
    void addWorkingDays()
    {
        QFETCH(QDateTime, start);
        QFETCH(int, days);
        QFETCH(QDateTime, deadline);
        QCOMPARE(m_cal.addWorkingDays(start, days), deadline.toUTC());
    }

    void workingSeconds()
    {
        // 13 Feb 00:00 to 26 Feb 00:00: only the 13th, 14th, 24th and 25th count.
        QCOMPARE(m_cal.workingSecondsBetween(cst(2026, 2, 13), cst(2026, 2, 26)), qint64(4 * 86400));
        // Part days count in part.
        QCOMPARE(m_cal.workingSecondsBetween(cst(2026, 2, 13, 18), cst(2026, 2, 14, 6)), qint64(12 * 3600));
        // A span wholly inside the holiday counts nothing.
        QCOMPARE(m_cal.workingSecondsBetween(cst(2026, 2, 16), cst(2026, 2, 20)), qint64(0));
        QCOMPARE(m_cal.workingSecondsBetween(cst(2026, 2, 20), cst(2026, 2, 16)), qint64(0));
    }

    void badLinesAreReportedByLine()
    {
        QVector<FieldError> errors;
        const WorkingCalendar cal = WorkingCalendar::parse(
            QStringLiteral("# comment\n2026-13-01,holiday,x\n2026-05-01,party,x\n2026-05-02,holiday,劳动节\nnonsense\n"),
            &errors);
        QCOMPARE(errors.size(), 3);
        QCOMPARE(errors[0].row, 2);
        QCOMPARE(errors[0].field, QStringLiteral("date"));
        QCOMPARE(errors[1].row, 3);
        QCOMPARE(errors[1].field, QStringLiteral("kind"));
        QCOMPARE(errors[2].row, 5);
        QVERIFY(!cal.isWorkingDay(QDate(2026, 5, 2)) && cal.holidayName(QDate(2026, 5, 2)) == QStringLiteral("劳动节"));
        QVERIFY(cal.isWorkingDay(QDate(2026, 5, 1))); // the bad line was skipped: a plain Friday
        QVector<FieldError> missing;
        WorkingCalendar::load(QStringLiteral("/nonexistent/calendar.csv"), &missing);
        QCOMPARE(missing.size(), 1);
        QVERIFY(missing[0].message.contains(QStringLiteral("/nonexistent/calendar.csv")));
    }
};

QTEST_GUILESS_MAIN(TestWorkingCalendar)
#include "test_workingcalendar.moc"
