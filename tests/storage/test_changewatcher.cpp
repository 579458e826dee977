// The change watcher sees commits made through another connection, and only
// those; on a server it hears them through NOTIFY, in any commit order. Runs
// on both backends (GRIDDESK_TEST_BACKEND, see TestBackend.h).
#include "ChangeWatcher.h"
#include "PolygonOps.h"
#include "TestBackend.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace griddesk;

namespace {

NewIncident report(const AdminUnit &grid, const QString &title)
{
    NewIncident n;
    n.location = polygon::centroid(grid.geometry);
    n.categoryCode = QStringLiteral("public_service");
    n.title = title;
    return n;
}

QSet<qint64> rowIds(const QSignalSpy &spy)
{
    QSet<qint64> ids;
    for (const QList<QVariant> &call : spy)
        for (const ChangeRecord &r : call.first().value<QVector<ChangeRecord>>())
            if (r.table == QLatin1String("incidents"))
                ids.insert(r.rowId);
    return ids;
}

} // namespace

class TestChangeWatcher : public QObject
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

    void seesOtherConnectionsCommits()
    {
        ChangeWatcher watcher(m_backend.storeLocation());
        QSignalSpy tables(&watcher, &ChangeWatcher::tablesChanged);
        QSignalSpy changes(&watcher, &ChangeWatcher::changed);
        watcher.poll(); // first look establishes the data version
        tables.clear();
        changes.clear();
        QVERIFY(!watcher.poll());

        auto store = m_backend.open();
        const qint64 id = store->addIncident(report(store->adminUnits(int(AdminLevel::Grid)).first(), QStringLiteral("路灯不亮")),
                                             QStringLiteral("t"));
        QVERIFY(watcher.poll() || !changes.isEmpty());
        QCOMPARE(tables.size(), 1);
        QCOMPARE(tables.first().first().value<QSet<QString>>(), QSet<QString>{QStringLiteral("incidents")});
        const auto records = changes.first().first().value<QVector<ChangeRecord>>();
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().rowId, id);
        QVERIFY(!watcher.poll());
    }

    // Two workstations: what one writes, the other's watcher reports with no
    // polling by the test (a timer on a file, NOTIFY on a server).
    void anotherClientSeesTheChange()
    {
        ChangeWatcher watcher(m_backend.storeLocation(), 20);
        QSignalSpy changes(&watcher, &ChangeWatcher::changed);
        watcher.start();
        auto writer = m_backend.open();
        const AdminUnit grid = writer->adminUnits(int(AdminLevel::Grid)).last();
        QElapsedTimer clock;
        clock.start();
        const qint64 id = writer->addIncident(report(grid, QStringLiteral("信访")), QStringLiteral("t"));
        QTRY_VERIFY_WITH_TIMEOUT(rowIds(changes).contains(id), 5000);
        qInfo("seen by the other client after %lld ms", clock.elapsed());
        // An action on the case reaches it too.
        changes.clear();
        WorkflowRequest accept;
        accept.action = IncidentAction::Accept;
        accept.role = Role::CentreStaff;
        accept.actor = QStringLiteral("王敏");
        accept.at = QDateTime::currentDateTimeUtc().addSecs(1);
        writer->applyAction(id, accept);
        QTRY_VERIFY_WITH_TIMEOUT(rowIds(changes).contains(id), 5000);
    }

    // On a server, change rows take their numbers when written but appear when
    // their transaction commits: a later number can commit first. Both arrive.
    // (Audited writes queue behind each other for the audit chain; a writer
    // outside the audit, here the feed itself, shows the general case.)
    void outOfOrderCommitsAreNotMissed()
    {
        if (!test::TestBackend::isPg())
            QSKIP("SQLite serialises writers; commits follow the numbering");
        ChangeWatcher watcher(m_backend.storeLocation());
        QSignalSpy changes(&watcher, &ChangeWatcher::changed);
        QSqlDatabase slow = m_backend.rawConnection(QStringLiteral("slow"));
        QVERIFY(slow.transaction());
        QSqlQuery q(slow);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO gd_changes (table_name, row_id, op) VALUES ('incidents', 1, 'U')")));
        QVERIFY(q.exec(QStringLiteral("SELECT pg_notify('griddesk', 'incidents:1:U')"))); // delivered at commit
        auto store = m_backend.open();
        const qint64 id = store->addIncident(report(store->adminUnits(int(AdminLevel::Grid)).at(2), QStringLiteral("后写先提交")),
                                             QStringLiteral("t"));
        QTRY_VERIFY_WITH_TIMEOUT(rowIds(changes).contains(id), 5000);
        QVERIFY(!rowIds(changes).contains(1));
        QVERIFY(slow.commit());
        QTRY_VERIFY_WITH_TIMEOUT(rowIds(changes).contains(1), 5000);
        slow.close();
        slow = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("slow"));
    }
};

QTEST_GUILESS_MAIN(TestChangeWatcher)
#include "test_changewatcher.moc"
