// The console on a GridDesk server, under a grid worker's own login:
//  - the list, the queue and the map hold the grid's cases only;
//  - a report written by another workstation appears by itself (NOTIFY);
//  - when the server crashes the console says it is offline and reads only,
//    keeps what it shows, reconnects by itself when the server is back, and
//    catches up on what was written in between.
#include "CaseLayers.h"
#include "AppResources.h"
#include "ConnectionDialog.h"
#include "ConsoleLayers.h"
#include "ConsoleSession.h"
#include "DispatchModule.h"
#include "IncidentFilterProxy.h"
#include "IncidentListDock.h"
#include "IncidentModule.h"
#include "Language.h"
#include "MainWindow.h"
#include "PgConnection.h"
#include "StoreError.h"
#include "PolygonOps.h"
#include "QgisTestMain.h"
#include "SignIn.h"
#include "TestBackend.h"
#include "TestReports.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <qgsfeatureiterator.h>
#include <qgsmapcanvas.h>
#include <qgsvectorlayer.h>

using namespace griddesk;
using namespace griddesk::app;

namespace {

QSet<QString> layerGrids(QgsVectorLayer *layer)
{
    QSet<QString> grids;
    QgsFeature f;
    QgsFeatureIterator it = layer->getFeatures();
    while (it.nextFeature(f))
        grids.insert(f.attribute(QStringLiteral("grid_code")).toString());
    return grids;
}

} // namespace

class TestServerConsole : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::TestBackend m_backend;

