// The console's main window, offscreen with real widgets on a real GeoPackage:
// object names, docks, the incident list's filters, selection kept in step with
// the map both ways, the identify tool driven by mouse clicks, and the window
// layout restored on the next start.
#include "CaseLayers.h"
#include "AppResources.h"
#include "ConsoleLayers.h"
#include "ConsoleSession.h"
#include "DeadlineStatus.h"
#include "FeatureDetailsDock.h"
#include "IdentifyModule.h"
#include "IncidentFilterProxy.h"
#include "IdentifyTool.h"
#include "IncidentListDock.h"
#include "IncidentModule.h"
#include "IncidentTableModel.h"
#include "Language.h"
#include "MainWindow.h"
#include "QgisTestMain.h"
#include "Store.h"
#include "TestDemo.h"

#include <QDockWidget>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolBar>

#include <qgsmapcanvas.h>
#include <qgsmaptool.h>
#include <qgsvectorlayer.h>

using namespace griddesk;
using namespace griddesk::app;

namespace {
// Every case of the demo in the list (it has fewer than a page of ended ones).
void showAllIncidents(MainWindow &w)
{
    auto *incidents = w.findChild<IncidentModule *>();
    QVERIFY(incidents);
    incidents->setClosedPeriod(ClosedPeriod::All);
    QTRY_VERIFY_WITH_TIMEOUT(!incidents->isLoading(), 10000);
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    static void collectActions(QMenu *menu, QList<QAction *> &out)
    {
        for (QAction *a : menu->actions()) {
            out << a;
            if (a->menu())
                collectActions(a->menu(), out);
        }
    }

    static void waitForPaint(QgsMapCanvas *canvas)
    {
        QSignalSpy painted(canvas, &QgsMapCanvas::mapCanvasRefreshed);
        canvas->refresh();
        QVERIFY(painted.wait(20000));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QSettings().clear(); // each run starts like a first start
        language::install(QStringLiteral("en"));
        m_path = test::createDemo(m_dir);
    }

    void everyDockToolbarAndActionIsNamed()
    {
        QString error;
        auto session = ConsoleSession::open(StoreLocation::file(m_path), &error);
        QVERIFY2(session, qPrintable(error));
        MainWindow w(*session);
        QList<QAction *> actions;
        for (QAction *a : w.menuBar()->actions()) {
            actions << a;
            if (a->menu())
                collectActions(a->menu(), actions);
        }
        const QList<QToolBar *> bars = w.findChildren<QToolBar *>();
        QVERIFY(bars.size() >= 2);
        for (QToolBar *bar : bars) {
            QVERIFY2(!bar->objectName().isEmpty(), qPrintable(bar->windowTitle()));
            actions << bar->actions();
        }
        const QList<QDockWidget *> docks = w.findChildren<QDockWidget *>();
        QVERIFY(docks.size() >= 3);
        for (QDockWidget *d : docks)
            QVERIFY2(!d->objectName().isEmpty(), qPrintable(d->windowTitle()));
        QVERIFY(actions.size() > 15);
        for (QAction *a : actions)
            if (!a->isSeparator())
                QVERIFY2(!a->objectName().isEmpty(), qPrintable(a->text()));
        for (const char *name : {"layersDock", "featureDetailsDock", "incidentListDock"})
            QVERIFY2(w.findChild<QDockWidget *>(QString::fromLatin1(name)), name);
    }

    void incidentListFilters()
    {
        QString error;
        auto session = ConsoleSession::open(StoreLocation::file(m_path), &error);
        QVERIFY(session);
        MainWindow w(*session);
        auto *dock = w.findChild<IncidentListDock *>();
        QVERIFY(dock);
        showAllIncidents(w);
        const QVector<Incident> all = session->store().incidents();
        QCOMPARE(dock->proxy()->rowCount(), all.size());

        // Overdue: counted independently from the store.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        int overdue = 0, open = 0;
        for (const Incident &i : all) {
            if (incidentstate::isOpen(i.state) && i.dueAt.isValid() && i.dueAt < now)
                ++overdue;
            open += incidentstate::isOpen(i.state) ? 1 : 0;
        }
        dock->setStateFilter(IncidentFilterProxy::OverdueOnly);
        QCOMPARE(dock->proxy()->rowCount(), overdue);
        dock->setStateFilter(IncidentFilterProxy::OpenOnly);
        QCOMPARE(dock->proxy()->rowCount(), open);
        dock->setStateFilter(int(IncidentState::Closed));
        for (int r = 0; r < dock->proxy()->rowCount(); ++r)
            QCOMPARE(dock->proxy()->index(r, 0).data(IncidentTableModel::StateRole).toInt(), int(IncidentState::Closed));
        dock->setStateFilter(IncidentFilterProxy::AllStates);

        // Area: pick a grid through the combo box, as a user would.
        const AdminUnit grid = session->store().adminUnits(int(AdminLevel::Grid)).at(3);
        const int idx = dock->unitCombo()->findData(grid.code);
        QVERIFY(idx > 0);
        dock->unitCombo()->setCurrentIndex(idx);
        IncidentQuery q;
        q.unitCode = grid.code;
        QCOMPARE(dock->proxy()->rowCount(), session->store().incidents(q).size());
        for (int r = 0; r < dock->proxy()->rowCount(); ++r)
            QCOMPARE(dock->proxy()->index(r, 0).data(IncidentTableModel::GridCodeRole).toString(), grid.code);

        // Search by case number.
        dock->unitCombo()->setCurrentIndex(0);
        QTest::keyClicks(dock->searchEdit(), all.first().code);
        QCOMPARE(dock->proxy()->rowCount(), 1);
        dock->searchEdit()->clear();
        QCOMPARE(dock->proxy()->rowCount(), all.size());
    }

    void selectionFollowsBothWays()
    {
        QString error;
        auto session = ConsoleSession::open(StoreLocation::file(m_path), &error);
        QVERIFY(session);
        MainWindow w(*session);
        auto *dock = w.findChild<IncidentListDock *>();
        showAllIncidents(w);
        QVERIFY(test::waitForCases(session->layers()));

        // List → map.
        dock->tableView()->selectRow(2);
        const qint64 id = dock->proxy()->index(2, 0).data(IncidentTableModel::IdRole).toLongLong();
        QCOMPARE(session->layers().selectedCases(), QVector<qint64>{id});

        // Map → list, on the layer of the case's own kind (open or ended).
        const qint64 other = dock->proxy()->index(40, 0).data(IncidentTableModel::IdRole).toLongLong();
        const QgsFeatureIds open = session->layers().openCases()->featureIds({other});
        if (open.isEmpty())
            session->layers().endedIncidents()->selectByIds(session->layers().endedCases()->featureIds({other}));
        else
            session->layers().incidents()->selectByIds(open);
        const QModelIndexList rows = dock->tableView()->selectionModel()->selectedRows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().data(IncidentTableModel::IdRole).toLongLong(), other);
    }

