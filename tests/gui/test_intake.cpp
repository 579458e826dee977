// The intake form in the real console: location picked on the map or found
// from an address, parties and photos, possible duplicates offered, and the
// saved report on the map at once.
#include "CaseLayers.h"
#include "AppResources.h"
#include "ConsoleLayers.h"
#include "ConsoleSession.h"
#include "IntakeDialog.h"
#include "IntakeModule.h"
#include "Language.h"
#include "MainWindow.h"
#include "PickPointTool.h"
#include "PolygonOps.h"
#include "QgisTestMain.h"
#include "Store.h"
#include "TestDemo.h"

#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <qgscoordinatetransform.h>
#include <qgsmapcanvas.h>
#include <qgsvectorlayer.h>

using namespace griddesk;
using namespace griddesk::app;

class TestIntake : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

private Q_SLOTS:
    void initTestCase()
    {
        QSettings().clear();
        language::install(QStringLiteral("en"));
        m_path = test::createDemo(m_dir);
    }

    void reportWithPickedLocationPartiesAndPhoto()
    {
        QString error;
        auto session = ConsoleSession::open(StoreLocation::file(m_path), &error);
        QVERIFY2(session, qPrintable(error));
        MainWindow w(*session);
        w.resize(1600, 1000);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QgsMapCanvas *canvas = session->canvas();
        QSignalSpy painted(canvas, &QgsMapCanvas::mapCanvasRefreshed);
        QVERIFY(painted.wait(20000));
        auto *intake = w.findChild<IntakeModule *>();
        QVERIFY(intake);
        IntakeDialog *form = intake->openForm();
        QVERIFY(form && form->isVisible());

        // Pick the location on the map: the pick button arms the tool, a click places it.
        const AdminUnit grid = session->store().adminUnits(int(AdminLevel::Grid)).at(9);
        const GeoPoint target = polygon::centroid(grid.geometry);
        const QgsCoordinateTransform ct(QgsCoordinateReferenceSystem::fromEpsgId(4490), canvas->mapSettings().destinationCrs(),
                                        QgsProject::instance()->transformContext());
        const QgsPointXY px = canvas->getCoordinateTransform()->transform(ct.transform(QgsPointXY(target.x, target.y)));
        form->findChild<QPushButton *>(QStringLiteral("pickOnMapButton"))->click();
        QCOMPARE(canvas->mapTool(), static_cast<QgsMapTool *>(intake->pickTool()));
        QTest::mousePress(canvas->viewport(), Qt::LeftButton, Qt::NoModifier, QPoint(int(px.x()), int(px.y())));
        QTest::mouseRelease(canvas->viewport(), Qt::LeftButton, Qt::NoModifier, QPoint(int(px.x()), int(px.y())));
        const NewIncident picked = form->report();
        QVERIFY2(std::abs(picked.location.x - target.x) < 0.0005 && std::abs(picked.location.y - target.y) < 0.0005,
                 qPrintable(QStringLiteral("%1 %2").arg(picked.location.x).arg(picked.location.y)));
        QCOMPARE(session->store().gridAt(picked.location)->code, grid.code);

        form->setCategory(QStringLiteral("property_dispute"));
        form->setTitle(QStringLiteral("小区停车位纠纷"));
        form->setParties({QStringLiteral("张三"), QStringLiteral("李四")});
        QFile photo(m_dir.filePath(QStringLiteral("现场照片.jpg")));
        QVERIFY(photo.open(QIODevice::WriteOnly));
        photo.write(QByteArray(4096, '\x42'));
        photo.close();
        QVERIFY(form->addAttachment(photo.fileName()));
        QVERIFY2(form->problems().isEmpty(), qPrintable(form->problems()));

        QVERIFY(test::waitForCases(session->layers()));
        const long long before = session->layers().incidents()->featureCount();
        QSignalSpy saved(intake, &IntakeModule::reportSaved);
        form->accept();
        QCOMPARE(saved.size(), 1);
        const qint64 id = saved.first().first().toLongLong();
        const Incident i = *session->store().incident(id);
        QCOMPARE(i.title, QStringLiteral("小区停车位纠纷"));
        QCOMPARE(i.parties, (QStringList{QStringLiteral("张三"), QStringLiteral("李四")}));
        QCOMPARE(i.gridCode, grid.code);
        const QVector<Attachment> files = session->store().attachments(id);
        QCOMPARE(files.size(), 1);
        QCOMPARE(files.first().fileName, QStringLiteral("现场照片.jpg"));
        QCOMPARE(session->store().attachmentContent(files.first().id), QByteArray(4096, '\x42'));
        // On the map at once: the case was read without waiting for the next poll.
        QTRY_COMPARE_WITH_TIMEOUT(session->layers().incidents()->featureCount(), before + 1, 5000);
        QCOMPARE(session->layers().openCases()->featureIds({id}).size(), 1);
    }

    void duplicatesAndAddressesAndBadLocations()
    {
        QString error;
        auto session = ConsoleSession::open(StoreLocation::file(m_path), &error);
        QVERIFY(session);
        MainWindow w(*session);
        auto *intake = w.findChild<IntakeModule *>();
        IntakeDialog *form = intake->openForm();

        // Same category, same spot, just now: the earlier report is offered as a duplicate.
        IncidentQuery q;
        q.reportedSince = QDateTime::currentDateTimeUtc().addDays(-2);
        const QVector<Incident> recent = session->store().incidents(q);
        QVERIFY(!recent.isEmpty());
        form->setCategory(recent.first().categoryCode);
        form->setLocation(recent.first().location);
        QVERIFY(form->duplicateCodes().contains(recent.first().code));

        // An address naming a community places the report in it.
        const AdminUnit community = session->store().adminUnits(int(AdminLevel::Community)).at(4);
        form->setAddress(community.shortName + QStringLiteral("12号楼东单元"));
        QVERIFY(form->locateByAddress());
        QCOMPARE(session->store().gridAt(form->report().location)->parentCode, community.code);
        form->setAddress(QStringLiteral("不存在的地方"));
        QVERIFY(!form->locateByAddress());

        // Outside the township: refused, with the reason.
        form->setTitle(QStringLiteral("测试"));
        form->setLocation({121.5, 35.39});
        QVERIFY(form->problems().contains(QStringLiteral("outside")));
        form->close();
    }
};

GRIDDESK_QGIS_TEST_MAIN(TestIntake, griddesk::app::initResources)
#include "test_intake.moc"
