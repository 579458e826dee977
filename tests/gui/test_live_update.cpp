// End to end: with the console open, `griddesk-admin incident add` run as a
// separate process makes the new list row and the new map marker appear by
// themselves, with nothing clicked.
#include "AppResources.h"
#include "ConsoleLayers.h"
#include "ConsoleSession.h"
#include "IncidentFilterProxy.h"
#include "IncidentListDock.h"
#include "IncidentModule.h"
#include "IncidentTableModel.h"
#include "Language.h"
#include "MainWindow.h"
#include "MapSpots.h"
#include "PolygonOps.h"
#include "QgisTestMain.h"
#include "Store.h"
#include "TestDemo.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <qgscoordinatetransform.h>
#include <qgsmapcanvas.h>
#include <qgsvectorlayer.h>

using namespace griddesk;
using namespace griddesk::app;

class TestLiveUpdate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { language::install(QStringLiteral("en")); }

    void cliInsertAppearsOnMapAndList()
    {
        QTemporaryDir dir;
        const QString path = test::createDemo(dir);
        QString error;
        auto session = ConsoleSession::open(StoreLocation::file(path), &error);
        QVERIFY2(session, qPrintable(error));
        MainWindow w(*session);
        w.resize(1600, 1000);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QgsMapCanvas *canvas = session->canvas();
        {
            QSignalSpy painted(canvas, &QgsMapCanvas::mapCanvasRefreshed);
            QVERIFY(painted.wait(20000));
        }
        auto *dock = w.findChild<IncidentListDock *>();
        // The list is read once the map has drawn its first frame.
        QTRY_VERIFY_WITH_TIMEOUT(!w.findChild<IncidentModule *>()->isLoading(), 10000);
        QgsVectorLayer *layer = session->layers().incidents();
        const int rowsBefore = dock->proxy()->rowCount();
        const long long featuresBefore = layer->featureCount();

        // A spot in a grid, away from other markers so the new one is visible on its own.
        const std::optional<GeoPoint> free = test::freeSpot(session->store(), canvas);
        QVERIFY2(free, "no free spot for the test incident");
        const GeoPoint spot = *free;

        QSignalSpy repainted(canvas, &QgsMapCanvas::mapCanvasRefreshed);
        QElapsedTimer clock;
        clock.start();
        QProcess cli;
        cli.start(test::adminProgram(), {QStringLiteral("incident"), QStringLiteral("add"), QStringLiteral("--db"), path,
                                         QStringLiteral("--lon"), QString::number(spot.x, 'f', 8), QStringLiteral("--lat"),
                                         QString::number(spot.y, 'f', 8), QStringLiteral("--category"),
                                         QStringLiteral("security_hazard"), QStringLiteral("--title"),
                                         QStringLiteral("消防通道堵塞")});
        QVERIFY(cli.waitForStarted());
        // The event loop keeps running here, as in the console; nothing is clicked.
        QTRY_VERIFY_WITH_TIMEOUT(cli.state() == QProcess::NotRunning, 20000);
        QCOMPARE(cli.exitCode(), 0);
        const qint64 cliDone = clock.elapsed();

        QTRY_COMPARE_WITH_TIMEOUT(dock->proxy()->rowCount(), rowsBefore + 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(layer->featureCount(), featuresBefore + 1, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!repainted.isEmpty(), 5000);
        qInfo("list and map updated %lld ms after the CLI finished", clock.elapsed() - cliDone);

        // The newest row is the new incident, awaiting acceptance.
        const Incident newest = session->store().incidents().first();
        QCOMPARE(newest.title, QStringLiteral("消防通道堵塞"));
        QVERIFY(dock->proxy()->sourceModel()->match(dock->proxy()->sourceModel()->index(0, 0),
                                                    IncidentTableModel::IdRole, newest.id).size() == 1);

        // The marker is painted in the "awaiting acceptance" colour where the incident lies.
        const QPoint px = test::screenPoint(canvas, spot);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QImage shot = canvas->grab().toImage();
                const QColor c(shot.pixel(int(px.x()), int(px.y())));
                return c.red() > 200 && c.green() > 130 && c.green() < 200 && c.blue() < 60;
            }(),
            5000);
    }
};

GRIDDESK_QGIS_TEST_MAIN(TestLiveUpdate, griddesk::app::initResources)
#include "test_live_update.moc"
