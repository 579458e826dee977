// The closed-loop state machine, exhaustively: every state × action × role is
// checked against an independent table of what the policy allows; required
// fields, effects, timing order and replay are checked too.
#include "IncidentWorkflow.h"

#include <QTest>

using namespace griddesk;

namespace {

QDateTime t0()
{
    return QDateTime(QDate(2026, 3, 2), QTime(1, 0), Qt::UTC);
}

// What the policy allows: action -> states it may start from.
const QMap<QString, QStringList> &legalFrom()
{
    static const QMap<QString, QStringList> m = {
        {"accept", {"reported"}},
        {"reject", {"reported"}},
        {"dispatch", {"accepted"}},
        {"transfer", {"dispatched", "handling"}},
        {"co_handle", {"dispatched", "handling"}},
        {"handle", {"dispatched", "handling"}},
        {"reply", {"dispatched", "handling"}},
        {"verify", {"replied"}},
        {"rework", {"verified"}},
        {"close", {"verified"}},
        {"evaluate", {"closed"}},
        {"supervise", {"accepted", "dispatched", "handling", "replied", "verified"}},
        {"escalate", {"accepted", "dispatched", "handling"}},
        {"merge", {"reported", "accepted", "dispatched", "handling", "replied", "verified"}},
    };
    return m;
}

// Who may: action -> roles.
const QMap<QString, QStringList> &legalRoles()
{
    static const QMap<QString, QStringList> m = {
        {"accept", {"centre_staff", "administrator"}},
        {"reject", {"centre_staff", "administrator"}},
        {"dispatch", {"centre_staff", "administrator"}},
        {"transfer", {"centre_staff", "department_handler", "administrator"}},
        {"co_handle", {"centre_staff", "administrator"}},
        {"handle", {"department_handler", "community_staff", "centre_staff", "administrator"}},
        {"reply", {"department_handler", "community_staff", "centre_staff", "administrator"}},
        {"verify", {"grid_worker", "community_staff", "centre_staff", "administrator"}},
        {"rework", {"grid_worker", "community_staff", "centre_staff", "administrator"}},
        {"close", {"centre_staff", "administrator"}},
        {"evaluate", {"centre_staff", "grid_worker", "administrator"}},
        {"supervise", {"centre_staff", "leader", "administrator", "system"}},
        {"escalate", {"grid_worker", "community_staff", "centre_staff", "administrator", "system"}},
        {"merge", {"centre_staff", "administrator"}},
    };
    return m;
}

// A request carrying everything any action may need.
WorkflowRequest complete(IncidentAction a, Role r, const QDateTime &at)
{
    WorkflowRequest q;
    q.action = a;
    q.role = r;
    q.actor = QStringLiteral("测试员");
    q.at = at;
    q.note = QStringLiteral("情况说明");
    q.department = QStringLiteral("司法所");
    q.departments = QStringList{QStringLiteral("民政办")};
    q.satisfaction = Satisfaction::Satisfied;
    q.masterId = 42;
    return q;
}

CaseState inState(IncidentState s)
{
    CaseState c;
    c.state = s;
    c.level = AdminLevel::Grid;
    c.leadDepartment = QStringLiteral("派出所");
    c.reportedAt = c.acceptedAt = c.nodeStartedAt = c.lastActionAt = t0();
    return c;
}

QStringList fields(const QVector<FieldError> &errors)
{
    QStringList out;
    for (const FieldError &e : errors)
        out << e.field;
    return out;
}

} // namespace

