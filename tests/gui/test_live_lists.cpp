// The incident list and the dispatch queue follow other workstations case by
// case, on a GeoPackage and on the server (GRIDDESK_TEST_BACKEND): a case
// reported elsewhere is added to both, a case rejected elsewhere leaves the
// queue and stays in the list as ended, and neither list is reset, so the
// person at the console keeps the row they selected. A grid worker's lists
// never take in a case outside their grid. A read that fails (the file or
// the server away) is tried again by itself after a pause.
#include "AppResources.h"
#include "ConsoleSession.h"
#include "ConsoleSignIn.h"
#include "DispatchDock.h"
#include "DispatchModule.h"
#include "DispatchQueueModel.h"
#include "DispatchQueueProxy.h"
#include "IncidentFilterProxy.h"
#include "IncidentListDock.h"
#include "IncidentModule.h"
#include "IncidentState.h"
#include "IncidentTableModel.h"
#include "Language.h"
#include "MainWindow.h"
#include "PolygonOps.h"
#include "QgisTestMain.h"
#include "TestBackend.h"
#include "TestReports.h"
#include "TestPeople.h"

#include <QDir>
#include <QFile>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>

#include <qgsmapcanvas.h>

using namespace griddesk;
using namespace griddesk::app;

namespace {
const QString kPassword = QStringLiteral("Live-lists 2026");

// Selects the row of this case in a view over a proxy of `source`.
void selectCase(QTableView *view, const QAbstractItemModel *source, int sourceRow)
{
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(view->model());
    const QModelIndex p = proxy->mapFromSource(source->index(sourceRow, 0));
    view->selectionModel()->select(p, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

qint64 selectedId(QTableView *view, int idRole)
{
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    return rows.size() == 1 ? rows.first().data(idRole).toLongLong() : -1;
}
} // namespace

class TestLiveLists : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::TestBackend m_backend;
    test::TestPlaces m_places;
    QString m_suffix;

    QString login(const char *name) const { return QString::fromLatin1(name) + m_suffix; }

    static void showAndWait(MainWindow &w, ConsoleSession &session)
    {
        w.resize(1600, 1000);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy painted(session.canvas(), &QgsMapCanvas::mapCanvasRefreshed);
        QVERIFY(painted.wait(20000));
        auto *incidents = w.findChild<IncidentModule *>();
        auto *dispatch = w.findChild<DispatchModule *>();
        QTRY_VERIFY_WITH_TIMEOUT(!incidents->isLoading() && !dispatch->isLoading(), 10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        language::install(QStringLiteral("en"));
        qInfo("backend: %s", qPrintable(test::TestBackend::name()));
        m_backend.createDemo(m_dir);
        m_suffix = QStringLiteral("_v%1").arg(QCoreApplication::applicationPid());
        auto owner = m_backend.open();
        m_places = test::TestPlaces::of(*owner);
        test::addPeople(*owner,
                        {{"centre", Role::CentreStaff, m_places.township, {}},
                         {"workerb", Role::GridWorker, m_places.gridB.code, {}}},
                        m_suffix, kPassword);
    }

    void changesElsewhereMoveOnlyTheirRows()
    {
        auto session = test::consoleSessionOf(m_backend, login("centre"), kPassword);
        QVERIFY(session);
        MainWindow w(*session);
        showAndWait(w, *session);
        auto *incidents = w.findChild<IncidentModule *>();
        auto *dispatch = w.findChild<DispatchModule *>();
        IncidentTableModel *list = incidents->model();
        DispatchQueueModel *queue = dispatch->model();
        QTableView *listView = incidents->dock()->tableView();
        QTableView *queueView = dispatch->dock()->tableView();
        const int listRows = list->rowCount();
        const int queueRows = queue->rowCount();
        QVERIFY(queueRows > 2);

        // Someone at the console has a case selected in each list.
        const qint64 kept = queue->incidentAt(1)->id;
        selectCase(queueView, queue, 1);
        selectCase(listView, list, list->rowOfId(kept));
        QCOMPARE(selectedId(queueView, DispatchQueueModel::IdRole), kept);
        QCOMPARE(selectedId(listView, IncidentTableModel::IdRole), kept);
        QSignalSpy listReset(list, &QAbstractItemModel::modelReset);
        QSignalSpy queueReset(queue, &QAbstractItemModel::modelReset);

        // Another workstation reports a case: it joins both lists.
        auto other = m_backend.openAs(login("centre"), kPassword);
        const qint64 added = other->addIncident(test::reportIn(m_places.gridA, QStringLiteral("路灯损坏")), login("centre"));
        QTRY_VERIFY_WITH_TIMEOUT(list->rowOfId(added) >= 0 && queue->rowOfId(added) >= 0, 5000);
        QCOMPARE(list->rowCount(), listRows + 1);
        QCOMPARE(queue->rowCount(), queueRows + 1);
        QCOMPARE(list->incidentAt(list->rowOfId(added))->title, QStringLiteral("路灯损坏"));
        QCOMPARE(DispatchQueueModel::needOf(queue->incidentAt(queue->rowOfId(added))->state),
                 DispatchQueueModel::NeedAccept);

        // It is rejected there: it leaves the queue and stays in the list as ended.
        other->applyAction(added, test::rejection(login("centre")));
        QTRY_VERIFY_WITH_TIMEOUT(queue->rowOfId(added) < 0, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(list->incidentAt(list->rowOfId(added))->state, IncidentState::Rejected, 5000);
        QCOMPARE(queue->rowCount(), queueRows);
        QCOMPARE(list->rowCount(), listRows + 1);
        QVERIFY(!incidentstate::isOpen(list->incidentAt(list->rowOfId(added))->state));

        // Neither list was read whole again: the selections stand.
        QCOMPARE(listReset.count(), 0);
        QCOMPARE(queueReset.count(), 0);
        QCOMPARE(selectedId(queueView, DispatchQueueModel::IdRole), kept);
        QCOMPARE(selectedId(listView, IncidentTableModel::IdRole), kept);
        // Every row is still found by its id.
        for (int row = 0; row < queue->rowCount(); ++row)
            QCOMPARE(queue->rowOfId(queue->incidentAt(row)->id), row);
        for (int row = 0; row < list->rowCount(); ++row)
            QCOMPARE(list->rowOfId(list->incidentAt(row)->id), row);
    }

    void aFailedReadIsTriedAgain()
    {
        auto session = test::consoleSessionOf(m_backend, login("centre"), kPassword);
        QVERIFY(session);
        // The lists' reads cannot open the data: the file is moved away, or
        // the person may no longer sign in to the server.
        const QString path = m_backend.location();
        const QString away = path + QStringLiteral(".away");
        const QString role = login("centre");
        const auto setReachable = [&](bool reachable) {
            if (test::TestBackend::isPg()) {
                test::TestBackend::serverExec(QStringLiteral("ALTER ROLE %1 %2").arg(role, reachable ? "LOGIN" : "NOLOGIN"));
                // As an administrator taking a login away does: its sessions
                // end too, the ones the workers keep between reads included.
                if (!reachable)
                    test::TestBackend::serverExec(
                        QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '%1'").arg(role));
            }
            else if (reachable)
                QVERIFY(QDir(path).removeRecursively() && QFile::rename(away, path));
            else // a folder in its place, so that nothing makes an empty file there meanwhile
                QVERIFY(QFile::rename(path, away) && QDir().mkpath(path));
        };
        MainWindow w(*session); // not shown: the lists read as soon as events run
        setReachable(false);
        auto *incidents = w.findChild<IncidentModule *>();
        auto *dispatch = w.findChild<DispatchModule *>();
        QTRY_VERIFY_WITH_TIMEOUT(!incidents->isLoading() && !dispatch->isLoading(), 10000);
        QCOMPARE(incidents->model()->rowCount(), 0);
        QCOMPARE(dispatch->model()->rowCount(), 0);
        QVERIFY2(w.statusBar()->currentMessage().startsWith(QStringLiteral("Could not read")),
                 qPrintable(w.statusBar()->currentMessage()));

        // Back: both lists fill by themselves, with no change to prompt them.
        setReachable(true);
        QTRY_VERIFY_WITH_TIMEOUT(incidents->model()->rowCount() > 0 && dispatch->model()->rowCount() > 2, 15000);
    }

    void aGridWorkersListsKeepToTheirGrid()
    {
        auto session = test::consoleSessionOf(m_backend, login("workerb"), kPassword);
        QVERIFY(session);
        MainWindow w(*session);
        showAndWait(w, *session);
        IncidentTableModel *list = w.findChild<IncidentModule *>()->model();
        const int rows = list->rowCount();

        auto other = m_backend.openAs(login("centre"), kPassword);
        const qint64 elsewhere = other->addIncident(test::reportIn(m_places.gridA, QStringLiteral("网格 A 的案件")), login("centre"));
        const qint64 own = other->addIncident(test::reportIn(m_places.gridB, QStringLiteral("网格 B 的案件")), login("centre"));
        // Both were written in this order, so once the second is in, the first was read and left out.
        QTRY_VERIFY_WITH_TIMEOUT(list->rowOfId(own) >= 0, 5000);
        QCOMPARE(list->rowOfId(elsewhere), -1);
        QCOMPARE(list->rowCount(), rows + 1);
        for (int row = 0; row < list->rowCount(); ++row)
            QCOMPARE(list->incidentAt(row)->gridCode, m_places.gridB.code);
    }
};

GRIDDESK_QGIS_TEST_MAIN(TestLiveLists, griddesk::app::initResources)
#include "test_live_lists.moc"
