// The console on a database that holds the real division tree of 日照市
// (griddesk-admin unit import-divisions): hundreds of townships and
// communities with no boundary yet sit beside the demo township, and the
// window still opens on the demo township, paints its map there, and
// offers only units with a boundary where a place on the map is needed.
#include "AppResources.h"
#include "BulletinDialog.h"
#include "ConsoleSession.h"
#include "DivisionFile.h"
#include "FieldPresenter.h"
#include "IncidentListDock.h"
#include "IntakeDialog.h"
#include "Language.h"
#include "MainWindow.h"
#include "MeetingModule.h"
#include "PolygonOps.h"
#include "QgisTestMain.h"
#include "Store.h"
#include "TestDemo.h"

#include <QComboBox>
#include <QFile>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <qgsmapcanvas.h>

using namespace griddesk;
using namespace griddesk::app;

class TestDivisionsConsole : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_plain;    // the demo township alone
    QString m_imported; // the same with the division tree
    AdminUnit m_township;

    static QgsRectangle paintedExtent(const QString &path)
    {
        QString error;
        auto session = ConsoleSession::open(StoreLocation::file(path), &error);
        if (!session) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        MainWindow w(*session);
        w.resize(1600, 1000);
        w.show();
        if (!QTest::qWaitForWindowExposed(&w))
            return {};
        QSignalSpy painted(session->canvas(), &QgsMapCanvas::mapCanvasRefreshed);
        session->canvas()->refresh();
        if (!painted.wait(20000))
            return {};
        return session->canvas()->extent();
    }

    std::unique_ptr<ConsoleSession> openImported()
    {
        QString error;
        auto session = ConsoleSession::open(StoreLocation::file(m_imported), &error);
        if (!session)
            qWarning("%s", qPrintable(error));
        return session;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QSettings().clear();
        language::install(QStringLiteral("en"));
        m_plain = test::createDemo(m_dir, QStringLiteral("plain.gpkg"));
        m_imported = test::createDemo(m_dir, QStringLiteral("tree.gpkg"));
        auto store = GpkgStore::open(m_imported);
        const auto done = store->importDivisions(DivisionFile::read(QStringLiteral(GRIDDESK_SHARED_DATA "/rizhao_3711_divisions.csv")));
        QCOMPARE(done.added, 1724);
        m_township = *store->adminUnit(QStringLiteral("371102002000"));
        QVERIFY(!m_township.geometry.isEmpty());
    }

    // The window opens on the demo township and paints the same view as without the tree.
    void opensAndPaintsTheMappedTownship()
    {
        const QgsRectangle plain = paintedExtent(m_plain);
        const QgsRectangle tree = paintedExtent(m_imported);
        QVERIFY(!plain.isEmpty());
        QVERIFY2(!tree.isEmpty(), "the console did not open or paint");
        QVERIFY2(qAbs(tree.width() - plain.width()) < plain.width() * 0.01
                     && qAbs(tree.center().x() - plain.center().x()) < plain.width() * 0.01
                     && qAbs(tree.center().y() - plain.center().y()) < plain.height() * 0.01,
                 qPrintable(tree.toString() + QStringLiteral(" vs ") + plain.toString()));
        auto session = openImported();
        QVERIFY(session);
        QCOMPARE(session->townshipName(), m_township.name);
        MainWindow w(*session);
        QVERIFY2(w.windowTitle().contains(m_township.name), qPrintable(w.windowTitle()));
    }

    void summaryCountsTheMappedCommunities()
    {
        auto session = openImported();
        QVERIFY(session);
        const FieldPresenter::Rows rows = FieldPresenter(*session).townshipSummary();
        QVERIFY(!rows.isEmpty());
        QCOMPARE(rows.first().second, QStringLiteral("14"));
    }

    // With two townships mapped, the titles name the district that holds both.
    void titleNamesTheAreaOfEveryMappedTownship()
    {
        const QString two = m_dir.filePath(QStringLiteral("two.gpkg"));
        QVERIFY(QFile::copy(m_imported, two));
        QString district;
        {
            auto store = GpkgStore::open(two);
            district = store->adminUnit(m_township.parentCode)->name;
            QSqlQuery q(store->database());
            QVERIFY(q.exec(QStringLiteral("UPDATE admin_units SET geom = (SELECT geom FROM admin_units WHERE code = '%1') "
                                          "WHERE code = '371102001000'").arg(m_township.code)));
        }
        {
            QString error;
            auto session = ConsoleSession::open(StoreLocation::file(two), &error);
            QVERIFY2(session, qPrintable(error));
            QCOMPARE(session->townshipName(), district);
            MainWindow w(*session);
            QVERIFY2(w.windowTitle().contains(district), qPrintable(w.windowTitle()));
        }
        // A third in another district: no unit holds all three (the city is not a unit of the
        // tree), so the title names the first district and how many more areas there are.
        {
            auto store = GpkgStore::open(two);
            QSqlQuery q(store->database());
            QVERIFY(q.exec(QStringLiteral("UPDATE admin_units SET geom = (SELECT geom FROM admin_units WHERE code = '%1') "
                                          "WHERE code = '371103001000'").arg(m_township.code)));
        }
        QString error;
        auto session = ConsoleSession::open(StoreLocation::file(two), &error);
        QVERIFY2(session, qPrintable(error));
        QCOMPARE(session->townshipName(), QStringLiteral("%1 and 1 more").arg(district));
    }

    // Every panel takes the units from the session, read once, as the store has them.
    void sessionHoldsTheUnitsOnce()
    {
        auto session = openImported();
        QVERIFY(session);
        auto store = GpkgStore::open(m_imported);
        const QVector<AdminUnit> all = store->adminUnits();
        QCOMPARE(session->units().size(), all.size());
        QStringList mapped, held;
        for (const AdminUnit &c : store->unitsWithBoundary(int(AdminLevel::Community)))
            mapped << c.code;
        for (const AdminUnit &c : session->units(AdminLevel::Community, true)) {
            held << c.code;
            QVERIFY(c.geometry.isEmpty()); // names and places in the tree, no outlines
        }
        QCOMPARE(held, mapped);
        QCOMPARE(held.size(), 14);
        QCOMPARE(session->units(AdminLevel::Community).size(), store->adminUnits(int(AdminLevel::Community)).size());
        // A community's grids, and a township's bounds.
        QStringList grids, under;
        for (const AdminUnit &g : store->adminUnits(int(AdminLevel::Grid)))
            if (g.parentCode == mapped.first())
                grids << g.code;
        for (const AdminUnit &g : session->childrenOf(mapped.first()))
            under << g.code;
        QCOMPARE(under, grids);
        QVERIFY(!grids.isEmpty());
        QVERIFY(!session->unitBounds().value(m_township.code).isEmpty());
        for (const AdminUnit &c : session->units(AdminLevel::Community))
            if (!mapped.contains(c.code)) {
                QVERIFY(session->unitBounds().value(c.code).isEmpty()); // listed by the tree, not drawn yet
                break;
            }

        // Renamed by another connection: the session reads the units again and says so.
        QSignalSpy changed(session.get(), &ConsoleSession::unitsChanged);
        QSqlQuery q(store->database());
        QVERIFY(q.exec(QStringLiteral("UPDATE admin_units SET name = '改名社区' WHERE code = '%1'").arg(mapped.first())));
        QVERIFY(changed.wait(5000));
        QCOMPARE(session->unitName(mapped.first()), QStringLiteral("改名社区"));
        QCOMPARE(session->units(AdminLevel::Community, true).first().name, QStringLiteral("改名社区"));
    }

    void placePickersOfferOnlyMappedUnits()
    {
        auto session = openImported();
        QVERIFY(session);
        MainWindow w(*session);
        // The incident list's area filter: the 14 communities and their grids.
        auto *dock = w.findChild<IncidentListDock *>();
        QVERIFY(dock);
        const int grids = session->store().adminUnits(int(AdminLevel::Grid)).size();
        QCOMPARE(dock->unitCombo()->count(), 1 + 14 + grids); // "all areas" first
        // A new case starts inside the township, and an address finds a mapped community.
        IntakeDialog intake(*session);
        QVERIFY(polygon::contains(m_township.geometry, intake.report().location));
        // A bulletin's area: the township, its communities and grids.
        BulletinDialog bulletin(*session);
        auto *list = bulletin.findChild<QListWidget *>(QStringLiteral("bulletinUnitList"));
        QVERIFY(list);
        QCOMPARE(list->count(), 1 + 14 + grids);
        // Meetings are prepared for the mapped township.
        auto *meetings = w.findChild<MeetingModule *>();
        QVERIFY(meetings);
        QCOMPARE(meetings->townshipCode(), m_township.code);
    }

    // KPIs are counted for units with a boundary only (the others can have no cases).
    void kpiUnitsHaveBoundaries()
    {
        auto session = openImported();
        QVERIFY(session);
        const QVector<KpiUnit> units = session->store().kpiUnits();
        int places = 0;
        for (const KpiUnit &u : units)
            if (!u.department) {
                ++places;
                QVERIFY2(!session->store().adminUnit(u.code)->geometry.isEmpty(), qPrintable(u.code));
            }
        QCOMPARE(places, 1 + 14 + session->store().adminUnits(int(AdminLevel::Grid)).size());
    }
};

GRIDDESK_QGIS_TEST_MAIN(TestDivisionsConsole, griddesk::app::initResources)
#include "test_divisions_console.moc"