    void identifyToolShowsDetails()
    {
        QString error;
        auto session = ConsoleSession::open(StoreLocation::file(m_path), &error);
        QVERIFY(session);
        MainWindow w(*session);
        showAllIncidents(w); // every case of the store is on the map and in the list
        w.resize(2000, 1400); // a large map, so markers stand apart
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QgsMapCanvas *canvas = session->canvas();
        QVERIFY(test::waitForCases(session->layers()));
        waitForPaint(canvas);

        // An open incident with no other incident near it on screen.
        const QgsCoordinateTransform ct(QgsCoordinateReferenceSystem::fromEpsgId(4490), canvas->mapSettings().destinationCrs(),
                                        QgsProject::instance()->transformContext());
        QVector<QPair<qint64, QPoint>> points;
        for (const Incident &i : session->store().incidents()) {
            const QgsPointXY p = canvas->getCoordinateTransform()->transform(ct.transform(QgsPointXY(i.location.x, i.location.y)));
            points.push_back({i.id, QPoint(int(p.x()), int(p.y()))});
        }
        qint64 target = -1;
        QPoint where;
        for (const auto &c : points) {
            bool alone = true;
            for (const auto &o : points)
                if (o.first != c.first && (o.second - c.second).manhattanLength() < 22)
                    alone = false;
            if (alone && canvas->rect().contains(c.second)) {
                target = c.first;
                where = c.second;
                break;
            }
        }
        QVERIFY2(target > 0, "no isolated incident on screen");

        auto *identify = w.findChild<IdentifyModule *>();
        QVERIFY(identify);
        identify->action()->trigger();
        QCOMPARE(canvas->mapTool(), static_cast<QgsMapTool *>(identify->tool()));
        QTest::mousePress(canvas->viewport(), Qt::LeftButton, Qt::NoModifier, where);
        QTest::mouseRelease(canvas->viewport(), Qt::LeftButton, Qt::NoModifier, where);

        const std::optional<Incident> incident = session->store().incident(target);
        QVERIFY(identify->dock()->titleText().contains(incident->code));
        QCOMPARE(identify->dock()->valueFor(QStringLiteral("Case number")), incident->code);
        QCOMPARE(identify->dock()->valueFor(QStringLiteral("Grid")), session->unitName(incident->gridCode));
        QCOMPARE(session->layers().selectedCases(), QVector<qint64>{target});
        // …and the list followed the map.
        auto *dock = w.findChild<IncidentListDock *>();
        const QModelIndexList rows = dock->tableView()->selectionModel()->selectedRows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().data(IncidentTableModel::IdRole).toLongLong(), target);

