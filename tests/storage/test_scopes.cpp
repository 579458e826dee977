// Grid-scoped access, the same rules on both backends:
//  - through the Store API as each role (its scope: on a GeoPackage after a
//    local sign-in against PBKDF2 hashes; on a server, under each person's
//    own database login, where row-level security answers first);
//  - on a server, with psql under each person's own login: cross-scope reads
//    return nothing, cross-scope writes fail, personal data and the audit log
//    stay closed.
#include "PgStore.h"
#include "PolygonOps.h"
#include "PsqlRunner.h"
#include "StoreError.h"
#include "TestBackend.h"
#include "TestPeople.h"

#include <QTemporaryDir>
#include <QTest>

using namespace griddesk;

namespace {

const QString kPassword = QStringLiteral("Grid-desk 2026 pw");
using Psql = test::PsqlResult;

} // namespace

class TestScopes : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::TestBackend m_backend;
    QString m_suffix;
    AdminUnit m_gridA, m_gridB, m_communityA, m_communityB;
    qint64 m_x = 0; // in grid A, lead department police_station
    qint64 m_y = 0; // in community B, lead department civil_affairs

    QString login(const QString &name) const { return name + m_suffix; }

    // A case reported in a grid, accepted and dispatched to a department by the centre.
    static qint64 dispatched(Store &owner, const AdminUnit &grid, const QString &category, const QString &title,
                             const QString &department, const QString &phone = {})
    {
        NewIncident n;
        n.location = polygon::centroid(grid.geometry);
        n.categoryCode = category;
        n.title = title;
        n.reporterPhone = phone;
        const qint64 id = owner.addIncident(n, QStringLiteral("t"));
        WorkflowRequest q;
        q.role = Role::CentreStaff;
        q.actor = QStringLiteral("王敏");
        q.at = QDateTime::currentDateTimeUtc().addSecs(1);
        q.action = IncidentAction::Accept;
        owner.applyAction(id, q);
        q.action = IncidentAction::Dispatch;
        q.department = department;
        q.at = q.at.addSecs(1);
        owner.applyAction(id, q);
        return id;
    }

    // The Store as one person sees it.
    std::unique_ptr<Store> as(const QString &name)
    {
        std::unique_ptr<Store> store;
        std::optional<UserAccount> user;
        if (test::TestBackend::isPg()) {
            store = PgStore::open(m_backend.conninfo() + QStringLiteral(" user=%1 password='%2'").arg(login(name), kPassword));
            user = store->currentUser();
        } else {
            store = m_backend.open();
            user = store->authenticate(login(name), kPassword);
        }
        if (!user)
            return nullptr;
        store->limitTo(*user);
        return store;
    }

    Psql psql(const QString &name, const QString &statement, const QString &password = kPassword) const
    {
        return test::PsqlRunner(m_backend.conninfo(), kPassword).run(login(name), statement, password);
    }

    int count(const QString &name, const QString &statement) const
    {
        const Psql r = psql(name, statement);
        if (r.code != 0)
            qWarning("%s: %s", qPrintable(statement), qPrintable(r.err));
        return r.code == 0 ? r.out.toInt() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qInfo("backend: %s", qPrintable(test::TestBackend::name()));
        m_backend.createDemo(m_dir);
        m_suffix = QStringLiteral("_%1").arg(QCoreApplication::applicationPid());
        auto owner = m_backend.open();
        const test::TestPlaces places = test::TestPlaces::of(*owner);
        m_communityA = places.communityA;
        m_communityB = places.communityB;
        m_gridA = places.gridA;
        m_gridB = places.gridB;
        const QString township = places.township;
        test::addPeople(*owner,
                        {{"grid_a", Role::GridWorker, m_gridA.code, {}, false},
                         {"community_a", Role::CommunityStaff, m_communityA.code, {}, false},
                         {"community_b", Role::CommunityStaff, m_communityB.code, {}, true},
                         {"police", Role::DepartmentHandler, township, QStringLiteral("police_station"), false},
                         {"leader", Role::Leader, township, {}, true},
                         {"admin", Role::Administrator, {}, {}, true}},
                        m_suffix, kPassword);
        const QString dispute = QStringLiteral("neighbourhood_dispute");
        const QString phone = QStringLiteral("13912345678");
        m_x = dispatched(*owner, m_gridA, dispute, QStringLiteral("甲网格纠纷"), QStringLiteral("police_station"), phone);
        m_y = dispatched(*owner, m_gridB, dispute, QStringLiteral("乙社区纠纷"), QStringLiteral("civil_affairs"), phone);
    }

    void wrongPasswordIsRefused()
    {
        if (test::TestBackend::isPg()) {
            const Psql r = psql(QStringLiteral("grid_a"), QStringLiteral("SELECT 1"), QStringLiteral("not the password"));
            QVERIFY(r.code != 0);
            QVERIFY2(r.err.contains(QStringLiteral("password authentication failed")), qPrintable(r.err));
        } else {
            auto local = m_backend.open();
            QVERIFY(!local->authenticate(login(QStringLiteral("grid_a")), QStringLiteral("not the password")));
            QVERIFY(!local->authenticate(QStringLiteral("nobody"), kPassword));
            QCOMPARE(local->auditEntries().last().action, QStringLiteral("login_failed"));
        }
    }

    void gridWorkerSeesOwnGridOnly()
    {
        auto s = as(QStringLiteral("grid_a"));
        QVERIFY(s);
        const QVector<Incident> mine = s->incidents();
        QVERIFY(!mine.isEmpty());
        for (const Incident &i : mine)
            QCOMPARE(i.gridCode, m_gridA.code);
        QVERIFY(s->incident(m_x));
        QVERIFY(!s->incident(m_y));
        // Many at once: the ones in scope, by id; others and unknown ids left out.
        const QVector<Incident> some = s->incidentsById({m_y, m_x, 999999999, m_x});
        QCOMPARE(some.size(), 1);
        QCOMPARE(some.first().id, m_x);
        QCOMPARE(some.first().reporterPhone, s->incident(m_x)->reporterPhone); // masked alike
        QVector<qint64> all;
        for (const Incident &i : m_backend.open()->incidents())
            all << i.id;
        QCOMPARE(s->incidentsById(all).size(), mine.size());
        QVERIFY(s->history(m_y).isEmpty());
        for (const Camera &c : s->cameras())
            QCOMPARE(c.gridCode, m_gridA.code);
        // Counted as read: the scope's cases, cameras and units only.
        QCOMPARE(s->incidentCount({}), int(mine.size()));
        QCOMPARE(s->cameraCounts().all, int(s->cameras().size()));
        QVERIFY(s->cameraCounts().all < m_backend.open()->cameraCounts().all);
        QCOMPARE(s->unitCount(int(AdminLevel::Grid), false), 1);
        // The units with their bounds are the scope's too.
        QStringList seen;
        for (const UnitStore::UnitBounds &u : s->unitsWithBounds())
            seen << u.unit.code;
        QStringList scoped;
        for (const AdminUnit &u : s->adminUnits())
            scoped << u.code;
        QCOMPARE(seen, scoped);
        QVERIFY(m_backend.open()->unitCount(int(AdminLevel::Grid), false) > 1);
        for (const AdminUnit &u : s->adminUnits())
            QVERIFY2(u.code == m_gridA.code || u.code == m_communityA.code || u.code == m_communityA.parentCode, qPrintable(u.code));
        // Acting on a case elsewhere, or reporting elsewhere, is refused.
        WorkflowRequest handle;
        handle.action = IncidentAction::Handle;
        handle.role = Role::GridWorker;
        handle.actor = QStringLiteral("刘洋");
        handle.note = QStringLiteral("越权");
        QVERIFY_EXCEPTION_THROWN(s->applyAction(m_y, handle), StoreError);
        NewIncident n;
        n.location = polygon::centroid(m_gridB.geometry);
        n.categoryCode = QStringLiteral("security_hazard");
        n.title = QStringLiteral("别的网格");
        QVERIFY_EXCEPTION_THROWN(s->addIncident(n, QStringLiteral("刘洋")), StoreError);
        // Merging an own case into a case elsewhere would reach outside the area.
        WorkflowRequest merge;
        merge.action = IncidentAction::Merge;
        merge.role = Role::GridWorker;
        merge.actor = QStringLiteral("刘洋");
        merge.masterId = m_y;
        QVERIFY_EXCEPTION_THROWN(s->applyAction(m_x, merge), StoreError);
        QCOMPARE(m_backend.open()->incident(m_x)->state, IncidentState::Dispatched);
        // In the own grid the report is taken (case number, audit and feed
        // run with the owner's rights on the server).
        n.location = polygon::centroid(m_gridA.geometry);
        const qint64 id = s->addIncident(n, QStringLiteral("刘洋"));
        QCOMPARE(s->incident(id)->gridCode, m_gridA.code);
        // No personal data right: masked, and no reveal.
        QCOMPARE(s->incident(m_x)->reporterPhone, QStringLiteral("139****5678"));
        QVERIFY_EXCEPTION_THROWN(s->revealPersonalData(m_x), StoreError);
        QVERIFY_EXCEPTION_THROWN(s->auditEntries(), StoreError);
    }

    void communityAndDepartmentScopes()
    {
        auto a = as(QStringLiteral("community_a"));
        for (const Incident &i : a->incidents())
            QCOMPARE(i.communityCode, m_communityA.code);
        QVERIFY(a->incident(m_x) && !a->incident(m_y));
        auto police = as(QStringLiteral("police"));
        const QVector<Incident> cases = police->incidents();
        QVERIFY(!cases.isEmpty());
        for (const Incident &i : cases)
            QVERIFY(i.leadDepartment == QLatin1String("police_station") || i.coDepartments.contains(QStringLiteral("police_station")));
        QVERIFY(police->incident(m_x) && !police->incident(m_y));
        // The queue shows the same scope.
        for (const Incident &i : police->dispatchQueue(QDateTime::currentDateTimeUtc().addDays(-7)))
            QVERIFY(i.leadDepartment == QLatin1String("police_station") || i.coDepartments.contains(QStringLiteral("police_station")));
    }

    // A handler may pass a case on to another department (on a server the
    // case stays in view of a department that handled it before).
    void handlerTransfersACaseAway()
    {
        auto police = as(QStringLiteral("police"));
        auto owner = m_backend.open();
        const qint64 id = dispatched(*owner, m_gridA, QStringLiteral("security_hazard"), QStringLiteral("转办测试"),
                                     QStringLiteral("police_station"));
        WorkflowRequest transfer;
        transfer.action = IncidentAction::Transfer;
        transfer.role = Role::DepartmentHandler;
        transfer.actor = QStringLiteral("民警");
        transfer.department = QStringLiteral("civil_affairs");
        transfer.note = QStringLiteral("不属本单位职责");
        transfer.at = QDateTime::currentDateTimeUtc().addSecs(3);
        QCOMPARE(police->applyAction(id, transfer).leadDepartment, QStringLiteral("civil_affairs"));
        QCOMPARE(owner->history(id).last().action, QStringLiteral("transfer"));
        // On a server the row names the login that acted, whatever the client claims.
        QCOMPARE(owner->history(id).last().actor,
                 test::TestBackend::isPg() ? login(QStringLiteral("police")) : QStringLiteral("民警"));
    }

    void leaderReadsButWritesNothing()
    {
        auto leader = as(QStringLiteral("leader"));
        QVERIFY(leader->incident(m_x) && leader->incident(m_y));
        WorkflowRequest supervise;
        supervise.action = IncidentAction::Supervise;
        supervise.role = Role::Leader;
        supervise.actor = QStringLiteral("领导");
        supervise.note = QStringLiteral("督办");
        QVERIFY_EXCEPTION_THROWN(leader->applyAction(m_x, supervise), StoreError);
        QCOMPARE(m_backend.open()->history(m_x).size(), 3);
    }

    void personalDataRightAndScope()
    {
        auto b = as(QStringLiteral("community_b"));
        QCOMPARE(b->revealPersonalData(m_y).phone, QStringLiteral("13912345678"));
        QVERIFY_EXCEPTION_THROWN(b->revealPersonalData(m_x), StoreError); // outside the scope
        auto owner = m_backend.open();
        const AuditEntry last = owner->auditEntries().last();
        QCOMPARE(last.action, QStringLiteral("reveal"));
        QCOMPARE(last.rowId.value_or(-1), m_y);
        QCOMPARE(last.actor, login(QStringLiteral("community_b")));
    }

    void psqlUnderOwnLoginStaysInScope()
    {
        if (!test::TestBackend::isPg())
            QSKIP("psql: server only");
        const QString gw = QStringLiteral("grid_a");
        QVERIFY(count(gw, QStringLiteral("SELECT count(*) FROM incidents")) > 0);
        QCOMPARE(count(gw, QStringLiteral("SELECT count(*) FROM incidents WHERE grid_code <> '%1'").arg(m_gridA.code)), 0);
        QCOMPARE(count(gw, QStringLiteral("SELECT count(*) FROM incidents WHERE fid = %1").arg(m_y)), 0);
        QCOMPARE(count(gw, QStringLiteral("SELECT count(*) FROM incident_history WHERE incident_id = %1").arg(m_y)), 0);
        QCOMPARE(count(gw, QStringLiteral("SELECT count(*) FROM cameras WHERE grid_code <> '%1'").arg(m_gridA.code)), 0);
        QCOMPARE(count(gw, QStringLiteral("SELECT count(*) FROM screening_visits WHERE grid_code <> '%1'").arg(m_gridA.code)), 0);
        QCOMPARE(count(gw, QStringLiteral("SELECT count(*) FROM admin_units")), 3);
        QCOMPARE(count(gw, QStringLiteral("SELECT count(*) FROM gd_users")), 1);
        QCOMPARE(count(gw, QStringLiteral("SELECT count(*) FROM gd_changes WHERE table_name = 'incidents' AND row_id = %1").arg(m_y)), 0);

        // Writes outside the scope change nothing or fail.
        QCOMPARE(psql(gw, QStringLiteral("UPDATE incidents SET title = 'x' WHERE fid = %1").arg(m_y)).out, QStringLiteral("UPDATE 0"));
        const Psql insertHistory = psql(gw, QStringLiteral(
            "INSERT INTO incident_history (incident_id, action, actor, at, state_after) VALUES (%1, 'close', 'x', now(), 'closed')").arg(m_y));
        QVERIFY(insertHistory.code != 0);
        QVERIFY2(insertHistory.err.contains(QStringLiteral("row-level security")), qPrintable(insertHistory.err));
        const Psql insertElsewhere = psql(gw, QStringLiteral(
            "INSERT INTO incidents (geom, code, category_code, title, source, state, reported_at, grid_code, community_code, "
            "township_code) VALUES (ST_SetSRID(ST_Point(%4, %5), 4490), 'X1', 'petition', 'x', 'phone', 'reported', now(), "
            "'%1', '%2', '%3')")
                                              .arg(m_gridB.code, m_communityB.code, m_communityB.parentCode)
                                              .arg(polygon::centroid(m_gridB.geometry).x, 0, 'f', 7)
                                              .arg(polygon::centroid(m_gridB.geometry).y, 0, 'f', 7));
        QVERIFY2(insertElsewhere.code != 0 && insertElsewhere.err.contains(QStringLiteral("row-level security")),
                 qPrintable(insertElsewhere.err));
        for (const QString &denied : {QStringLiteral("DELETE FROM incidents"), QStringLiteral("SELECT reporter_phone FROM incidents"),
                                      QStringLiteral("SELECT count(*) FROM audit_log"),
                                      QStringLiteral("UPDATE gd_meta SET value = '9' WHERE key = 'schema_version'"),
                                      QStringLiteral("UPDATE gd_users SET role = 'administrator'"),
                                      QStringLiteral("INSERT INTO gd_changes (table_name, row_id, op) VALUES ('incidents', 1, 'U')"),
                                      QStringLiteral("SELECT * FROM gd_reveal(%1)").arg(m_x),
                                      QStringLiteral("SELECT gd_audit_append('insert', 'x', 1, '', '')")}) {
            const Psql r = psql(gw, denied);
            QVERIFY2(r.code != 0, qPrintable(denied + QStringLiteral(" was allowed: ") + r.out));
        }
        // The leader reads the township and writes nothing.
        const QString leader = QStringLiteral("leader");
        QCOMPARE(count(leader, QStringLiteral("SELECT count(*) FROM incidents WHERE fid IN (%1, %2)").arg(m_x).arg(m_y)), 2);
        QCOMPARE(psql(leader, QStringLiteral("UPDATE incidents SET title = 'x' WHERE fid = %1").arg(m_x)).out, QStringLiteral("UPDATE 0"));
        // The handler sees the department's cases only: assigned to it now, or
        // handled by it before (a dispatch, transfer or co-handling in the history).
        QCOMPARE(count(QStringLiteral("police"), QStringLiteral(
                     "SELECT count(*) FROM incidents i WHERE i.lead_department <> 'police_station' "
                     "AND NOT 'police_station' = ANY (string_to_array(i.co_departments, '|')) AND NOT EXISTS ("
                     "SELECT 1 FROM incident_history h WHERE h.incident_id = i.fid AND (h.department = 'police_station' "
                     "OR 'police_station' = ANY (string_to_array(h.departments, '|'))))")), 0);
        QCOMPARE(count(QStringLiteral("police"), QStringLiteral("SELECT count(*) FROM incidents WHERE fid = %1").arg(m_y)), 0);
        // Nothing of it happened, as the owner sees.
        auto owner = m_backend.open();
        QCOMPARE(owner->incident(m_y)->title, QStringLiteral("乙社区纠纷"));
        QCOMPARE(owner->incident(m_x)->title, QStringLiteral("甲网格纠纷"));
        QCOMPARE(owner->history(m_y).size(), 3);
        // The administrator reads the audit log, but cannot pause it.
        QVERIFY(count(QStringLiteral("admin"), QStringLiteral("SELECT count(*) FROM audit_log")) > 0);
        const Psql pause = psql(QStringLiteral("admin"), QStringLiteral("INSERT INTO gd_meta (key, value) VALUES ('audit_paused', 'x')"));
        QVERIFY2(pause.code != 0 && pause.err.contains(QStringLiteral("database owner")), qPrintable(pause.err));
        // Audited writes refuse a snapshot that could fork the chain.
        const Psql stale = psql(gw, QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ; "
                                                   "UPDATE incidents SET title = title WHERE fid = %1; COMMIT").arg(m_x));
        QVERIFY2(stale.code != 0 && stale.err.contains(QStringLiteral("READ COMMITTED")), qPrintable(stale.err));
        // A reveal needs its audit entry committed first: a request that is
        // rolled back reveals nothing.
        const QString b = QStringLiteral("community_b");
        NewIncident fresh;
        fresh.location = polygon::centroid(m_gridB.geometry);
        fresh.categoryCode = QStringLiteral("petition");
        fresh.title = QStringLiteral("来访");
        fresh.reporterPhone = QStringLiteral("13700001111");
        const qint64 z = owner->addIncident(fresh, QStringLiteral("t"));
        const Psql sneaky = psql(b, QStringLiteral("BEGIN; SELECT gd_request_reveal(%1); SELECT phone FROM gd_reveal(%1); ROLLBACK").arg(z));
        QVERIFY2(sneaky.code != 0 && !sneaky.out.contains(QStringLiteral("13700001111")), qPrintable(sneaky.out + sneaky.err));
        QCOMPARE(psql(b, QStringLiteral("SELECT gd_request_reveal(%1)").arg(z)).code, 0);
        QCOMPARE(psql(b, QStringLiteral("SELECT phone FROM gd_reveal(%1)").arg(z)).out, QStringLiteral("13700001111"));
    }

    // The policies read the person once per statement (PgScopeSets); each
    // must let through exactly the rows its per-row rule does, for every
    // person. The per-row rules are the functions the policies used before,
    // run here as each login over a copy of the table that has no policy.
    void eachPolicyLetsThroughWhatItsRuleDoes()
    {
        if (!test::TestBackend::isPg())
            QSKIP("row-level security: server only");
        const QList<QPair<QString, QString>> rules = {
            {QStringLiteral("admin_units"), QStringLiteral("gd_sees_unit(code)")},
            {QStringLiteral("cameras"), QStringLiteral("gd_in_scope(grid_code, community_code, township_code)")},
            {QStringLiteral("incidents"),
             QStringLiteral("gd_sees_incident(fid, grid_code, community_code, township_code, lead_department, co_departments)")},
            {QStringLiteral("screening_visits"),
             QStringLiteral("gd_is_admin() OR (gd_me()).scope_code = ANY (gd_unit_chain(grid_code))")},
            {QStringLiteral("unit_versions"),
             QStringLiteral("CASE WHEN level = 6 THEN gd_in_scope(code, parent_code, left(parent_code, 9) || '000') "
                            "ELSE gd_sees_unit(code) END")},
            {QStringLiteral("grid_staff"), QStringLiteral("gd_staff_sees(grid_code)")},
            {QStringLiteral("residents"), QStringLiteral("gd_register_sees(grid_code)")},
            {QStringLiteral("houses"), QStringLiteral("gd_register_sees(grid_code)")},
            {QStringLiteral("key_persons"), QStringLiteral("gd_register_sees(grid_code)")},
        };
        // A resident moved to a retired grid of community A (the register's
        // check trigger, which refuses an unknown grid, set aside for it).
        const QString retired = m_communityA.code + QStringLiteral("999");
        const test::PsqlRunner su(m_backend.conninfo(), QString());
        QStringList setup;
        for (const auto &[table, rule] : rules)
            setup << QStringLiteral("DROP TABLE IF EXISTS rule_%1").arg(table)
                  << QStringLiteral("CREATE TABLE rule_%1 AS SELECT * FROM %1").arg(table)
                  << QStringLiteral("GRANT SELECT ON rule_%1 TO griddesk_user").arg(table);
        setup << QStringLiteral("SET session_replication_role = replica")
              << QStringLiteral("UPDATE residents SET grid_code = '%1' WHERE fid = (SELECT min(fid) FROM residents)").arg(retired)
              << QStringLiteral("UPDATE rule_residents SET grid_code = '%1' WHERE fid = (SELECT min(fid) FROM residents)").arg(retired);
        const Psql made = su.run(QStringLiteral("postgres"), setup);
        QVERIFY2(made.code == 0, qPrintable(made.err));
        QHash<QString, int> seen; // rows some person sees, per table
        // Each person in a session of their own, side by side.
        const QStringList people{QStringLiteral("grid_a"), QStringLiteral("community_a"), QStringLiteral("community_b"),
                                 QStringLiteral("police"), QStringLiteral("leader"), QStringLiteral("admin")};
        std::vector<std::unique_ptr<QProcess>> runs;
        for (const QString &name : people) {
            QStringList statements{QStringLiteral("SET SESSION AUTHORIZATION %1").arg(login(name))};
            for (const auto &[table, rule] : rules)
                statements << QStringLiteral("SELECT '%1', count(p.fid), count(*) FILTER (WHERE r.fid IS NULL), "
                                             "count(*) FILTER (WHERE p.fid IS NULL) FROM (SELECT fid FROM %1) p "
                                             "FULL JOIN (SELECT fid FROM rule_%1 AS %1 WHERE %2) r ON r.fid = p.fid")
                                  .arg(table, rule);
            runs.push_back(su.start(QStringLiteral("postgres"), statements));
        }
        for (size_t i = 0; i < runs.size(); ++i) {
            QProcess &p = *runs[i];
            QVERIFY(p.waitForFinished(120000));
            QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
            const QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).trimmed().split(QLatin1Char('\n')).mid(1); // after SET
            QCOMPARE(lines.size(), rules.size());
            for (const QString &line : lines) {
                const QStringList f = line.split(QLatin1Char('|'));
                QVERIFY2(f.size() == 4 && f[2] == QLatin1String("0") && f[3] == QLatin1String("0"),
                         qPrintable(QStringLiteral("%1: %2 (visible, only by policy, only by rule)").arg(people[int(i)], line)));
                seen[f[0]] = qMax(seen.value(f[0]), f[1].toInt());
            }
        }
        for (const auto &[table, rule] : rules)
            QVERIFY2(seen.value(table) > 0, qPrintable(table)); // not an empty comparison
        // The retired grid's resident is community A's, and nobody's in community B.
        QCOMPARE(count(QStringLiteral("community_a"), QStringLiteral("SELECT count(*) FROM residents WHERE grid_code = '%1'").arg(retired)), 1);
        QCOMPARE(count(QStringLiteral("community_b"), QStringLiteral("SELECT count(*) FROM residents WHERE grid_code = '%1'").arg(retired)), 0);
    }
};

QTEST_GUILESS_MAIN(TestScopes)
#include "test_scopes.moc"
