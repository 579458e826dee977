// A layer whose data changes while the canvas is drawing is drawn again with
// the new data. QGIS 3.22 caches the finished layers of a cancelled render, so
// without CanvasRepaintGuard a marker that changed mid-render keeps its old
// colour until something else redraws the map.
#include "CanvasRepaintGuard.h"
#include "QgisTestMain.h"

#include <QSignalSpy>

#include <qgscategorizedsymbolrenderer.h>
#include <qgsfeature.h>
#include <qgsgeometry.h>
#include <qgsmapcanvas.h>
#include <qgsmarkersymbol.h>
#include <qgssinglesymbolrenderer.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

#include <memory>

using namespace griddesk;

namespace {

const QColor kBefore(38, 110, 200);
const QColor kAfter(140, 70, 200);

QgsMarkerSymbol *dot(const QColor &colour, double size)
{
    QVariantMap props;
    props.insert(QStringLiteral("color"), colour.name());
    props.insert(QStringLiteral("outline_style"), QStringLiteral("no"));
    props.insert(QStringLiteral("size"), QString::number(size));
    return QgsMarkerSymbol::createSimple(props);
}

bool near(const QColor &a, const QColor &b)
{
    return std::abs(a.red() - b.red()) < 12 && std::abs(a.green() - b.green()) < 12 && std::abs(a.blue() - b.blue()) < 12;
}

} // namespace

class TestCanvasRepaint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aLayerChangedMidRenderIsDrawnAgain()
    {
        // One marker whose colour follows its state, drawn first (bottom) ...
        auto *marker = new QgsVectorLayer(QStringLiteral("Point?crs=EPSG:3857&field=state:integer"), QStringLiteral("marker"),
                                          QStringLiteral("memory"));
        QgsFeature f(marker->fields());
        f.setGeometry(QgsGeometry::fromPointXY(QgsPointXY(0, 0)));
        f.setAttribute(0, 0);
        QVERIFY(marker->dataProvider()->addFeature(f));
        const QgsFeatureId markerId = f.id();
        QgsCategoryList categories{QgsRendererCategory(0, dot(kBefore, 20), QStringLiteral("before")),
                                   QgsRendererCategory(1, dot(kAfter, 20), QStringLiteral("after"))};
        marker->setRenderer(new QgsCategorizedSymbolRenderer(QStringLiteral("state"), categories));

        // ... under a layer slow enough that the render is still running after the marker is done.
        auto *slow = new QgsVectorLayer(QStringLiteral("Point?crs=EPSG:3857"), QStringLiteral("slow"), QStringLiteral("memory"));
        QgsFeatureList many;
        for (int i = 0; i < 150000; ++i) {
            QgsFeature p;
            p.setGeometry(QgsGeometry::fromPointXY(QgsPointXY(-900 + (i % 400) * 0.5, 500 + (i / 400) * 0.5)));
            many << p;
        }
        QVERIFY(slow->dataProvider()->addFeatures(many));
        slow->setRenderer(new QgsSingleSymbolRenderer(dot(QColor(120, 120, 120), 2)));

        QgsMapCanvas canvas;
        canvas.resize(400, 400);
        canvas.setCachingEnabled(true); // as the console's map
        canvas.setParallelRenderingEnabled(true);
        canvas.setDestinationCrs(QgsCoordinateReferenceSystem::fromEpsgId(3857));
        canvas.setLayers({slow, marker});
        canvas.setExtent(QgsRectangle(-1000, -1000, 1000, 1000));
        auto *guard = new map::CanvasRepaintGuard(&canvas);
        canvas.show();
        QVERIFY(QTest::qWaitForWindowExposed(&canvas));
        QSignalSpy refreshed(&canvas, &QgsMapCanvas::mapCanvasRefreshed);
        canvas.refresh();
        QVERIFY(refreshed.wait(20000));

        const QPoint centre(canvas.width() / 2, canvas.height() / 2);
        auto colourAtMarker = [&] { return QColor(canvas.grab().toImage().pixel(centre)); };
        QVERIFY2(near(colourAtMarker(), kBefore), qPrintable(colourAtMarker().name()));

        // Redraw both layers; while the slow one is drawing, the marker's case changes.
        int changes = 0;
        for (int attempt = 0; attempt < 5 && changes == 0; ++attempt) {
            refreshed.clear();
            marker->triggerRepaint();
            slow->triggerRepaint();
            QTRY_VERIFY_WITH_TIMEOUT(canvas.isDrawing(), 5000);
            QTest::qWait(30); // the marker is quick; the slow layer is still being drawn
            if (!canvas.isDrawing())
                continue; // finished too soon on this machine; try again
            QVERIFY(marker->dataProvider()->changeAttributeValues({{markerId, {{0, 1}}}}));
            marker->triggerRepaint();
            changes = 1;
            QCOMPARE(guard->pendingLayers(), 1);
        }
        QVERIFY2(changes == 1, "the canvas never stayed busy long enough to change a layer mid-render");

        // Once the canvas is quiet, the marker shows its new state.
        QTRY_VERIFY_WITH_TIMEOUT(!canvas.isDrawing() && guard->pendingLayers() == 0, 20000);
        QTest::qWait(500); // a repaint the guard asked for has started by now
        QTRY_VERIFY_WITH_TIMEOUT(!canvas.isDrawing(), 20000);
        QVERIFY2(near(colourAtMarker(), kAfter), qPrintable(colourAtMarker().name()));
    }

    void aRepaintWhileIdleAddsNoExtraRender()
    {
        auto *layer = new QgsVectorLayer(QStringLiteral("Point?crs=EPSG:3857"), QStringLiteral("idle"), QStringLiteral("memory"));
        QgsMapCanvas canvas;
        canvas.resize(200, 200);
        canvas.setCachingEnabled(true);
        canvas.setParallelRenderingEnabled(true);
        canvas.setLayers({layer});
        canvas.setExtent(QgsRectangle(-10, -10, 10, 10));
        auto *guard = new map::CanvasRepaintGuard(&canvas);
        canvas.show();
        QVERIFY(QTest::qWaitForWindowExposed(&canvas));
        QSignalSpy refreshed(&canvas, &QgsMapCanvas::mapCanvasRefreshed);
        canvas.refresh();
        QVERIFY(refreshed.wait(10000));
        QTRY_VERIFY(!canvas.isDrawing());
        refreshed.clear();
        layer->triggerRepaint();
        QCOMPARE(guard->pendingLayers(), 0);
        QVERIFY(refreshed.wait(10000));
        QTest::qWait(300);
        QCOMPARE(refreshed.size(), 1); // one repaint, one render
        delete layer;
    }
};

GRIDDESK_QGIS_TEST_MAIN(TestCanvasRepaint, [] {})
#include "test_canvas_repaint.moc"
