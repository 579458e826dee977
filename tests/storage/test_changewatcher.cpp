// The change watcher sees commits made through another connection, and only those.
#include "ChangeWatcher.h"
#include "GpkgStore.h"
#include "PolygonOps.h"
#include "TestDemo.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace griddesk;

class TestChangeWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seesOtherConnectionsCommits()
    {
        QTemporaryDir dir;
        const QString path = test::createDemo(dir);
        ChangeWatcher watcher(path);
        QSignalSpy tables(&watcher, &ChangeWatcher::tablesChanged);
        QSignalSpy changes(&watcher, &ChangeWatcher::changed);
        watcher.poll(); // first look establishes the data version
        tables.clear();
        changes.clear();
        QVERIFY(!watcher.poll());

        auto store = GpkgStore::open(path);
        const AdminUnit grid = store->adminUnits(int(AdminLevel::Grid)).first();
        NewIncident n;
        n.location = polygon::centroid(grid.geometry);
        n.categoryCode = QStringLiteral("public_service");
        n.title = QStringLiteral("路灯不亮");
        const qint64 id = store->addIncident(n, QStringLiteral("t"));

        QVERIFY(watcher.poll());
        QCOMPARE(tables.size(), 1);
        QCOMPARE(tables.first().first().value<QSet<QString>>(), QSet<QString>{QStringLiteral("incidents")});
        const auto records = changes.first().first().value<QVector<ChangeRecord>>();
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().rowId, id);
        QVERIFY(!watcher.poll());
    }

    void timerDrivesPolling()
    {
        QTemporaryDir dir;
        const QString path = test::createDemo(dir);
        ChangeWatcher watcher(path, 20);
        QSignalSpy tables(&watcher, &ChangeWatcher::tablesChanged);
        watcher.start();
        auto store = GpkgStore::open(path);
        const AdminUnit grid = store->adminUnits(int(AdminLevel::Grid)).last();
        NewIncident n;
        n.location = polygon::centroid(grid.geometry);
        n.categoryCode = QStringLiteral("petition");
        n.title = QStringLiteral("信访");
        store->addIncident(n, QStringLiteral("t"));
        QVERIFY(tables.wait(5000));
    }
};

QTEST_GUILESS_MAIN(TestChangeWatcher)
#include "test_changewatcher.moc"
