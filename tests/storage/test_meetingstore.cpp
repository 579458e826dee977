// The joint meetings and their tasks on both backends, on the demo township:
// the agenda's case rules against the store's own cases read another way, a
// meeting stored, edited and saved with its agenda (and refused when stale),
// a decision tracked as a task on the working-day calendar that comes back
// on the next meeting's agenda until its department reports it done, each
// role's rights, the audit log, and on a server the rules attacked with psql
// under each role's own login.
#include "AgendaFacts.h"
#include "MeetingAgenda.h"
#include "PsqlRunner.h"
#include "StoreError.h"
#include "TestBackend.h"
#include "TestLogins.h"
#include "TestPeople.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace griddesk;

namespace {

const QString kPassword = QStringLiteral("Grid-desk 2026 pw");

QSet<qint64> asSet(const QVector<qint64> &v)
{
    return QSet<qint64>(v.begin(), v.end());
}

} // namespace

class TestMeetingStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::TestBackend m_backend;
    QString m_suffix = QStringLiteral("_mt%1").arg(QCoreApplication::applicationPid());
    test::TestLogins m_logins{m_backend, kPassword};

    QString login(const QString &name) const { return m_logins.login(name); }
    Store *as(const QString &name) { return m_logins.as(name); }
    test::PsqlResult psql(const QString &name, const QString &statement) const { return m_logins.psql(name, statement); }
    test::TestPlaces m_places;
    QString m_police;
    QDateTime m_at;




    Meeting draft(const QDateTime &at) const
    {
        Meeting m;
        m.townshipCode = m_places.township;
        m.heldAt = at;
        m.lengthMinutes = 90;
        m.chair = QStringLiteral("王镇长");
        m.attendees = QStringList{QStringLiteral("李主任"), QStringLiteral("赵所长")};
        m.departments = QStringList{m_police};
        return m;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_logins.setSuffix(m_suffix);
        m_backend.createDemo(m_dir);
        auto owner = m_backend.open();
        m_places = test::TestPlaces::of(*owner);
        m_police = owner->departments().value(0).code;
        QVERIFY(!m_police.isEmpty());
        m_at = QDateTime::currentDateTimeUtc();
        test::addPeople(*owner,
                        {{"centre", Role::CentreStaff, m_places.township, {}},
                         {"grid_a", Role::GridWorker, m_places.gridA.code, {}},
                         {"grid_b", Role::GridWorker, m_places.gridB.code, {}},
                         {"police", Role::DepartmentHandler, m_places.township, m_police},
                         {"other_dept", Role::DepartmentHandler, m_places.township, owner->departments().value(1).code},
                         {"leader", Role::Leader, m_places.township, {}}},
                        m_suffix, kPassword, QStringLiteral("测试"));
    }

    // The case rules against the store's cases read through the incident list.
    void caseRulesMatchTheCases()
    {
        Store *centre = as(QStringLiteral("centre"));
        QVERIFY(centre);
        const QVector<AgendaItem> agenda = MeetingAgenda(*centre).build(m_places.township, m_at);
        QHash<QString, QSet<qint64>> overdueByDept;
        QSet<qint64> supervised;
        for (const Incident &i : centre->incidents()) {
            if (!incidentstate::isOpen(i.state) || i.masterId != 0)
                continue;
            if (i.deadlineAt.isValid() && i.deadlineAt < m_at)
                overdueByDept[i.leadDepartment].insert(i.id);
            else if (i.supervised)
                supervised.insert(i.id);
        }
        QVERIFY2(!overdueByDept.isEmpty(), "the demo township has overdue cases");
        QHash<QString, QSet<qint64>> listed;
        QSet<qint64> listedSupervised;
        for (const AgendaItem &i : agenda) {
            if (i.kind == AgendaKind::Overdue)
                listed.insert(i.params.value(QStringLiteral("department")).toString(), asSet(i.caseIds));
            if (i.kind == AgendaKind::Supervised)
                listedSupervised = asSet(i.caseIds);
            QVERIFY(!AgendaText::reason(i, MeetingAgenda(*centre).names()).isEmpty());
        }
        QCOMPARE(listed, overdueByDept);
        QCOMPARE(listedSupervised, supervised);
    }

    void aMeetingIsStoredEditedAndSaved()
    {
        Store *centre = as(QStringLiteral("centre"));
        Meeting m = draft(m_at.addDays(-14));
        m.agenda = MeetingAgenda(*centre).build(m.townshipCode, m.heldAt);
        QVERIFY(!m.agenda.isEmpty());
        AgendaItem own;
        own.title = QStringLiteral("冬季防火检查部署");
        own.plannedMinutes = 15;
        own.notes = QStringLiteral("消防站介绍");
        m.agenda.prepend(own);
        const Meeting stored = centre->createMeeting(m);
        QVERIFY(stored.code.startsWith(QStringLiteral("LY-")));
        QCOMPARE(stored.agenda.size(), m.agenda.size());
        QCOMPARE(stored.agenda.first().title, own.title);
        QCOMPARE(stored.agenda.first().notes, own.notes);
        QCOMPARE(stored.agenda.at(1).caseIds, m.agenda.at(1).caseIds);
        QCOMPARE(stored.agenda.at(1).params, m.agenda.at(1).params);
        QCOMPARE(stored.createdBy, QStringLiteral("测试centre"));
        QCOMPARE(stored.attendees, m.attendees);

        Meeting edit = stored;
        edit.minutes = QStringLiteral("会议议定：一、……");
        edit.removedItems << edit.agenda.last().key();
        edit.agenda.removeLast();
        std::swap(edit.agenda[0], edit.agenda[1]);
        edit.agenda[0].plannedMinutes = 20;
        edit.state = MeetingState::Held;
        const Meeting saved = centre->saveMeeting(edit);
        QCOMPARE(saved.rowVersion, stored.rowVersion + 1);
        QCOMPARE(saved.agenda.size(), stored.agenda.size() - 1);
        QCOMPARE(saved.agenda.at(0).id, stored.agenda.at(1).id);
        QCOMPARE(saved.agenda.at(0).plannedMinutes, 20);
        QCOMPARE(saved.agenda.at(1).title, own.title);
        QCOMPARE(saved.minutes, edit.minutes);
        QCOMPARE(saved.removedItems, edit.removedItems);
        QCOMPARE(saved.state, MeetingState::Held);
        // A second save from the old copy is refused.
        try {
            centre->saveMeeting(edit);
            QFAIL("a stale save was accepted");
        } catch (const StoreError &e) {
            QCOMPARE(e.kind(), StoreError::Kind::Conflict);
        }
        // The presenter's clock.
        centre->recordItemTime(saved.agenda.at(0).id, 312);
        QCOMPARE(centre->meeting(saved.id)->agenda.at(0).usedSeconds, 312);
        // Bad input names the field.
        Meeting bad = draft(QDateTime());
        bad.lengthMinutes = 5;
        bad.departments << QStringLiteral("no_such_dept");
        try {
            centre->createMeeting(bad);
            QFAIL("a bad meeting was stored");
        } catch (const StoreError &e) {
            QCOMPARE(e.kind(), StoreError::Kind::Invalid);
            QVERIFY2(e.fieldErrors().size() == 3, e.what());
        }
        QCOMPARE(centre->meetings().size(), 1);
    }

    void aDecisionComesBackUntilItIsDone()
    {
        Store *centre = as(QStringLiteral("centre"));
        const Meeting first = centre->meetings().value(0);
        MeetingTask d;
        d.meetingId = first.id;
        d.agendaItemId = first.agenda.value(0).id;
        d.decision = QStringLiteral("派出所牵头排查东一网格出租屋");
        d.ownerDepartment = m_police;
        d.workingDays = 5;
        d.gridCode = m_places.gridA.code;
        d.decidedAt = first.heldAt.addSecs(1800);
        const MeetingTask task = centre->addTask(d);
        QVERIFY(task.code.startsWith(QStringLiteral("RW-")));
        QCOMPARE(task.communityCode, m_places.communityA.code);
        QCOMPARE(task.townshipCode, m_places.township);
        QCOMPARE(task.dueAt, centre->calendar().addWorkingDays(d.decidedAt, 5));
        QVERIFY(task.warnAt > task.decidedAt && task.warnAt < task.dueAt);

        // The next meeting's agenda: the task first, with its reason.
        auto openTaskItems = [&](Store *s, const QDateTime &at) {
            QVector<AgendaItem> out;
            for (const AgendaItem &i : MeetingAgenda(*s).build(m_places.township, at))
                if (i.kind == AgendaKind::OpenTask)
                    out << i;
            return out;
        };
        QVector<AgendaItem> items = openTaskItems(centre, m_at);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items[0].taskId, task.id);
        QVERIFY(AgendaText::title(items[0], MeetingAgenda(*centre).names()).contains(d.decision));

        // Who sees it: the grid's worker yes, another grid's no, the owner
        // department yes, another department no.
        QCOMPARE(as(QStringLiteral("grid_a"))->tasks().size(), 1);
        QCOMPARE(as(QStringLiteral("grid_b"))->tasks().size(), 0);
        QCOMPARE(as(QStringLiteral("police"))->tasks().size(), 1);
        QCOMPARE(as(QStringLiteral("other_dept"))->tasks().size(), 0);

        // Only the centre decides; another department cannot report it done.
        MeetingTask forged = d;
        forged.decision = QStringLiteral("网格员自定事项");
        QVERIFY_EXCEPTION_THROWN(as(QStringLiteral("grid_a"))->addTask(forged), StoreError);
        QVERIFY_EXCEPTION_THROWN(as(QStringLiteral("leader"))->addTask(forged), StoreError);
        QVERIFY_EXCEPTION_THROWN(as(QStringLiteral("other_dept"))->completeTask(task.id, QStringLiteral("已办")), StoreError);
        QVERIFY_EXCEPTION_THROWN(as(QStringLiteral("police"))->completeTask(task.id, QStringLiteral("  ")), StoreError);

        // Supervised by the centre; still on the agenda until done.
        const MeetingTask supervised = centre->actOnTask(task.id, TaskAction::Supervise, m_at);
        QVERIFY(supervised.supervised);
        QCOMPARE(openTaskItems(centre, m_at).size(), 1);
        const MeetingTask done = as(QStringLiteral("police"))->completeTask(task.id, QStringLiteral("已排查出租屋 36 户"));
        QCOMPARE(done.state, TaskState::Done);
        QCOMPARE(done.doneNote, QStringLiteral("已排查出租屋 36 户"));
        QCOMPARE(openTaskItems(centre, m_at).size(), 0);
        QVERIFY_EXCEPTION_THROWN(centre->completeTask(task.id, QStringLiteral("再次")), StoreError);
    }

    void overdueTasksAreSupervisedAndEscalated()
    {
        Store *centre = as(QStringLiteral("centre"));
        const Meeting first = centre->meetings().value(0);
        MeetingTask d;
        d.meetingId = first.id;
        d.decision = QStringLiteral("城管清理占道经营");
        d.ownerDepartment = m_police;
        d.workingDays = 1;
        d.decidedAt = first.heldAt;
        const MeetingTask task = centre->addTask(d);
        const TaskMonitorResult r = centre->applyTaskDeadlines(m_at);
        QCOMPARE(r.supervised, 1);
        QCOMPARE(r.escalated, 1);
        const MeetingTask after = *centre->task(task.id);
        QVERIFY(after.supervised);
        QCOMPARE(after.level, AdminLevel::District);
        QCOMPARE(centre->applyTaskDeadlines(m_at).escalated, 0);
    }

    void writesAreAuditedAndScoped()
    {
        auto owner = m_backend.open();
        QSet<QString> tables;
        for (const AuditEntry &e : owner->auditEntries())
            tables.insert(e.table);
        for (const char *t : {"meetings", "agenda_items", "meeting_tasks"})
            QVERIFY2(tables.contains(QString::fromLatin1(t)), t);
        // A grid worker and a leader read the meeting but may not prepare one.
        QCOMPARE(as(QStringLiteral("grid_a"))->meetings().size(), 1);
        QCOMPARE(as(QStringLiteral("leader"))->meetings().size(), 1);
        QVERIFY_EXCEPTION_THROWN(as(QStringLiteral("grid_a"))->createMeeting(draft(m_at)), StoreError);
        QVERIFY_EXCEPTION_THROWN(as(QStringLiteral("leader"))->createMeeting(draft(m_at)), StoreError);
        Meeting edit = *as(QStringLiteral("leader"))->meeting(owner->meetings().value(0).id);
        edit.minutes = QStringLiteral("改写");
        QVERIFY_EXCEPTION_THROWN(as(QStringLiteral("leader"))->saveMeeting(edit), StoreError);
    }

    void theServerHoldsItsRulesAgainstPsql()
    {
        if (!test::TestBackend::isPg())
            QSKIP("the server's own rules");
        auto owner = m_backend.open();
        const Meeting m = *owner->meeting(owner->meetings().value(0).id);
        QVERIFY(!m.agenda.isEmpty());
        const qint64 taskId = owner->tasks().value(0).id;
        auto fails = [&](const QString &who, const QString &sql) {
            const test::PsqlResult r = psql(who, sql);
            QVERIFY2(r.code != 0, qPrintable(who + QStringLiteral(": ") + sql + QStringLiteral(" -> ") + r.out));
        };
        const QString insert = QStringLiteral("INSERT INTO meetings (code, township_code, held_at, length_minutes, state) "
                                              "VALUES ('LY-20990101-01', '%1', now(), 60, 'planned')").arg(m_places.township);
        fails(QStringLiteral("grid_a"), insert);
        fails(QStringLiteral("leader"), insert);
        // An explicit id, and a forged creator.
        fails(QStringLiteral("centre"), QStringLiteral("INSERT INTO meetings (fid, code, township_code, held_at, length_minutes, state) "
                                                       "VALUES (999999, 'LY-20990101-02', '%1', now(), 60, 'planned')").arg(m_places.township));
        fails(QStringLiteral("centre"), QStringLiteral("INSERT INTO meetings (code, township_code, held_at, length_minutes, state, created_by) "
                                                       "VALUES ('LY-20990101-03', '%1', now(), 60, 'planned', 'someone')").arg(m_places.township));
        QCOMPARE(psql(QStringLiteral("centre"), QStringLiteral("UPDATE meetings SET created_by = 'someone' WHERE fid = %1").arg(m.id)).code == 0,
                 false);
        // A department handler changes nothing but the report that it is done.
        fails(QStringLiteral("police"), QStringLiteral("UPDATE meeting_tasks SET due_at = due_at + interval '30 days' WHERE fid = %1").arg(taskId));
        fails(QStringLiteral("police"), QStringLiteral("UPDATE meeting_tasks SET township_code = 'x' WHERE fid = %1").arg(taskId));
        // Another township's meeting cannot be moved or written by the centre.
        fails(QStringLiteral("centre"), QStringLiteral("UPDATE meetings SET township_code = '999999999000' WHERE fid = %1").arg(m.id));
        // Inside a savepoint the rule is the same.
        fails(QStringLiteral("grid_a"), QStringLiteral("BEGIN; SAVEPOINT s; ") + insert + QStringLiteral("; RELEASE s; COMMIT;"));
        // A grid worker cannot delete the agenda.
        const test::PsqlResult del = psql(QStringLiteral("grid_a"), QStringLiteral("DELETE FROM agenda_items RETURNING fid"));
        QVERIFY2(del.code != 0 || del.out == QLatin1String("DELETE 0"), qPrintable(del.out));
        QCOMPARE(owner->meeting(m.id)->agenda.size(), m.agenda.size());
        // The creator is the server's record of the login.
        QCOMPARE(owner->meeting(m.id)->createdBy, QStringLiteral("测试centre"));
    }
};

QTEST_GUILESS_MAIN(TestMeetingStore)
#include "test_meetingstore.moc"
