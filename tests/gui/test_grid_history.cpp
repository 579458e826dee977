// The map on a past day: after a grid is split, Map ▸ Grids on a Past Day…
// draws the grids as they were (the old grid whole, no split line) instead
// of today's, says so in the status bar, and goes back to today's grids.
#include "AppResources.h"
#include "ConsoleLayers.h"
#include "ConsoleSession.h"
#include "GridHistoryTheme.h"
#include "GridSplit.h"
#include "KpiChoroplethTheme.h"
#include "Language.h"
#include "MainWindow.h"
#include "MapRenderProbe.h"
#include "QgisTestMain.h"
#include "Store.h"
#include "TestDemo.h"
#include "grids/GridHistoryModule.h"

#include <QAction>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <qgscoordinatetransform.h>
#include <qgsfeatureiterator.h>
#include <qgsmapcanvas.h>
#include <qgsvectorlayer.h>

using namespace griddesk;
using namespace griddesk::app;

namespace {

QStringList codesOf(QgsVectorLayer *layer)
{
    QStringList codes;
    QgsFeature f;
    QgsFeatureIterator it = layer->getFeatures();
    while (it.nextFeature(f))
        codes << f.attribute(QStringLiteral("code")).toString();
    return codes;
}

QDate chinaToday()
{
    return QDateTime::currentDateTimeUtc().toOffsetFromUtc(8 * 3600).date();
}

} // namespace