        // A click on empty map clears the details.
        QTest::mousePress(canvas->viewport(), Qt::LeftButton, Qt::NoModifier, QPoint(4, 4));
        QTest::mouseRelease(canvas->viewport(), Qt::LeftButton, Qt::NoModifier, QPoint(4, 4));
        QVERIFY(session->layers().selectedCases().isEmpty());
        // …and brings back the township overview, with figures from the store
        // (read on a worker thread).
        QVERIFY(identify->dock()->titleText().contains(session->townshipName()));
        QTRY_VERIFY_WITH_TIMEOUT(!identify->isReadingSummary() && !identify->dock()->valueFor(QStringLiteral("Grids")).isEmpty(), 10000);
        QCOMPARE(identify->dock()->valueFor(QStringLiteral("Grids")),
                 QString::number(session->store().adminUnits(int(AdminLevel::Grid)).size()));
        int open = 0;
        for (const Incident &i : session->store().incidents())
            open += incidentstate::isOpen(i.state) ? 1 : 0;
        QCOMPARE(identify->dock()->valueFor(QStringLiteral("Open incidents")), QString::number(open));
    }

    void incidentListIsInFrontOnFirstStart()
    {
        QSettings().clear();
        QString error;
        auto session = ConsoleSession::open(StoreLocation::file(m_path), &error);
        QVERIFY(session);
        MainWindow w(*session);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *list = w.findChild<QDockWidget *>(QStringLiteral("incidentListDock"));
        QVERIFY(list);
        // The queue and the audit log are tabs behind it, not in front of it.
        const QList<QDockWidget *> behind = w.tabifiedDockWidgets(list);
        QStringList names;
        for (QDockWidget *d : behind)
            names << d->objectName();
        QVERIFY2(names.contains(QStringLiteral("dispatchDock")) && names.contains(QStringLiteral("auditDock")),
                 qPrintable(names.join(QStringLiteral(", "))));
        QVERIFY(!list->visibleRegion().isEmpty());
        for (QDockWidget *d : behind)
            QVERIFY2(d->visibleRegion().isEmpty(), qPrintable(d->objectName()));
        // The details are in front of the screening list on the right.
        QVERIFY(!w.findChild<QDockWidget *>(QStringLiteral("featureDetailsDock"))->visibleRegion().isEmpty());
    }

    void layoutIsRestoredOnNextStart()
    {
        {
            QString error;
            auto session = ConsoleSession::open(StoreLocation::file(m_path), &error);
            QVERIFY(session);
            MainWindow w(*session);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.findChild<QDockWidget *>(QStringLiteral("featureDetailsDock"))->hide();
            w.findChild<QToolBar *>(QStringLiteral("mapToolBar"))->hide();
            w.close(); // saves the layout, as a user closing the window would
        }
        QString error;
        auto session = ConsoleSession::open(StoreLocation::file(m_path), &error);
        QVERIFY(session);
        MainWindow w(*session);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.findChild<QDockWidget *>(QStringLiteral("featureDetailsDock"))->isHidden());
        QVERIFY(w.findChild<QToolBar *>(QStringLiteral("mapToolBar"))->isHidden());
        QVERIFY(!w.findChild<QDockWidget *>(QStringLiteral("incidentListDock"))->isHidden());
    }

    void badDatabasesAreRefusedWithAMessage()
    {
        QString error;
        QVERIFY(!ConsoleSession::open(StoreLocation::file(m_dir.filePath(QStringLiteral("missing.gpkg"))), &error));
        QVERIFY(error.contains(QStringLiteral("missing.gpkg")));
        QFile junk(m_dir.filePath(QStringLiteral("junk.gpkg")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a database at all");
        junk.close();
        QVERIFY(!ConsoleSession::open(StoreLocation::file(junk.fileName()), &error));
        QVERIFY(error.contains(QStringLiteral("junk.gpkg")));
    }
};

GRIDDESK_QGIS_TEST_MAIN(TestMainWindow, griddesk::app::initResources)
#include "test_mainwindow.moc"