private Q_SLOTS:
    void initTestCase()
    {
        language::install(QStringLiteral("en"));
        QVERIFY(test::TestBackend::isPg());
        m_backend.createDemo(m_dir);
    }

    // The connection dialog encrypts by default, says plainly when a choice
    // is not encrypted, and with the authority's certificate makes the
    // server prove its identity.
    void connectionDialogEncryptsAndVerifies()
    {
        QSettings().remove(QStringLiteral("server")); // a first start: no saved profile
        ConnectionDialog dialog;
        QCOMPARE(dialog.sslMode(), QStringLiteral("require"));
        auto *note = dialog.findChild<QLabel *>(QStringLiteral("securityNote"));
        QVERIFY(note && note->text().contains(QStringLiteral("identity is not checked")));
        dialog.setSslMode(QStringLiteral("disable"));
        QVERIFY(note->text().startsWith(QStringLiteral("Not encrypted")));

        const QMap<QString, QString> server = pgconnection::parameters(m_backend.conninfo());
        dialog.setConnInfo(QStringLiteral("host=127.0.0.1 port=%1 dbname=%2 user=postgres sslmode=verify-full")
                               .arg(server.value(QStringLiteral("port")), server.value(QStringLiteral("dbname"))));
        QCOMPARE(dialog.sslMode(), QStringLiteral("verify-full"));
        dialog.accept();
        auto *problem = dialog.findChild<QLabel *>(QStringLiteral("problemLabel"));
        QVERIFY2(problem->text().contains(QStringLiteral("certificate")), qPrintable(problem->text()));
        QVERIFY(dialog.result() != QDialog::Accepted);

        const QString dir = QString::fromLocal8Bit(qgetenv("GRIDDESK_PG_DIR"));
        dialog.findChild<QLineEdit *>(QStringLiteral("sslRootCertEdit"))->setText(dir + QStringLiteral("/root.crt"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const QString conninfo = dialog.location().conninfo();
        QCOMPARE(pgconnection::parameters(conninfo).value(QStringLiteral("sslmode")), QStringLiteral("verify-full"));
        {
            QSqlDatabase db = pgconnection::open(conninfo, QStringLiteral("tls-check"));
            QVERIFY(pgconnection::isEncrypted(db));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tls-check"));
        // A server whose certificate this authority did not sign is refused.
        QString forged = conninfo;
        forged.replace(QStringLiteral("root.crt"), QStringLiteral("other-root.crt"));
        try {
            pgconnection::open(forged, QStringLiteral("tls-forged"));
            QFAIL("a server that could not prove its identity was accepted");
        } catch (const StoreError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("certificate")), qPrintable(e.message()));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tls-forged"));
    }

    void gridWorkerConsoleIsLiveAndRidesOutACrash()
    {
        auto owner = m_backend.open();
        const AdminUnit grid = owner->adminUnits(int(AdminLevel::Grid)).at(4);
        const AdminUnit other = owner->adminUnits(int(AdminLevel::Grid)).at(20);
        const QString name = QStringLiteral("gw_console_%1").arg(QCoreApplication::applicationPid());
        UserAccount u;
        u.username = name;
        u.displayName = QStringLiteral("刘洋");
        u.role = Role::GridWorker;
        u.scopeCode = grid.code;
        owner->addUser(u, QStringLiteral("console-password-1"));

        QString error;
        const QString location = QStringLiteral("pg:") + m_backend.conninfo()
                                     .replace(QRegularExpression(QStringLiteral("user=\\S+")), QStringLiteral("user=") + name)
                                 + QStringLiteral(" password=console-password-1");
        const std::optional<StoreOpener> opener = signin::resolve(StoreLocation::parse(location), nullptr, false, &error);
        QVERIFY2(opener, qPrintable(error));
        QCOMPARE(opener->user()->role, Role::GridWorker);
        auto session = ConsoleSession::open(*opener, &error);
        QVERIFY2(session, qPrintable(error));
        MainWindow w(*session);
        w.resize(1600, 1000);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        {
            QSignalSpy painted(session->canvas(), &QgsMapCanvas::mapCanvasRefreshed);
            QVERIFY(painted.wait(20000));
        }
        // Only the own grid's cases, in the list and on the map.
        auto *list = w.findChild<IncidentListDock *>();
        // Open and ended cases live, read through the postgres provider.
        QCOMPARE(session->layers().endedCases()->source()->providerType(), QStringLiteral("postgres"));
        QCOMPARE(session->layers().openCases()->source()->providerType(), QStringLiteral("postgres"));
        QVERIFY(test::waitForCases(session->layers()));
        QgsVectorLayer *layer = session->layers().incidents();
        auto *incidents = w.findChild<IncidentModule *>();
        QTRY_VERIFY_WITH_TIMEOUT(!incidents->isLoading(), 10000); // the list is read on a worker thread
        QVERIFY(list->proxy()->rowCount() > 0);
        QCOMPARE(layerGrids(layer), QSet<QString>{grid.code});
        const int rowsBefore = list->proxy()->rowCount();

        // Another workstation reports in the grid, and elsewhere.
        owner->addIncident(test::reportIn(other, QStringLiteral("别的网格的事件")), QStringLiteral("t"));
        owner->addIncident(test::reportIn(grid, QStringLiteral("本网格新事件")), QStringLiteral("t"));
        QTRY_COMPARE_WITH_TIMEOUT(list->proxy()->rowCount(), rowsBefore + 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(layerGrids(layer), QSet<QString>{grid.code}, 5000);

        // The server crashes: offline, read only, the view stays.
        auto *live = w.findChild<QLabel *>(QStringLiteral("headerLive"));
        auto *intake = w.findChild<QAction *>(QStringLiteral("actionNewReport"));
        QVERIFY(live && intake);
        QVERIFY(intake->isEnabled());
        owner.reset();
        QVERIFY(test::TestBackend::controlServer(QStringLiteral("crash")));
        QTRY_VERIFY_WITH_TIMEOUT(!session->isOnline(), 10000);
        QVERIFY(live->text().contains(QStringLiteral("Offline")));
        QVERIFY(!intake->isEnabled());
        QCOMPARE(list->proxy()->rowCount(), rowsBefore + 1);

        // Back: online again by itself, and what was written meanwhile shows.
        QVERIFY(test::TestBackend::controlServer(QStringLiteral("resume")));
        {
            auto writer = m_backend.open();
            writer->addIncident(test::reportIn(grid, QStringLiteral("断线期间上报")), QStringLiteral("t"));
        }
        QTRY_VERIFY_WITH_TIMEOUT(session->isOnline(), 15000);
        QVERIFY(intake->isEnabled());
        QVERIFY(live->text().contains(QStringLiteral("Live")));
        QTRY_COMPARE_WITH_TIMEOUT(list->proxy()->rowCount(), rowsBefore + 2, 10000);
    }
};

GRIDDESK_QGIS_TEST_MAIN(TestServerConsole, griddesk::app::initResources)
#include "test_server_console.moc"
