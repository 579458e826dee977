// The canvas holds the layer tree's layers drawn at its scale, in the tree's
// order, so that a change on a live layer keeps QGIS's picture of the labels
// while a labelled layer is out of its scale range.
#include "CanvasScaleLayers.h"
#include "QgisTestMain.h"

#include <qgsfeature.h>
#include <qgsgeometry.h>
#include <qgslayertree.h>
#include <qgslayertreemapcanvasbridge.h>
#include <qgsmapcanvas.h>
#include <qgsmaprenderercache.h>
#include <qgsmaprendererparalleljob.h>
#include <qgspallabeling.h>
#include <qgsproject.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerlabeling.h>

using namespace griddesk;

namespace {

// Points in EPSG:3857 around the origin, named "p<i>", labelled by name
// when `labelled`.
QgsVectorLayer *points(const QString &name, bool labelled)
{
    auto *layer = new QgsVectorLayer(QStringLiteral("Point?crs=EPSG:3857&field=name:string"), name, QStringLiteral("memory"));
    QgsFeatureList features;
    for (int i = 0; i < 12; ++i) {
        QgsFeature f(layer->fields());
        f.setAttributes(QgsAttributes() << QStringLiteral("p%1").arg(i));
        f.setGeometry(QgsGeometry::fromPointXY(QgsPointXY(-5000 + 900 * i, 3000 - 500 * i)));
        features << f;
    }
    layer->dataProvider()->addFeatures(features);
    layer->updateExtents();
    if (labelled) {
        QgsPalLayerSettings settings;
        settings.fieldName = QStringLiteral("name");
        layer->setLabeling(new QgsVectorLayerSimpleLabeling(settings));
        layer->setLabelsEnabled(true);
    }
    return layer;
}

// The frame the canvas shows drawn with `cache`, as the canvas draws it.
bool labelsFromCache(const QgsMapSettings &settings, QgsMapRendererCache *cache)
{
    QgsMapRendererParallelJob job(settings);
    job.setCache(cache);
    job.start();
    job.waitForFinished();
    return job.usedCachedLabels();
}

} // namespace

class TestCanvasScaleLayers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QgsProject::instance()->clear();
        m_live = points(QStringLiteral("live"), false);
        m_names = points(QStringLiteral("names"), true);
        m_fine = points(QStringLiteral("fine"), true);
        // The fine layer draws at 1:150,000 or closer only.
        m_fine->setScaleBasedVisibility(true);
        m_fine->setMinimumScale(150000);
        m_fine->setMaximumScale(0);
        // The tree lists the live layer on top, then the fine one, then the names.
        QgsProject::instance()->addMapLayers({m_live, m_fine, m_names});
    }

    void theCanvasHoldsOnlyTheLayersDrawnAtItsScale()
    {
        QgsMapCanvas canvas;
        canvas.resize(600, 400);
        auto *bridge = new QgsLayerTreeMapCanvasBridge(QgsProject::instance()->layerTreeRoot(), &canvas, &canvas);
        auto *scaleLayers = new map::CanvasScaleLayers(&canvas, bridge);
        canvas.setDestinationCrs(QgsCoordinateReferenceSystem(QStringLiteral("EPSG:3857")));
        canvas.zoomScale(500000);
        QVERIFY(canvas.scale() > 150000);
        QCOMPARE(scaleLayers->treeLayers(), (QList<QgsMapLayer *>{m_live, m_fine, m_names}));
        QCOMPARE(canvas.layers(), (QList<QgsMapLayer *>{m_live, m_names}));

        canvas.zoomScale(50000);
        QCOMPARE(canvas.layers(), (QList<QgsMapLayer *>{m_live, m_fine, m_names}));
        canvas.zoomScale(400000);
        QCOMPARE(canvas.layers(), (QList<QgsMapLayer *>{m_live, m_names}));

        // The tree still decides: a layer hidden there stays off at every scale.
        QgsLayerTreeLayer *names = QgsProject::instance()->layerTreeRoot()->findLayer(m_names);
        QVERIFY(names);
        names->setItemVisibilityChecked(false);
        QTRY_COMPARE(canvas.layers(), (QList<QgsMapLayer *>{m_live}));
        canvas.zoomScale(50000);
        QCOMPARE(canvas.layers(), (QList<QgsMapLayer *>{m_live, m_fine}));
        names->setItemVisibilityChecked(true);
        QTRY_COMPARE(canvas.layers(), (QList<QgsMapLayer *>{m_live, m_fine, m_names}));
        QCOMPARE(scaleLayers->treeLayers(), (QList<QgsMapLayer *>{m_live, m_fine, m_names}));
    }

    void aLiveChangeKeepsTheLabelsWhileALabelledLayerIsOutOfRange()
    {
        QgsMapCanvas canvas;
        canvas.resize(600, 400);
        auto *bridge = new QgsLayerTreeMapCanvasBridge(QgsProject::instance()->layerTreeRoot(), &canvas, &canvas);
        new map::CanvasScaleLayers(&canvas, bridge);
        canvas.setDestinationCrs(QgsCoordinateReferenceSystem(QStringLiteral("EPSG:3857")));
        canvas.setExtent(QgsRectangle(-6000, -4000, 6000, 4000));
        canvas.zoomScale(500000);

        // The canvas's frame: the labels' picture outlives a change on the live layer.
        QgsMapRendererCache cache;
        QVERIFY(!labelsFromCache(canvas.mapSettings(), &cache));
        m_live->triggerRepaint();
        QVERIFY(labelsFromCache(canvas.mapSettings(), &cache));

        // With the out-of-range labelled layer listed, as the tree lists it,
        // QGIS places every label again for the same change.
        QgsMapSettings everyLayer = canvas.mapSettings();
        everyLayer.setLayers({m_live, m_fine, m_names});
        QgsMapRendererCache listed;
        QVERIFY(!labelsFromCache(everyLayer, &listed));
        m_live->triggerRepaint();
        QVERIFY(!labelsFromCache(everyLayer, &listed));
    }

private:
    QgsVectorLayer *m_live = nullptr;
    QgsVectorLayer *m_names = nullptr;
    QgsVectorLayer *m_fine = nullptr;
};

GRIDDESK_QGIS_TEST_MAIN(TestCanvasScaleLayers, [] {})
#include "test_canvas_scale_layers.moc"
