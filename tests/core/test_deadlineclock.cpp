// Both clocks on the working-day calendar: business deadline from acceptance,
// node deadlines restarted by dispatch, transfer and escalation, the 80 %
// warning measured in working time, and automatic supervision and escalation.
#include "DeadlineClock.h"
#include "EscalationPolicy.h"
#include "IncidentWorkflow.h"

#include <QTest>

using namespace griddesk;

namespace {

QDateTime cst(int y, int m, int d, int h = 0, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::OffsetFromUTC, 8 * 3600).toUTC();
}

WorkingCalendar calendar()
{
    QVector<FieldError> errors;
    return WorkingCalendar::load(QStringLiteral(GRIDDESK_SOURCE_DIR "/resources/calendar/cn_working_calendar.csv"), &errors);
}

WorkflowRequest req(IncidentAction a, const QDateTime &at, const QString &department = QStringLiteral("派出所"))
{
    WorkflowRequest q;
    q.action = a;
    q.role = Role::Administrator;
    q.at = at;
    q.note = QStringLiteral("说明");
    q.department = department;
    return q;
}

CaseState acceptedAt(const QDateTime &at)
{
    WorkflowRequest report = req(IncidentAction::Report, at.addSecs(-600));
    CaseState c = IncidentWorkflow::start(report);
    IncidentWorkflow::apply(&c, req(IncidentAction::Accept, at), nullptr);
    return c;
}

} // namespace

class TestDeadlineClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void businessDeadlineAcrossSpringFestival()
    {
        TimeLimits limits = TimeLimits::forCaseDays(3);
        const DeadlineClock clock(calendar(), limits);
        const CaseState c = acceptedAt(cst(2026, 2, 13, 10)); // Friday before the holiday
        // Sat 14 (adjusted working day), Tue 24, Wed 25: due at the end of the 25th.
        QCOMPARE(clock.businessDeadline(c), cst(2026, 2, 26));
        // Four working days of time in all (13th from 10:00, 14th, 24th, 25th):
        // 80 % is reached during the 25th, not during the holiday.
        QCOMPARE(clock.businessStatus(c, cst(2026, 2, 20, 12)), DeadlineStatus::OnTime);
        QCOMPARE(clock.businessStatus(c, cst(2026, 2, 24, 23)), DeadlineStatus::OnTime);
        QCOMPARE(clock.businessStatus(c, cst(2026, 2, 25, 12)), DeadlineStatus::Warning);
        QCOMPARE(clock.businessStatus(c, cst(2026, 2, 26, 0, 1)), DeadlineStatus::Overdue);
        // A plain calendar would have wrongly put the deadline inside the holiday.
        QCOMPARE(DeadlineClock(WorkingCalendar(), limits).businessDeadline(c), cst(2026, 2, 19));
    }

    void nodeClockRestartsOnDispatchTransferAndEscalation()
    {
        TimeLimits limits = TimeLimits::forCaseDays(15); // dispatch 1, handle 12 working days
        const DeadlineClock clock(calendar(), limits);
        CaseState c = acceptedAt(cst(2026, 3, 2, 9)); // Monday
        QCOMPARE(c.node(), WorkflowNode::Dispatch);
        QCOMPARE(clock.nodeDeadline(c), cst(2026, 3, 4)); // end of Tuesday
        QVERIFY(IncidentWorkflow::apply(&c, req(IncidentAction::Dispatch, cst(2026, 3, 3, 9)), nullptr));
        QCOMPARE(c.node(), WorkflowNode::Handle);
        QCOMPARE(clock.nodeDeadline(c), clock.calendar().addWorkingDays(cst(2026, 3, 3, 9), limits.handleDays));
        QVERIFY(IncidentWorkflow::apply(&c, req(IncidentAction::Transfer, cst(2026, 3, 10, 9), QStringLiteral("司法所")), nullptr));
        QCOMPARE(clock.nodeDeadline(c), clock.calendar().addWorkingDays(cst(2026, 3, 10, 9), limits.handleDays));
        QVERIFY(IncidentWorkflow::apply(&c, req(IncidentAction::Escalate, cst(2026, 3, 11, 9)), nullptr));
        QCOMPARE(c.node(), WorkflowNode::Dispatch);
        QCOMPARE(clock.nodeDeadline(c), cst(2026, 3, 13)); // end of Thursday 12th
        // The business clock did not restart.
        QCOMPARE(clock.businessDeadline(c), clock.calendar().addWorkingDays(cst(2026, 3, 2, 9), 15));
    }

    void closedCasesReportWhetherLate()
    {
        const DeadlineClock clock(calendar(), TimeLimits::forCaseDays(3));
        CaseState c = acceptedAt(cst(2026, 3, 2, 9));
        c.state = IncidentState::Closed;
        c.closedAt = cst(2026, 3, 4, 9);
        QCOMPARE(clock.status(c, cst(2026, 4, 1)), DeadlineStatus::ClosedOnTime);
        c.closedAt = cst(2026, 3, 9, 9);
        QCOMPARE(clock.status(c, cst(2026, 4, 1)), DeadlineStatus::ClosedLate);
        QVERIFY(!clock.overdueSince(c, cst(2026, 4, 1)).isValid());
    }

    void supervisionThenEscalationAfterGrace()
    {
        const DeadlineClock clock(calendar(), TimeLimits::forCaseDays(15));
        const EscalationPolicy policy(clock, EscalationSettings{2});
        CaseState c = acceptedAt(cst(2026, 3, 2, 9)); // dispatch due by the end of Tue 3 March

        QVERIFY(policy.due(c, cst(2026, 3, 3, 23)).isEmpty());
        // Wednesday: overdue, so supervised, but not yet escalated.
        QVector<WorkflowRequest> due = policy.due(c, cst(2026, 3, 4, 10));
        QCOMPARE(due.size(), 1);
        QCOMPARE(due[0].action, IncidentAction::Supervise);
        QCOMPARE(due[0].role, Role::System);
        QVERIFY(IncidentWorkflow::apply(&c, due[0], nullptr));
        QVERIFY(policy.due(c, cst(2026, 3, 5, 23)).isEmpty()); // 1.96 working days of grace used
        // Two working days after the deadline (Wed and Thu): escalate one level.
        due = policy.due(c, cst(2026, 3, 6, 0, 30));
        QCOMPARE(due.size(), 1);
        QCOMPARE(due[0].action, IncidentAction::Escalate);
        QVERIFY(IncidentWorkflow::apply(&c, due[0], nullptr));
        QCOMPARE(c.level, AdminLevel::Community);
        // The community's new dispatch node is not overdue yet: nothing more is due.
        QVERIFY(policy.due(c, cst(2026, 3, 6, 12)).isEmpty());
        // Still not dispatched: overdue again from the end of Monday 9th (the weekend does not
        // count), and escalated again two working days (Tue 10th, Wed 11th) later.
        QVERIFY(policy.due(c, cst(2026, 3, 11, 23)).isEmpty());
        due = policy.due(c, cst(2026, 3, 12, 0, 30));
        QCOMPARE(due.size(), 1);
        QCOMPARE(due[0].action, IncidentAction::Escalate);
        QVERIFY(IncidentWorkflow::apply(&c, due[0], nullptr));
        QCOMPARE(c.level, AdminLevel::Township);
    }

    void holidaysPauseTheGracePeriod()
    {
        const DeadlineClock clock(calendar(), TimeLimits::forCaseDays(15));
        const EscalationPolicy policy(clock, EscalationSettings{2});
        CaseState c = acceptedAt(cst(2026, 2, 12, 9)); // Thursday; dispatch due by the end of Fri 13
        c.supervised = true;
        // Overdue from 14 Feb 00:00; the 14th is a working day, then the holiday.
        QVERIFY(policy.due(c, cst(2026, 2, 22, 12)).isEmpty());
        const QVector<WorkflowRequest> due = policy.due(c, cst(2026, 2, 25, 0, 5)); // 14th + 24th = 2 days
        QCOMPARE(due.size(), 1);
        QCOMPARE(due[0].action, IncidentAction::Escalate);
    }
};

QTEST_GUILESS_MAIN(TestDeadlineClock)
#include "test_deadlineclock.moc"
