// The server's defences against its own logins (schema version 4), each
// attacked with psql under a scoped login as a person could by hand:
// reveals without a committed audit entry, stalls, explicit ids, forged
// audit and feed rows, jammed case numbers, forged actors and moved cases,
// settings renamed by an administrator, and logins without a gd_users row.
#include "AuditChain.h"
#include "Migrations.h"
#include "PgStore.h"
#include "PolygonOps.h"
#include "PsqlRunner.h"
#include "StoreError.h"
#include "TestBackend.h"
#include "TestPeople.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace griddesk;

namespace {
const QString kPassword = QStringLiteral("Grid-desk 2026 pw");
}

class TestServerHardening : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::TestBackend m_backend;
    QString m_suffix;
    AdminUnit m_gridA, m_gridB;
    qint64 m_x = 0; // in grid A
    qint64 m_y = 0; // in grid B, with the reporter's phone

    QString login(const QString &name) const { return name + m_suffix; }
    test::PsqlRunner psql() const { return test::PsqlRunner(m_backend.conninfo(), kPassword); }
    test::PsqlResult as(const QString &name, const QStringList &statements) const
    {
        return psql().run(login(name), statements);
    }
    test::PsqlResult as(const QString &name, const QString &statement) const { return as(name, QStringList{statement}); }

    // The owner's own statement, outside the Store.
    QString ownerValue(const QString &statement) const
    {
        QString value;
        {
            QSqlDatabase db = m_backend.rawConnection(QStringLiteral("owner-raw"));
            QSqlQuery q(db);
            if (!q.exec(statement))
                qWarning("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
            if (q.next())
                value = q.value(0).toString();
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("owner-raw"));
        return value;
    }

    std::unique_ptr<Store> storeAs(const QString &name) const
    {
        auto pg = PgStore::open(m_backend.conninfo() + QStringLiteral(" user=%1 password='%2'").arg(login(name), kPassword));
        const std::optional<UserAccount> user = pg->currentUser();
        if (!user)
            return nullptr;
        pg->session().setPatience(60000);
        pg->limitTo(*user);
        return pg;
    }

    NewIncident reportIn(const AdminUnit &grid, const QString &title, const QString &phone = {}) const
    {
        NewIncident n;
        n.location = polygon::centroid(grid.geometry);
        n.categoryCode = QStringLiteral("neighbourhood_dispute");
        n.title = title;
        n.reporterPhone = phone;
        return n;
    }

    int reveals(qint64 id) const
    {
        return ownerValue(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'reveal' AND row_id = %1").arg(id)).toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!test::TestBackend::isPg())
            QSKIP("server only");
        QVERIFY(m_dir.isValid());
        m_backend.createDemo(m_dir);
        m_suffix = QStringLiteral("_h%1").arg(QCoreApplication::applicationPid());
        auto owner = m_backend.open();
        const test::TestPlaces places = test::TestPlaces::of(*owner);
        m_gridA = places.gridA;
        m_gridB = places.gridB;
        test::addPeople(*owner,
                        {{"grid_a", Role::GridWorker, m_gridA.code, {}, false},
                         {"grid_b", Role::GridWorker, m_gridB.code, {}, true},
                         {"centre", Role::CentreStaff, places.township, {}, false},
                         {"admin", Role::Administrator, {}, {}, true}},
                        m_suffix, kPassword, QStringLiteral("用户 "));
        m_x = owner->addIncident(reportIn(m_gridA, QStringLiteral("甲网格纠纷")), QStringLiteral("t"));
        m_y = owner->addIncident(reportIn(m_gridB, QStringLiteral("乙网格纠纷"), QStringLiteral("13912345678")),
                                 QStringLiteral("t"));
    }

    // 1. A reveal needs a committed request: not one in a released
    // savepoint, nor one in an EXCEPTION block, of the same transaction.
    void revealNeedsACommittedRequest()
    {
        const int before = reveals(m_y);
        const test::PsqlResult savepoint = as(QStringLiteral("grid_b"), QStringLiteral(
            "BEGIN; SAVEPOINT s; SELECT gd_request_reveal(%1); RELEASE s; SELECT phone FROM gd_reveal(%1); ROLLBACK").arg(m_y));
        QVERIFY2(savepoint.code != 0, qPrintable(savepoint.out));
        QVERIFY(!savepoint.out.contains(QStringLiteral("13912345678")));
        const test::PsqlResult block = as(QStringLiteral("grid_b"), QStringLiteral(
            "DO $$ DECLARE p text; BEGIN BEGIN PERFORM gd_request_reveal(%1); EXCEPTION WHEN others THEN NULL; END; "
            "SELECT phone INTO p FROM gd_reveal(%1); RAISE NOTICE 'phone %', p; RAISE EXCEPTION 'undo'; END $$").arg(m_y));
        QVERIFY(block.code != 0);
        QVERIFY2(!block.err.contains(QStringLiteral("13912345678")), qPrintable(block.err));
        QCOMPARE(reveals(m_y), before);
        // Committed first, the reveal works, and its entry is there.
        QCOMPARE(as(QStringLiteral("grid_b"), QStringLiteral("SELECT gd_request_reveal(%1)").arg(m_y)).code, 0);
        QCOMPARE(as(QStringLiteral("grid_b"), QStringLiteral("SELECT phone FROM gd_reveal(%1)").arg(m_y)).out,
                 QStringLiteral("13912345678"));
        QCOMPARE(reveals(m_y), before + 1);
    }

    // 9. The refusal reads the same whether the case exists or not.
    void revealErrorDoesNotTellWhichCasesExist()
    {
        const test::PsqlResult missing = as(QStringLiteral("grid_b"), QStringLiteral("SELECT gd_request_reveal(987654321)"));
        const test::PsqlResult outside = as(QStringLiteral("grid_b"), QStringLiteral("SELECT gd_request_reveal(%1)").arg(m_x));
        QVERIFY(missing.code != 0 && outside.code != 0);
        const QString a = missing.err.section(QLatin1Char('\n'), 0, 0).replace(QStringLiteral("987654321"), QStringLiteral("N"));
        const QString b = outside.err.section(QLatin1Char('\n'), 0, 0).replace(QString::number(m_x), QStringLiteral("N"));
        QCOMPARE(a, b);
    }

    // 2. No login can take the locks that stall others: no strong table
    // locks, and advisory locks stall nobody.
    void loginsCannotLockTables()
    {
        for (const QString &mode : {QStringLiteral("ACCESS EXCLUSIVE"), QStringLiteral("EXCLUSIVE"), QStringLiteral("SHARE")}) {
            for (const QString &table : {QStringLiteral("incidents"), QStringLiteral("incident_history"),
                                         QStringLiteral("audit_log"), QStringLiteral("gd_changes")}) {
                const test::PsqlResult r = as(QStringLiteral("centre"), QStringLiteral("BEGIN; LOCK TABLE %1 IN %2 MODE; COMMIT")
                                                                            .arg(table, mode));
                QVERIFY2(r.code != 0 && r.err.contains(QStringLiteral("permission denied")),
                         qPrintable(table + QLatin1Char(' ') + mode + QStringLiteral(": ") + r.err));
            }
        }
    }

    void advisoryLocksStallNobody()
    {
        std::unique_ptr<QProcess> holder = psql().start(login(QStringLiteral("grid_a")), {QStringLiteral(
            "SELECT pg_advisory_lock(k) FROM generate_series(4490000, 4490010) k"), QStringLiteral("SELECT pg_sleep(30)")});
        QTest::qWait(1000);
        auto a = storeAs(QStringLiteral("grid_a"));
        QVERIFY(a);
        const qint64 id = a->addIncident(reportIn(m_gridA, QStringLiteral("锁住之后")), QStringLiteral("x"));
        QVERIFY(a->incident(id));
        holder->kill();
        holder->waitForFinished();
    }

    // A writing transaction held open (its timeouts SET away) is ended by
    // the writer it blocks, and that writer's report lands.
    void aStalledWriterIsEnded()
    {
        std::unique_ptr<QProcess> staller = psql().start(login(QStringLiteral("grid_a")), {QStringLiteral(
            "BEGIN; SET LOCAL lock_timeout = 0; SET LOCAL idle_in_transaction_session_timeout = 0; "
            "SET LOCAL statement_timeout = 0; UPDATE incidents SET title = title WHERE fid = %1; "
            "SELECT pg_sleep(120); COMMIT").arg(m_x)});
        QTRY_VERIFY_WITH_TIMEOUT(ownerValue(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE usename = '%1' "
                                                           "AND backend_xid IS NOT NULL").arg(login(QStringLiteral("grid_a"))))
                                         .toInt() == 1,
                                 10000);
        auto centre = storeAs(QStringLiteral("centre"));
        QVERIFY(centre);
        // The staller holds the audit chain: every audited write waits on it.
        qint64 id = 0;
        try {
            id = centre->addIncident(reportIn(m_gridA, QStringLiteral("被拖住的上报")), QStringLiteral("x"));
        } catch (const StoreError &e) {
            QFAIL(qPrintable(e.message()));
        }
        QVERIFY(centre->incident(id));
        QVERIFY(staller->waitForFinished(30000));
        QVERIFY(staller->exitCode() != 0);
        QVERIFY2(QString::fromUtf8(staller->readAllStandardError()).contains(QStringLiteral("terminat")),
                 "the staller's session was not ended");
        QCOMPARE(ownerValue(QStringLiteral("SELECT after::json->>'login' FROM audit_log WHERE action = 'end_session' "
                                           "ORDER BY seq DESC LIMIT 1")),
                 login(QStringLiteral("grid_a")));
    }

    // Connecting needs an active gd_users row in this very database.
    void connectingNeedsAnActiveUserRow()
    {
        const QString stranger = login(QStringLiteral("stranger"));
        ownerValue(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE griddesk_user").arg(stranger, kPassword));
        const test::PsqlResult r = psql().run(stranger, QStringLiteral("SELECT 1"));
        QVERIFY2(r.code != 0 && r.err.contains(QStringLiteral("permission denied for database")), qPrintable(r.err));

        // Deactivated: refused at once, and an open session is ended.
        std::unique_ptr<QProcess> open = psql().start(login(QStringLiteral("admin")), {QStringLiteral("SELECT pg_sleep(60)")});
        QTRY_VERIFY_WITH_TIMEOUT(ownerValue(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE usename = '%1'")
                                                .arg(login(QStringLiteral("admin")))).toInt() == 1, 10000);
        auto owner = m_backend.open();
        owner->setUserActive(login(QStringLiteral("admin")), false);
        QVERIFY(open->waitForFinished(20000));
        QVERIFY(open->exitCode() != 0);
        const test::PsqlResult after = as(QStringLiteral("admin"), QStringLiteral("SELECT 1"));
        QVERIFY2(after.code != 0 && after.err.contains(QStringLiteral("permission denied for database")), qPrintable(after.err));
        owner->setUserActive(login(QStringLiteral("admin")), true);
        QCOMPARE(as(QStringLiteral("admin"), QStringLiteral("SELECT 1")).out, QStringLiteral("1"));
    }

    // 9. A password typed with full-width characters (a Chinese input
    // method) works: the verifier is normalised as the client's proof is.
    void fullWidthPasswordsSignIn()
    {
        const QString password = QStringLiteral("Ｇｒｉｄｄｅｓｋ２０２６ 密码");
        UserAccount u;
        u.username = login(QStringLiteral("fullwidth"));
        u.role = Role::GridWorker;
        u.scopeCode = m_gridA.code;
        m_backend.open()->addUser(u, password);
        const test::PsqlResult r = psql().run(u.username, QStringLiteral("SELECT current_user"), password);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out, u.username);
    }

    // 3. Ids are the server's.
    void explicitIdsAreRefused()
    {
        const test::PsqlResult history = as(QStringLiteral("grid_a"), QStringLiteral(
            "INSERT INTO incident_history (fid, incident_id, action, actor, at, state_after) "
            "VALUES (0, %1, 'handle', 'x', now(), 'reported')").arg(m_x));
        QVERIFY2(history.code != 0 && history.err.contains(QStringLiteral("permission denied")), qPrintable(history.err));
        const test::PsqlResult update = as(QStringLiteral("grid_a"), QStringLiteral("UPDATE incidents SET fid = 999999 WHERE fid = %1").arg(m_x));
        QVERIFY2(update.code != 0 && update.err.contains(QStringLiteral("permission denied")), qPrintable(update.err));
    }

    // 4. Trigger functions cannot be attached to a login's own tables.
    void triggerFunctionsCannotBeBorrowed()
    {
        for (const QString &function : {QStringLiteral("gd_audit_row"), QStringLiteral("gd_feed"),
                                        QStringLiteral("gd_history_actor"), QStringLiteral("gd_incident_units")}) {
            const test::PsqlResult r = as(QStringLiteral("grid_a"), QStringLiteral(
                "CREATE TEMP TABLE incidents (fid bigint, geom text); "
                "CREATE TRIGGER forged AFTER INSERT ON pg_temp.incidents FOR EACH ROW EXECUTE FUNCTION %1(); "
                "INSERT INTO pg_temp.incidents VALUES (1, 'x')").arg(function));
            QVERIFY2(r.code != 0 && r.err.contains(QStringLiteral("permission denied")), qPrintable(function + r.err));
        }
        QVERIFY(auditchain::verify(m_backend.open()->auditEntries()).intact);
    }

    // 6. The server records who acted, and where a case lies.
    void theServerRecordsWhoActedAndWhere()
    {
        const test::PsqlResult forged = as(QStringLiteral("grid_a"), QStringLiteral(
            "INSERT INTO incident_history (incident_id, action, actor, role, at, state_before, state_after, note) "
            "VALUES (%1, 'handle', '王主任', 'administrator', now(), 'reported', 'reported', '伪造')").arg(m_x));
        QCOMPARE(forged.code, 0);
        auto owner = m_backend.open();
        const IncidentHistoryEntry last = owner->history(m_x).last();
        QCOMPARE(last.note, QStringLiteral("伪造"));
        QCOMPARE(last.actor, QStringLiteral("用户 grid_a"));
        QCOMPARE(last.role, QStringLiteral("grid_worker"));

        const QString township = owner->incident(m_x)->townshipCode;
        const test::PsqlResult moved = as(QStringLiteral("grid_a"), QStringLiteral(
            "UPDATE incidents SET township_code = '371102099000', community_code = '371102099001' WHERE fid = %1").arg(m_x));
        QCOMPARE(moved.code, 0);
        QCOMPARE(owner->incident(m_x)->townshipCode, township);
        QCOMPARE(owner->incident(m_x)->gridCode, m_gridA.code);
    }

    // 5. Hand-written codes do not jam the day's numbering, and it goes on past 9999.
    void caseNumbersCannotBeJammed()
    {
        const QString day = QDateTime::currentDateTimeUtc().toOffsetFromUtc(8 * 3600).toString(QStringLiteral("yyyyMMdd"));
        const QString prefix = QStringLiteral("E%1-").arg(day);
        for (const QString &code : {QStringLiteral("zzzz"), QStringLiteral("9999")})
            ownerValue(QStringLiteral("INSERT INTO incidents (geom, code, category_code, title, source, state, reported_at, "
                                      "grid_code, community_code, township_code) SELECT geom, '%1%2', category_code, 'x', "
                                      "source, 'closed', reported_at, grid_code, community_code, township_code "
                                      "FROM incidents WHERE fid = %3 RETURNING fid").arg(prefix, code).arg(m_x));
        auto a = storeAs(QStringLiteral("grid_a"));
        qint64 first = 0, second = 0;
        try {
            first = a->addIncident(reportIn(m_gridA, QStringLiteral("第一万件")), QStringLiteral("x"));
            second = a->addIncident(reportIn(m_gridA, QStringLiteral("第一万零一件")), QStringLiteral("x"));
        } catch (const StoreError &e) {
            QFAIL(qPrintable(e.message()));
        }
        QCOMPARE(a->incident(first)->code, prefix + QStringLiteral("10000"));
        QCOMPARE(a->incident(second)->code, prefix + QStringLiteral("10001"));
    }

    // 9. An administrator may not rename the schema's own keys.
    void settingsKeysStayTheOwners()
    {
        QCOMPARE(as(QStringLiteral("admin"), QStringLiteral("INSERT INTO gd_meta (key, value) VALUES ('probe', '1')")).code, 0);
        for (const QString &statement : {QStringLiteral("UPDATE gd_meta SET key = 'old_version' WHERE key = 'schema_version'"),
                                         QStringLiteral("UPDATE gd_meta SET key = 'audit_paused' WHERE key = 'probe'"),
                                         QStringLiteral("DELETE FROM gd_meta WHERE key = 'schema_version'")}) {
            const test::PsqlResult r = as(QStringLiteral("admin"), statement);
            QVERIFY2(r.code != 0 && r.err.contains(QStringLiteral("database owner")), qPrintable(statement + r.err));
        }
        QCOMPARE(m_backend.open()->schemaVersion(), migrations::latestVersion());
    }

    // 9. The notification tells a listener which table changed, not which cases.
    void notificationsNameNoCases()
    {
        const test::PsqlResult r = as(QStringLiteral("grid_a"), {QStringLiteral("LISTEN griddesk"),
                                                                 QStringLiteral("UPDATE incidents SET title = title WHERE fid = %1").arg(m_x),
                                                                 QStringLiteral("SELECT 1")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("payload \"incidents\"")), qPrintable(r.out));
        QVERIFY2(!r.out.contains(QStringLiteral("incidents:")), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestServerHardening)
#include "test_serverhardening.moc"
