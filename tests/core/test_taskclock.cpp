// Meeting tasks on the working-day calendar: the deadline skips weekends and
// holidays, due soon at 80 % of the working time, overdue after it,
// supervised when overdue, escalated after the grace period; the progress
// rolls up from grid to community to township.
#include "TaskClock.h"
#include "TaskRollup.h"

#include <QTest>
#include <QTimeZone>

using namespace griddesk;

namespace {

QDateTime cst(int month, int day, int hour = 10, int year = 2026)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), QTimeZone(8 * 3600)).toUTC();
}

WorkingCalendar calendar()
{
    QVector<FieldError> errors;
    // 1–3 October are holidays in this calendar; Sunday 11 October is a working day.
    const WorkingCalendar c = WorkingCalendar::parse(QStringLiteral("2026-10-01,holiday,国庆节\n2026-10-02,holiday,国庆节\n"
                                                                    "2026-10-05,holiday,国庆节\n2026-10-11,workday,\n"),
                                                     &errors);
    Q_ASSERT(errors.isEmpty());
    return c;
}

MeetingTask decided(const QDateTime &at, int days)
{
    MeetingTask t;
    t.decidedAt = at;
    t.workingDays = days;
    t.townshipCode = QStringLiteral("371102001000");
    t.communityCode = QStringLiteral("371102001001");
    t.gridCode = QStringLiteral("371102001001001");
    taskclock::stamp(t, calendar());
    return t;
}

} // namespace

class TestTaskClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deadlinesCountWorkingDays()
    {
        // Monday 30 November + 5 working days: the end of Monday 7 December.
        MeetingTask t = decided(cst(11, 30, 9), 5);
        QCOMPARE(t.dueAt, QDateTime(QDate(2026, 12, 8), QTime(0, 0), QTimeZone(8 * 3600)).toUTC());
        // Decided on Wednesday 30 September with 3 working days: Sep 30 → Oct 6, 7, 8 (1, 2, 5 are holidays,
        // 3 and 4 a weekend).
        t = decided(cst(9, 30, 15), 3);
        QCOMPARE(WorkingCalendar::localDay(t.dueAt.addSecs(-1)), QDate(2026, 10, 8));
        QVERIFY(t.warnAt > t.decidedAt && t.warnAt < t.dueAt);
    }

    void dueSoonOverdueAndDone()
    {
        MeetingTask t = decided(cst(11, 30, 9), 5);
        QCOMPARE(taskclock::status(t, cst(12, 1)), DeadlineStatus::OnTime);
        QCOMPARE(taskclock::status(t, t.warnAt.addSecs(1)), DeadlineStatus::Warning);
        QCOMPARE(taskclock::status(t, t.dueAt.addSecs(1)), DeadlineStatus::Overdue);
        t.state = TaskState::Done;
        t.doneAt = t.dueAt.addSecs(-60);
        QCOMPARE(taskclock::status(t, cst(12, 20)), DeadlineStatus::ClosedOnTime);
        t.doneAt = t.dueAt.addSecs(60);
        QCOMPARE(taskclock::status(t, cst(12, 20)), DeadlineStatus::ClosedLate);
    }

    void overdueTasksAreSupervisedThenEscalated()
    {
        MeetingTask t = decided(cst(11, 30, 9), 5); // due at the end of 7 December
        QVERIFY(taskclock::due(t, cst(12, 7, 20), calendar()).isEmpty());
        QCOMPARE(taskclock::due(t, cst(12, 8, 9), calendar()), QVector<TaskAction>{TaskAction::Supervise});
        taskclock::apply(t, TaskAction::Supervise, cst(12, 8, 9));
        QVERIFY(t.supervised);
        QVERIFY(taskclock::due(t, cst(12, 9, 23), calendar()).isEmpty());
        // Two working days after the deadline: escalated to the district.
        QCOMPARE(taskclock::due(t, cst(12, 10, 1), calendar()), QVector<TaskAction>{TaskAction::Escalate});
        taskclock::apply(t, TaskAction::Escalate, cst(12, 10, 1));
        QCOMPARE(t.level, AdminLevel::District);
        QCOMPARE(t.escalations, 1);
        // The district is the top: no further escalation.
        QVERIFY(taskclock::due(t, cst(12, 30), calendar()).isEmpty());
        t.state = TaskState::Done;
        QVERIFY(taskclock::due(t, cst(12, 30), calendar()).isEmpty());
    }

    void progressRollsUp()
    {
        const QDateTime now = cst(12, 9);
        MeetingTask overdue = decided(cst(11, 30, 9), 5);
        MeetingTask open = decided(cst(12, 8), 5);
        open.gridCode = QStringLiteral("371102001001002");
        MeetingTask done = decided(cst(11, 30, 9), 5);
        done.state = TaskState::Done;
        done.doneAt = cst(12, 2);
        done.gridCode.clear(); // a community's task
        MeetingTask township = decided(cst(11, 30, 9), 10);
        township.gridCode.clear();
        township.communityCode.clear();
        const auto p = taskrollup::rollUp({overdue, open, done, township}, now);
        QCOMPARE(p.value(QStringLiteral("371102001001001")).open, 1);
        QCOMPARE(p.value(QStringLiteral("371102001001001")).overdue, 1);
        QCOMPARE(p.value(QStringLiteral("371102001001002")).open, 1);
        QCOMPARE(p.value(QStringLiteral("371102001001")).open, 2);
        QCOMPARE(p.value(QStringLiteral("371102001001")).done, 1);
        QCOMPARE(p.value(QStringLiteral("371102001000")).total(), 4);
        QCOMPARE(p.value(QStringLiteral("371102001000")).overdue, 1);
    }
};

QTEST_GUILESS_MAIN(TestTaskClock)
#include "test_taskclock.moc"