class TestIncidentWorkflow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyStateActionAndRole()
    {
        int legal = 0, illegal = 0;
        for (IncidentState s : incidentstate::all())
            for (IncidentAction a : incidentaction::all()) {
                if (a == IncidentAction::Report)
                    continue;
                for (Role r : role::all()) {
                    const QString ac = incidentaction::code(a);
                    const bool stateOk = legalFrom().value(ac).contains(incidentstate::code(s));
                    const bool roleOk = legalRoles().value(ac).contains(role::code(r));
                    const QVector<FieldError> errors = IncidentWorkflow::check(inState(s), complete(a, r, t0().addSecs(60)));
                    const QString where = QStringLiteral("%1 %2 by %3").arg(ac, incidentstate::code(s), role::code(r));
                    QCOMPARE(fields(errors).contains(QStringLiteral("state")), !stateOk);
                    QCOMPARE(fields(errors).contains(QStringLiteral("role")), !roleOk);
                    QVERIFY2(errors.isEmpty() == (stateOk && roleOk), qPrintable(where + QStringLiteral(": ") + joinErrors(errors)));
                    (errors.isEmpty() ? legal : illegal)++;
                    // Refusals say why, in words.
                    for (const FieldError &e : errors)
                        QVERIFY(!e.message.isEmpty());
                }
            }
        QCOMPARE(legal + illegal, incidentstate::all().size() * (incidentaction::all().size() - 1) * role::all().size());
        QVERIFY(legal > 50);
        // A case is reported once, never again.
        QCOMPARE(fields(IncidentWorkflow::check(inState(IncidentState::Accepted),
                                                complete(IncidentAction::Report, Role::CentreStaff, t0()))),
                 QStringList{QStringLiteral("action")});
    }

    void requiredFields_data()
    {
        QTest::addColumn<int>("action");
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("field");
        QTest::newRow("reject without reason") << int(IncidentAction::Reject) << int(IncidentState::Reported) << "note";
        QTest::newRow("dispatch without department") << int(IncidentAction::Dispatch) << int(IncidentState::Accepted) << "department";
        QTest::newRow("transfer without reason") << int(IncidentAction::Transfer) << int(IncidentState::Handling) << "note";
        QTest::newRow("co-handle with nobody new") << int(IncidentAction::CoHandle) << int(IncidentState::Handling) << "departments";
        QTest::newRow("reply without content") << int(IncidentAction::Reply) << int(IncidentState::Handling) << "note";
        QTest::newRow("verify without findings") << int(IncidentAction::Verify) << int(IncidentState::Replied) << "note";
        QTest::newRow("rework without reason") << int(IncidentAction::Rework) << int(IncidentState::Verified) << "note";
        QTest::newRow("evaluate without grade") << int(IncidentAction::Evaluate) << int(IncidentState::Closed) << "satisfaction";
        QTest::newRow("merge without master") << int(IncidentAction::Merge) << int(IncidentState::Accepted) << "master";
    }
    void requiredFields()
    {
        QFETCH(int, action);
        QFETCH(int, state);
        QFETCH(QString, field);
        WorkflowRequest q = complete(IncidentAction(action), Role::Administrator, t0().addSecs(60));
        q.note.clear();
        q.department.clear();
        q.departments = QStringList{QStringLiteral("派出所")}; // already the lead
        q.satisfaction.reset();
        q.masterId = 0;
        QVERIFY(fields(IncidentWorkflow::check(inState(IncidentState(state)), q)).contains(field));
    }

    void timeNeverRunsBackwards()
    {
        CaseState c = inState(IncidentState::Accepted);
        WorkflowRequest q = complete(IncidentAction::Dispatch, Role::CentreStaff, t0().addSecs(-1));
        QCOMPARE(fields(IncidentWorkflow::check(c, q)), QStringList{QStringLiteral("at")});
        q.at = QDateTime();
        QCOMPARE(fields(IncidentWorkflow::check(c, q)), QStringList{QStringLiteral("at")});
    }

    void escalationClimbsTheLevels()
    {
        CaseState c = inState(IncidentState::Handling);
        QDateTime at = t0();
        const AdminLevel expected[] = {AdminLevel::Community, AdminLevel::Township, AdminLevel::District};
        for (AdminLevel level : expected) {
            at = at.addSecs(3600);
            QVector<FieldError> errors;
            QVERIFY(IncidentWorkflow::apply(&c, complete(IncidentAction::Escalate, Role::System, at), &errors));
            QCOMPARE(c.level, level);
            QCOMPARE(c.state, IncidentState::Accepted); // the new level dispatches afresh
            QVERIFY(c.leadDepartment.isEmpty());
            QCOMPARE(c.nodeStartedAt, at);
            QVERIFY(IncidentWorkflow::apply(&c, complete(IncidentAction::Dispatch, Role::CentreStaff, at), &errors));
        }
        QCOMPARE(c.escalations, 3);
        QCOMPARE(fields(IncidentWorkflow::check(c, complete(IncidentAction::Escalate, Role::System, at.addSecs(60)))),
                 QStringList{QStringLiteral("level")});
        QVERIFY(!IncidentWorkflow::availableActions(c, Role::CentreStaff).contains(IncidentAction::Escalate));
    }

    void theWholeLoopAndItsReplay()
    {
        // report → accept → dispatch → transfer → co-handle → reply → verify → rework → reply → verify → close → evaluate
        QVector<WorkflowRequest> steps;
        QDateTime at = t0();
        auto step = [&](IncidentAction a, Role r) {
            at = at.addSecs(1800);
            WorkflowRequest q = complete(a, r, at);
            if (a == IncidentAction::Dispatch)
                q.department = QStringLiteral("派出所");
            if (a == IncidentAction::Transfer)
                q.department = QStringLiteral("司法所");
            if (a == IncidentAction::CoHandle)
                q.departments = QStringList{QStringLiteral("民政办"), QStringLiteral("村居委会")};
            steps << q;
        };
        WorkflowRequest report = complete(IncidentAction::Report, Role::GridWorker, at);
        steps << report;
        step(IncidentAction::Accept, Role::CentreStaff);
        step(IncidentAction::Dispatch, Role::CentreStaff);
        step(IncidentAction::Transfer, Role::DepartmentHandler);
        step(IncidentAction::CoHandle, Role::CentreStaff);
        step(IncidentAction::Reply, Role::DepartmentHandler);
        step(IncidentAction::Verify, Role::GridWorker);
        step(IncidentAction::Rework, Role::GridWorker);
        step(IncidentAction::Reply, Role::DepartmentHandler);
        step(IncidentAction::Verify, Role::GridWorker);
        step(IncidentAction::Close, Role::CentreStaff);
        step(IncidentAction::Evaluate, Role::CentreStaff);

        CaseState c = IncidentWorkflow::start(report);
        for (int i = 1; i < steps.size(); ++i) {
            QVector<FieldError> errors;
            QVERIFY2(IncidentWorkflow::apply(&c, steps[i], &errors), qPrintable(joinErrors(errors)));
        }
        QCOMPARE(c.state, IncidentState::Closed);
        QCOMPARE(c.leadDepartment, QStringLiteral("司法所"));
        QCOMPARE(c.coDepartments, (QStringList{QStringLiteral("民政办"), QStringLiteral("村居委会")}));
        QCOMPARE(c.reworkCount, 1);
        QCOMPARE(c.satisfaction, std::optional<Satisfaction>(Satisfaction::Satisfied));
        QCOMPARE(c.closedAt, steps[10].at);
        QCOMPARE(c.acceptedAt, steps[1].at);
        QVERIFY(IncidentWorkflow::availableActions(c, Role::CentreStaff).isEmpty()); // evaluated once only

        QVector<FieldError> errors;
        const std::optional<CaseState> replayed = IncidentWorkflow::replay(steps, &errors);
        QVERIFY(replayed);
        QCOMPARE(replayed->state, c.state);
        QCOMPARE(replayed->coDepartments, c.coDepartments);
        QCOMPARE(replayed->reworkCount, c.reworkCount);

        // A history with an illegal step is refused at that step.
        QVector<WorkflowRequest> broken = steps.mid(0, 3);
        broken << complete(IncidentAction::Close, Role::CentreStaff, at.addSecs(60));
        errors.clear();
        QVERIFY(!IncidentWorkflow::replay(broken, &errors));
        QCOMPARE(errors.first().row, 4);
        errors.clear();
        QVERIFY(!IncidentWorkflow::replay(steps.mid(1), &errors));
    }

    void transferMovesTheLeadOutOfCoHandlers()
    {
        CaseState c = inState(IncidentState::Handling);
        c.coDepartments = QStringList{QStringLiteral("司法所"), QStringLiteral("民政办")};
        QVector<FieldError> errors;
        QVERIFY(IncidentWorkflow::apply(&c, complete(IncidentAction::Transfer, Role::CentreStaff, t0().addSecs(60)), &errors));
        QCOMPARE(c.leadDepartment, QStringLiteral("司法所"));
        QCOMPARE(c.coDepartments, QStringList{QStringLiteral("民政办")});
        QCOMPARE(c.state, IncidentState::Dispatched);
        // Transferring to the department that already has it is refused.
        QCOMPARE(fields(IncidentWorkflow::check(c, complete(IncidentAction::Transfer, Role::CentreStaff, t0().addSecs(120)))),
                 QStringList{QStringLiteral("department")});
    }
};

QTEST_GUILESS_MAIN(TestIncidentWorkflow)
#include "test_incidentworkflow.moc"
