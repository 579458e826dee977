// The opening keeps the GUI thread answering: the watchdog sees a block
// through the events sent inside it and none in an event loop that turns,
// and a session opened with a breathing callback calls it between its
// steps and its window's modules, and holds the panels' first reads until
// the window is on screen.
#include "AppResources.h"
#include "ConsoleLayers.h"
#include "ConsoleSession.h"
#include "GpkgStore.h"
#include "GuiWatchdog.h"
#include "IncidentModule.h"
#include "IncidentTableModel.h"
#include "Language.h"
#include "MainWindow.h"
#include "OpeningSplash.h"
#include "ThreadStack.h"
#include "TimeLimitWatch.h"
#include "QgisTestMain.h"
#include "TestDemo.h"
#include "TestReports.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <qgsmapcanvas.h>

using namespace griddesk;
using namespace griddesk::app;

namespace griddesk::test {
// Holds the GUI thread for `ms` while sending it events all along, as a
// long call that adds children or shows widgets does. Named in the
// executable's exported symbols, as a step of the product's own.
void busyWithSentEvents(int ms)
{
    QElapsedTimer t;
    t.start();
    QObject parent;
    while (t.elapsed() < ms) {
        new QObject(&parent); // sends ChildAdded
        QThread::msleep(2);
    }
}
} // namespace griddesk::test

class TestOpening : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { language::install(QStringLiteral("en")); }

    void watchdogSeesBlocksThroughSentEvents()
    {
        GuiWatchdog watchdog(50);
        QTest::qWait(50);
        watchdog.blocks(true);
        GuiWatchdog::name(QStringLiteral("the test's long step"));
        QCOMPARE(GuiWatchdog::placeNow(), QStringLiteral("the test's long step"));
        test::busyWithSentEvents(180);
        QTest::qWait(60); // the heart beats again
        const QVector<GuiWatchdog::Block> blocks = watchdog.blocks(true);
        QVERIFY2(!blocks.isEmpty(), "a 180 ms call went unnoticed");
        QVERIFY2(blocks.first().ms >= 150, qPrintable(QString::number(blocks.first().ms)));
        QCOMPARE(blocks.first().place, QStringLiteral("the test's long step"));
        // … and the function it was in, from the GUI thread's stack while it blocked.
        if (ThreadStack::available())
            QVERIFY2(blocks.first().stack.startsWith(QLatin1String("in griddesk::test::busyWithSentEvents (")),
                     qPrintable(blocks.first().stack));
        else
            QVERIFY(blocks.first().stack.isEmpty());

        // The same time in an event loop that turns is no block.
        QEventLoop loop;
        QTimer::singleShot(180, &loop, &QEventLoop::quit);
        loop.exec();
        QTest::qWait(30);
        QVERIFY(watchdog.blocks(true).isEmpty());
        // Steps of 20 ms with a breath between them are none either.
        for (int i = 0; i < 9; ++i) {
            test::busyWithSentEvents(20);
            OpeningSplash::breathe();
            QThread::msleep(12); // the heart's 10 ms come round
            OpeningSplash::breathe();
        }
        QTest::qWait(30);
        QVERIFY(watchdog.blocks(true).isEmpty());
    }

    void openingBreathesUntilTheWindowIsShown()
    {
        QTemporaryDir dir;
        const QString path = test::createDemo(dir);
        OpeningSplash splash(path);
        splash.show();
        QVERIFY(QTest::qWaitForWindowExposed(&splash));
        QVERIFY(splash.findChild<QProgressBar *>(QStringLiteral("openingBusy")));
        int breaths = 0;
        QString error;
        auto session = ConsoleSession::open(StoreLocation::file(path), &error, [&breaths] {
            ++breaths;
            OpeningSplash::breathe();
        });
        QVERIFY2(session, qPrintable(error));
        // After each of the map's six layers, and between the later steps.
        QVERIFY2(breaths >= 9, qPrintable(QString::number(breaths)));
        QVERIFY(!session->units().isEmpty());
        QVERIFY(session->layers().isValid());

        bool panelsRead = false;
        const int beforeWindow = breaths;
        {
            MainWindow w(*session);
            // Once after each module, and after each register layer.
            QVERIFY2(breaths - beforeWindow >= 15, qPrintable(QString::number(breaths - beforeWindow)));
            session->afterFirstPaint(&w, [&panelsRead] { panelsRead = true; });
            // The window not shown yet: the opening still breathes, the map
            // draws no frame, and the panels wait (a map off screen would
            // otherwise let them go).
            QSignalSpy frames(session->canvas(), &QgsMapCanvas::mapCanvasRefreshed);
            // A case reported elsewhere meanwhile: the change feed names it,
            // and the incident list, not read yet, leaves it to its first
            // read (the change's read once took every case ever reported for
            // the header's "new today", a city's million).
            {
                auto other = GpkgStore::open(path);
                const AdminUnit grid = other->adminUnits(int(AdminLevel::Grid)).first();
                QVERIFY(other->addIncident(test::reportIn(grid), QStringLiteral("system")) > 0);
            }
            QTest::qWait(300);
            QVERIFY(!panelsRead);
            QCOMPARE(frames.count(), 0);
            auto *incidents = w.findChild<IncidentModule *>();
            QVERIFY(incidents);
            QCOMPARE(incidents->model()->rowCount(), 0);
            // Nor has the time-limit monitor run (it reads every case being
            // handled); it starts with the panels.
            auto *monitor = w.findChild<TimeLimitWatch *>();
            QVERIFY(monitor);
            QVERIFY(!monitor->isStarted());
            QSignalSpy monitorRuns(monitor, &TimeLimitWatch::ran);
            const int shownAt = breaths;
            w.resize(1400, 900);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            splash.close();
            session->openingDone();
            session->breathe(); // nothing after the opening
            QCOMPARE(breaths, shownAt);
            QTRY_VERIFY_WITH_TIMEOUT(panelsRead, 20000);
            QVERIFY(session->hasPaintedMap());
            QVERIFY(monitor->isStarted());
            QTRY_VERIFY_WITH_TIMEOUT(monitorRuns.count() >= 1, 20000);
        }
    }

    void openingWithoutBreathingRunsStraightThrough()
    {
        QTemporaryDir dir;
        const QString path = test::createDemo(dir);
        QString error;
        auto session = ConsoleSession::open(StoreLocation::file(path), &error);
        QVERIFY2(session, qPrintable(error));
        // The map never shown: the panels read at the next turn of the loop.
        bool panelsRead = false;
        session->afterFirstPaint(session.get(), [&panelsRead] { panelsRead = true; });
        QTRY_VERIFY_WITH_TIMEOUT(panelsRead, 5000);
    }

    void openingFailsWithTheStoresMessage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("not-a-database.gpkg"));
        QFile junk(path);
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("this is no GeoPackage");
        junk.close();
        int breaths = 0;
        QString error;
        auto session = ConsoleSession::open(StoreLocation::file(path), &error, [&breaths] { ++breaths; });
        QVERIFY(!session);
        QVERIFY2(!error.isEmpty(), "no message for a file that is no database");
        // A second opening is possible: the failed one left no live session.
        const QString demo = test::createDemo(dir);
        auto next = ConsoleSession::open(StoreLocation::file(demo), &error);
        QVERIFY2(next, qPrintable(error));
    }
};

GRIDDESK_QGIS_TEST_MAIN(TestOpening, griddesk::app::initResources)
#include "test_opening.moc"
