// Time-limit status: on time, warning at 80 %, overdue, closed on time or late.
#include "DeadlineStatus.h"

#include <QTest>

using namespace griddesk;

class TestDeadlineStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void open_data()
    {
        QTest::addColumn<int>("hoursElapsed");
        QTest::addColumn<int>("expected");
        // A 10-hour limit: warning from hour 8, overdue after hour 10.
        QTest::newRow("start") << 0 << int(DeadlineStatus::OnTime);
        QTest::newRow("79%") << 7 << int(DeadlineStatus::OnTime);
        QTest::newRow("80%") << 8 << int(DeadlineStatus::Warning);
        QTest::newRow("100%") << 10 << int(DeadlineStatus::Warning);
        QTest::newRow("110%") << 11 << int(DeadlineStatus::Overdue);
    }
    void open()
    {
        QFETCH(int, hoursElapsed);
        QFETCH(int, expected);
        const QDateTime start(QDate(2026, 1, 5), QTime(8, 0), Qt::UTC);
        const QDateTime deadline = start.addSecs(10 * 3600);
        const QDateTime now = start.addSecs(hoursElapsed * 3600);
        QCOMPARE(int(deadlinestatus::evaluate(start, deadline, {}, true, now)), expected);
    }
    void closed()
    {
        const QDateTime start(QDate(2026, 1, 5), QTime(8, 0), Qt::UTC);
        const QDateTime deadline = start.addDays(3);
        QCOMPARE(deadlinestatus::evaluate(start, deadline, start.addDays(2), false, start.addDays(30)),
                 DeadlineStatus::ClosedOnTime);
        QCOMPARE(deadlinestatus::evaluate(start, deadline, start.addDays(4), false, start.addDays(30)),
                 DeadlineStatus::ClosedLate);
        QCOMPARE(deadlinestatus::evaluate(start, QDateTime(), {}, true, start), DeadlineStatus::None);
    }
    void codesAreDistinct()
    {
        QSet<QString> codes;
        for (auto s : {DeadlineStatus::None, DeadlineStatus::OnTime, DeadlineStatus::Warning, DeadlineStatus::Overdue,
                       DeadlineStatus::ClosedOnTime, DeadlineStatus::ClosedLate})
            codes.insert(deadlinestatus::code(s));
        QCOMPARE(codes.size(), 6);
    }
};

QTEST_GUILESS_MAIN(TestDeadlineStatus)
#include "test_deadlinestatus.moc"