class TestGridHistory : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    AdminUnit m_grid;     // the grid that was split today
    QStringList m_pieces; // its pieces' codes
    double m_cutX = 0.0;

    // Pixels along the split line that are darker than the grids' fill:
    // the line drawn between the pieces.
    int linePixels(ConsoleSession &session)
    {
        QgsMapSettings settings = session.canvas()->mapSettings();
        settings.setOutputSize(QSize(1400, 1000));
        // Only the grid layers the canvas draws now (no markers over the line).
        QList<QgsMapLayer *> grids;
        for (QgsMapLayer *layer : settings.layers())
            if (layer == session.layers().grids() || layer->objectName() == QLatin1String("layer_grids_history"))
                grids << layer;
        settings.setLayers(grids);
        const GeoBounds b = polygon::bounds(m_grid.geometry);
        QgsRectangle box(m_cutX - (b.maxX - b.minX), b.minY, m_cutX + (b.maxX - b.minX), b.maxY);
        const QgsCoordinateTransform ct(QgsCoordinateReferenceSystem(QStringLiteral("EPSG:4490")),
                                        settings.destinationCrs(), QgsProject::instance()->transformContext());
        settings.setExtent(ct.transformBoundingBox(box));
        const QImage image = test::renderMap(settings);
        int dark = 0;
        for (int i = 5; i < 95; ++i) {
            const double lat = b.minY + (b.maxY - b.minY) * i / 100.0;
            const GeoPoint probe{m_cutX, lat};
            if (!polygon::contains(m_grid.geometry, probe))
                continue;
            const QgsPointXY p = settings.mapToPixel().transform(ct.transform(QgsPointXY(probe.x, probe.y)));
            const QColor c = image.pixelColor(int(p.x()), int(p.y()));
            if (c.lightness() < 200)
                ++dark;
        }
        return dark;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QSettings().clear();
        language::install(QStringLiteral("en"));
        m_path = test::createDemo(m_dir);
        auto store = GpkgStore::open(m_path);
        const AdminUnit community = store->adminUnits(int(AdminLevel::Community)).first();
        for (const AdminUnit &g : store->adminUnits(int(AdminLevel::Grid)))
            if (g.parentCode == community.code) {
                m_grid = g;
                break;
            }
        const GeoBounds b = polygon::bounds(m_grid.geometry);
        m_cutX = b.minX + (b.maxX - b.minX) * 0.3; // away from the labels at the grids' middles
        const GridEdit split = test::splitAlong(m_grid, m_cutX);
        m_pieces = store->saveGridEdit(split).created;
        QCOMPARE(m_pieces.size(), 2);
    }

    void pastDayShowsTheOldGrids()
    {
        QString error;
        auto session = ConsoleSession::open(StoreLocation::file(m_path), &error);
        QVERIFY2(session, qPrintable(error));
        MainWindow w(*session);
        w.resize(1600, 1000);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *module = w.findChild<GridHistoryModule *>();
        QVERIFY(module);
        QVERIFY(w.findChild<QAction *>(QStringLiteral("actionGridsOnPastDay")));
        QgsVectorLayer *history = module->theme()->layer();
        QgsVectorLayer *current = session->layers().grids();

        // Today: the current grids draw, with the split line; the old grid is gone.
        QVERIFY(session->canvas()->layers().contains(current));
        QVERIFY(!session->canvas()->layers().contains(history));
        QVERIFY(!codesOf(current).contains(m_grid.code));
        QVERIFY(codesOf(current).contains(m_pieces[0]));
        const int todayLine = linePixels(*session);
        QVERIFY2(todayLine >= 5, qPrintable(QString::number(todayLine)));
        QVERIFY(module->indicator()->isHidden());

        // Yesterday: the old grid whole, without the line, and the status bar says so.
        module->showDay(chinaToday().addDays(-1));
        QTRY_VERIFY(session->canvas()->layers().contains(history));
        QVERIFY(!session->canvas()->layers().contains(current));
        const QStringList old = codesOf(history);
        QVERIFY(old.contains(m_grid.code));
        QVERIFY(!old.contains(m_pieces[0]) && !old.contains(m_pieces[1]));
        QCOMPARE(old.size(), session->store().unitsOn(chinaToday().addDays(-1), AdminLevel::Grid).size());
        QCOMPARE(linePixels(*session), 0);
        QVERIFY(module->indicator()->isVisible());
        auto *label = w.findChild<QLabel *>(QStringLiteral("gridHistoryLabel"));
        QVERIFY(label && label->text().contains(QString::number(chinaToday().addDays(-1).year())));

        // Back to today.
        auto *today = w.findChild<QAction *>(QStringLiteral("actionGridsToday"));
        QVERIFY(today && today->isEnabled());
        today->trigger();
        QTRY_VERIFY(session->canvas()->layers().contains(current));
        QVERIFY(!session->canvas()->layers().contains(history));
        QVERIFY(module->indicator()->isHidden());
        QVERIFY(linePixels(*session) >= 5);
        // Let the canvas finish (and drop) the draws the switches started before it goes.
        QTRY_VERIFY_WITH_TIMEOUT(!session->canvas()->isDrawing(), 20000);
        QTest::qWait(500);
    }

    // The KPI map of a past period draws the units of its last day: the old grid whole.
    void kpiMapOfAPastPeriodUsesItsGrids()
    {
        QString error;
        auto session = ConsoleSession::open(StoreLocation::file(m_path), &error);
        QVERIFY2(session, qPrintable(error));
        map::KpiChoroplethTheme theme(&session->layers(), QgsProject::instance());
        QSignalSpy ready(&theme, &map::KpiChoroplethTheme::ready);
        map::KpiChoroplethOptions past;
        past.level = AdminLevel::Grid;
        past.unitsOn = chinaToday().addDays(-1);
        theme.setOptions(past);
        theme.setValues({{m_grid.code, 90.0, true, true}, {m_pieces[0], 80.0, true, true}});
        theme.show();
        QTRY_VERIFY_WITH_TIMEOUT(theme.isReady() && theme.layer(), 20000);
        QStringList codes = codesOf(theme.layer());
        QVERIFY(codes.contains(m_grid.code));
        QVERIFY(!codes.contains(m_pieces[0]));
        // Today's period: today's grids.
        map::KpiChoroplethOptions now = past;
        now.unitsOn = QDate();
        theme.setOptions(now);
        QTRY_VERIFY_WITH_TIMEOUT(theme.layer() && codesOf(theme.layer()).contains(m_pieces[0]), 20000);
        QVERIFY(!codesOf(theme.layer()).contains(m_grid.code));
        theme.hide();
    }
};

GRIDDESK_QGIS_TEST_MAIN(TestGridHistory, griddesk::app::initResources)
#include "test_grid_history.moc"
