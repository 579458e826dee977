// Faults on real databases:
//  - the PostgreSQL server crashes and comes back mid-session: the client
//    reconnects by itself, every report and action lands exactly once, and
//    the change watcher reports offline, then online, and catches up;
//  - a writer killed with SIGKILL in the middle of a 10,000-row batch leaves
//    no part of it behind, on either backend.
#include "ChangeWatcher.h"
#include "PolygonOps.h"
#include "StoreError.h"
#include "TestBackend.h"

#include <QAtomicInteger>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace griddesk;

namespace {

int countCodes(Store &store, const QString &prefix)
{
    int n = 0;
    for (const Incident &i : store.incidents())
        n += i.code.startsWith(prefix);
    return n;
}

} // namespace

class TestFaults : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::TestBackend m_backend;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qInfo("backend: %s", qPrintable(test::TestBackend::name()));
        m_backend.createDemo(m_dir);
    }

    void serverCrashMidSession()
    {
        if (!test::TestBackend::isPg())
            QSKIP("a local file has no server to lose");
        ChangeWatcher watcher(m_backend.storeLocation());
        QSignalSpy online(&watcher, &ChangeWatcher::onlineChanged);
        QSignalSpy changes(&watcher, &ChangeWatcher::changed);
        watcher.start();

        constexpr int kReports = 40;
        QAtomicInteger<int> done = 0;
        QVector<qint64> ids;
        QString failure;
        int reconnections = 0;
        const StoreLocation location = m_backend.storeLocation();
        QThread *worker = QThread::create([&] {
            try {
                const std::unique_ptr<Store> opened = location.open();
                opened->session().setPatience(30000);
                Store &store = *opened;
                const QVector<AdminUnit> grids = store.adminUnits(int(AdminLevel::Grid));
                for (int k = 0; k < kReports; ++k) {
                    NewIncident n;
                    n.location = polygon::centroid(grids[k % grids.size()].geometry);
                    n.categoryCode = QStringLiteral("public_service");
                    n.title = QStringLiteral("断线测试 %1").arg(k);
                    const qint64 id = store.addIncident(n, QStringLiteral("网格员"));
                    WorkflowRequest accept;
                    accept.action = IncidentAction::Accept;
                    accept.role = Role::CentreStaff;
                    accept.actor = QStringLiteral("王敏");
                    store.applyAction(id, accept);
                    ids.push_back(id);
                    done.storeRelease(k + 1);
                    QThread::msleep(25);
                }
                reconnections = store.session().reconnections();
            } catch (const StoreError &e) {
                failure = e.message();
            }
        });
        worker->start();
        QTRY_VERIFY_WITH_TIMEOUT(done.loadAcquire() >= 10, 30000);
        QVERIFY(test::TestBackend::controlServer(QStringLiteral("crash")));
        QTRY_VERIFY_WITH_TIMEOUT(!online.isEmpty() && !online.last().first().toBool(), 10000); // offline shown
        QTest::qWait(1500);
        QVERIFY(test::TestBackend::controlServer(QStringLiteral("resume")));
        QTRY_VERIFY_WITH_TIMEOUT(worker->isFinished(), 60000);
        delete worker;
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY(reconnections >= 1);
        QTRY_VERIFY_WITH_TIMEOUT(online.last().first().toBool(), 10000); // online again

        // Every report once, every acceptance once.
        QCOMPARE(ids.size(), kReports);
        QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()).size(), kReports);
        auto store = m_backend.open();
        int reports = 0;
        for (const Incident &i : store->incidents())
            reports += i.title.startsWith(QStringLiteral("断线测试 "));
        QCOMPARE(reports, kReports);
        for (qint64 id : ids) {
            int accepts = 0;
            for (const IncidentHistoryEntry &h : store->history(id))
                accepts += h.action == QLatin1String("accept");
            QCOMPARE(accepts, 1);
            QCOMPARE(store->incident(id)->state, IncidentState::Accepted);
        }
        // The watcher caught up on what was written after the reconnection.
        QSet<qint64> seen;
        for (const QList<QVariant> &call : changes)
            for (const ChangeRecord &r : call.first().value<QVector<ChangeRecord>>())
                seen.insert(r.rowId);
        QTRY_VERIFY_WITH_TIMEOUT(seen.contains(ids.last()) || [&] {
            for (const QList<QVariant> &call : changes)
                for (const ChangeRecord &r : call.first().value<QVector<ChangeRecord>>())
                    seen.insert(r.rowId);
            return seen.contains(ids.last());
        }(), 10000);
    }

    void unreachableServerRefusesClearly()
    {
        if (!test::TestBackend::isPg())
            QSKIP("a local file has no server to lose");
        const std::unique_ptr<Store> opened = m_backend.open();
        opened->session().setPatience(1500);
        Store &store = *opened;
        const AdminUnit grid = store.adminUnits(int(AdminLevel::Grid)).first();
        const int before = store.incidents().size();
        QVERIFY(test::TestBackend::controlServer(QStringLiteral("crash")));
        NewIncident n;
        n.location = polygon::centroid(grid.geometry);
        n.categoryCode = QStringLiteral("public_service");
        n.title = QStringLiteral("服务器停机时上报");
        try {
            store.addIncident(n, QStringLiteral("t"));
            QFAIL("a report was accepted with the server down");
        } catch (const StoreError &e) {
            QCOMPARE(e.kind(), StoreError::Kind::Unavailable);
            QVERIFY2(e.message().contains(QStringLiteral("Nothing was written")), qPrintable(e.message()));
        }
        QVERIFY(test::TestBackend::controlServer(QStringLiteral("resume")));
        QCOMPARE(store.incidents().size(), before);
    }

    void killedWriterLeavesNoPartialBatch()
    {
        auto store = m_backend.open();
        const int before = store->incidents().size();
        store.reset();
        const QString wal = m_backend.location() + QStringLiteral("-wal");
        const qint64 walBefore = QFileInfo(wal).size();
        QProcess writer;
        writer.start(QStringLiteral(GRIDDESK_BINARY_DIR "/bin/griddesk_test_bulkwriter"),
                     {m_backend.location(), QStringLiteral("10000")});
        QVERIFY(writer.waitForStarted());
        QByteArray output;
        auto said = [&](const char *word) {
            output += writer.readAllStandardOutput();
            return output.contains(word);
        };
        QTRY_VERIFY_WITH_TIMEOUT(said("writing") || writer.state() != QProcess::Running, 30000);
        // Wait until the batch is visibly under way, then kill it outright.
        QSqlDatabase probe;
        if (test::TestBackend::isPg())
            probe = m_backend.rawConnection(QStringLiteral("probe"));
        auto writing = [&] {
            if (!test::TestBackend::isPg())
                return QFileInfo(wal).size() > walBefore + 256 * 1024;
            QSqlQuery q(probe);
            return q.exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE backend_xid IS NOT NULL "
                                         "AND pid <> pg_backend_pid()")) && q.next() && q.value(0).toInt() > 0;
        };
        QTRY_VERIFY_WITH_TIMEOUT(writing() || writer.state() != QProcess::Running, 30000);
        QVERIFY2(writer.state() == QProcess::Running, "the batch finished before it could be interrupted");
        QThread::msleep(30);
        ::kill(pid_t(writer.processId()), SIGKILL);
        QVERIFY(writer.waitForFinished(10000));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        QVERIFY(!said("done"));
        if (probe.isValid()) {
            probe.close();
            probe = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("probe"));
        }
        // Nothing of the batch is visible; the database is whole and writable.
        auto after = m_backend.open();
        QTRY_COMPARE_WITH_TIMEOUT(countCodes(*after, QStringLiteral("K0")), 0, 10000);
        QCOMPARE(after->incidents().size(), before);
        QVERIFY(!after->incidentByCode(QStringLiteral("K000000")));
        if (!test::TestBackend::isPg()) {
            QSqlQuery check(after->database());
            QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
            QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
        }
        const AdminUnit grid = after->adminUnits(int(AdminLevel::Grid)).first();
        NewIncident n;
        n.location = polygon::centroid(grid.geometry);
        n.categoryCode = QStringLiteral("public_service");
        n.title = QStringLiteral("中断之后");
        QVERIFY(after->addIncident(n, QStringLiteral("t")) > 0);
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "test_faults.moc"
