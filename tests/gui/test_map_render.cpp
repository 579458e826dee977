// Real QGIS renders of the demo township with the shipped styles, checked by
// pixel probes: background, township outline, grid fills by community, overdue
// incident markers and camera symbols land where the data says.
#include "CaseLayers.h"
#include "IncidentState.h"
#include "GpkgStore.h"
#include "ConsoleLayers.h"
#include "DeadlineStatus.h"
#include "MapRenderProbe.h"
#include "MapResources.h"
#include "QgisTestMain.h"
#include "TestDemo.h"

#include <QTemporaryDir>

#include <qgscoordinatetransform.h>
#include <qgsfeatureiterator.h>
#include <qgslabelingresults.h>
#include <qgspallabeling.h>
#include <qgsvectorlayerlabeling.h>
#include <qgsmaprenderersequentialjob.h>
#include <qgsmapsettings.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <cmath>

using namespace griddesk;

namespace {

const QColor kBackground = test::kMapBackground;
using test::nearColour;

} // namespace

class TestMapRender : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<map::ConsoleLayers> m_layers;
    QgsMapSettings m_settings;
    QImage m_image;    // without labels
    QImage m_labelled; // as the console shows it
    int m_openInStore = 0;

    static QImage render(const QgsMapSettings &settings) { return test::renderMap(settings); }

    QPointF pixelOf(const QgsPointXY &lonLat) const
    {
        const QgsCoordinateTransform ct(QgsCoordinateReferenceSystem::fromEpsgId(4490), m_settings.destinationCrs(),
                                        QgsProject::instance()->transformContext());
        const QgsPointXY p = m_settings.mapToPixel().transform(ct.transform(lonLat));
        return {p.x(), p.y()};
    }
    QVector<QPointF> pixelsOf(QgsVectorLayer *layer, const QString &filter = QString()) const
    {
        QVector<QPointF> out;
        QgsFeatureRequest req;
        if (!filter.isEmpty())
            req.setFilterExpression(filter);
        QgsFeatureIterator it = layer->getFeatures(req);
        QgsFeature f;
        while (it.nextFeature(f))
            out << pixelOf(f.geometry().asPoint());
        return out;
    }
    static bool isolated(const QPointF &p, const QVector<QPointF> &others, double minDistance)
    {
        int close = 0;
        for (const QPointF &o : others)
            if (std::hypot(o.x() - p.x(), o.y() - p.y()) < minDistance)
                ++close;
        return close <= 1; // itself
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString path = test::createDemo(m_dir);
        m_layers = std::make_unique<map::ConsoleLayers>(StoreLocation::file(path));
        QVERIFY2(m_layers->isValid(), qPrintable(m_layers->errorMessage()));
        QVERIFY(test::waitForCases(*m_layers));
        for (const Incident &i : GpkgStore::open(path)->incidents())
            m_openInStore += incidentstate::isOpen(i.state) ? 1 : 0;
        m_settings = test::consoleMapSettings(*m_layers);
        m_settings.setLayers(m_layers->renderOrder());
        m_labelled = render(m_settings);
        m_labelled.save(QStringLiteral(GRIDDESK_BINARY_DIR "/test_map_render.png"));
        // Symbol probes look at the map without labels, which QGIS always draws on top.
        QgsMapSettings plain = m_settings;
        plain.setFlag(Qgis::MapSettingsFlag::DrawLabeling, false);
        m_image = render(plain);
        QVERIFY(!m_image.isNull() && !m_labelled.isNull());
    }

    void drawsInTheTownshipsGaussKrugerZone()
    {
        QCOMPARE(m_layers->displayCrs().authid(), QStringLiteral("EPSG:4549"));
        // Counted by iterating: each layer reads only its level of the hierarchy.
        auto count = [](QgsVectorLayer *l) { return int(l->allFeatureIds().size()); };
        // Open cases in one live layer, ended ones in the other.
        QCOMPARE(count(m_layers->incidents()) + count(m_layers->endedIncidents()), 500);
        QCOMPARE(count(m_layers->incidents()), m_openInStore);
        QCOMPARE(count(m_layers->grids()), 42);
        QCOMPARE(count(m_layers->communities()), 14);
        QCOMPARE(count(m_layers->township()), 1);
    }

    void backgroundOutsideTheTownship()
    {
        QCOMPARE(QColor(m_image.pixel(3, 3)), kBackground);
        QCOMPARE(QColor(m_image.pixel(m_image.width() - 3, m_image.height() - 3)), kBackground);
    }

    void townshipOutlineIsDrawn()
    {
        QgsFeature f;
        m_layers->township()->getFeatures().nextFeature(f);
        const QgsPolygonXY ring = f.geometry().asMultiPolygon().first();
        int hits = 0, probes = 0;
        for (int i = 0; i < ring.first().size(); i += 6, ++probes) {
            const QPointF p = pixelOf(ring.first()[i]);
            const QColor c(m_image.pixel(int(std::lround(p.x())), int(std::lround(p.y()))));
            if (c.red() > c.green() + 50 && c.red() > c.blue() + 50)
                ++hits;
        }
        QVERIFY2(hits >= probes * 7 / 10, qPrintable(QStringLiteral("%1 of %2").arg(hits).arg(probes)));
    }

    void gridsAreFilledByCommunity()
    {
        QgsFeatureIterator it = m_layers->grids()->getFeatures();
        QgsFeature f;
        int good = 0, grids = 0;
        QSet<QRgb> fills;
        while (it.nextFeature(f)) {
            ++grids;
            const int parent = f.attribute(QStringLiteral("parent_code")).toString().right(3).toInt();
            const QColor expected = QColor::fromHslF(((parent * 67) % 360) / 360.0, 0.38, 0.90);
            const QgsGeometry pole = f.geometry().poleOfInaccessibility(1e-6);
            const QPointF c = pixelOf(pole.asPoint());
            int match = 0, total = 0;
            for (int dx = -8; dx <= 8; ++dx)
                for (int dy = -8; dy <= 8; ++dy, ++total)
                    if (nearColour(QColor(m_image.pixel(int(c.x()) + dx, int(c.y()) + dy)), expected, 6))
                        ++match;
            if (match * 3 >= total) {
                ++good;
                fills.insert(expected.rgb());
            }
        }
        QVERIFY2(good >= grids * 8 / 10, qPrintable(QStringLiteral("%1 of %2 grids").arg(good).arg(grids)));
        QVERIFY(fills.size() >= 5); // communities are told apart by colour
    }

    void communitiesAreLabelled()
    {
        const QColor labelColour(20, 54, 93);
        QgsFeatureIterator it = m_layers->communities()->getFeatures();
        QgsFeature f;
        int labelled = 0, communities = 0;
        while (it.nextFeature(f)) {
            ++communities;
            const QPointF c = pixelOf(f.geometry().centroid().asPoint());
            int dark = 0;
            for (int dx = -30; dx <= 30; ++dx)
                for (int dy = -12; dy <= 12; ++dy)
                    if (nearColour(QColor(m_labelled.pixel(int(c.x()) + dx, int(c.y()) + dy)), labelColour, 40))
                        ++dark;
            if (dark >= 20)
                ++labelled;
        }
        QVERIFY2(labelled >= communities * 8 / 10, qPrintable(QStringLiteral("%1 of %2").arg(labelled).arg(communities)));
    }

    void labelsNeverOverlap_data()
    {
        QTest::addColumn<QSize>("size");
        // The whole township on a laptop's map, on 1080p and on a wall.
        QTest::newRow("laptop") << QSize(800, 340);
        QTest::newRow("1080p") << QSize(1180, 560);
        QTest::newRow("4K") << QSize(3060, 1540);
    }

    void labelsNeverOverlap()
    {
        QFETCH(QSize, size);
        // The styles as loaded on the real layers: colliding labels are never forced.
        for (QgsVectorLayer *l : {m_layers->communities(), m_layers->grids(), m_layers->township()})
            if (l->labelsEnabled() && l->labeling())
                for (const QString &provider : l->labeling()->subProviders())
                    QVERIFY2(!l->labeling()->settings(provider).displayAll, qPrintable(l->name()));

        QgsMapSettings settings = m_settings;
        settings.setOutputSize(size);
        settings.setExtent(m_layers->fullExtent());
        QgsMapRendererSequentialJob job(settings);
        job.start();
        job.waitForFinished();
        std::unique_ptr<QgsLabelingResults> results(job.takeLabelingResults());
        QVERIFY(results);
        QList<QgsLabelPosition> placed;
        int communityLabels = 0;
        QgsVectorLayer *communityLayer = m_layers->communities();
        const QgsCoordinateTransform toMap(communityLayer->crs(), settings.destinationCrs(), QgsProject::instance());
        for (const QgsLabelPosition &p : results->allLabels()) {
            if (p.isUnplaced)
                continue;
            placed << p;
            if (p.layerID != communityLayer->id())
                continue;
            ++communityLabels;
            // A community's name sits on its own community, never over a neighbour.
            QgsGeometry own = communityLayer->getFeature(p.featureId).geometry();
            own.transform(toMap);
            QVERIFY2(own.contains(p.labelGeometry.centroid()), qPrintable(p.labelText));
        }
        for (int i = 0; i < placed.size(); ++i)
            for (int j = i + 1; j < placed.size(); ++j)
                QVERIFY2(!placed[i].labelGeometry.intersects(placed[j].labelGeometry),
                         qPrintable(QStringLiteral("%1 overlaps %2").arg(placed[i].labelText, placed[j].labelText)));
        // …and the map still reads at a glance: most communities keep their
        // name (one that has no room on its own centre shows a zoom step closer).
        const int communities = int(m_layers->communities()->allFeatureIds().size());
        QVERIFY2(communityLabels >= communities * 3 / 4,
                 qPrintable(QStringLiteral("%1 of %2 communities labelled").arg(communityLabels).arg(communities)));
    }

    void overdueIncidentsStandOutInRed()
    {
        const QVector<QPointF> open = pixelsOf(m_layers->incidents(), QStringLiteral("\"state\" NOT IN ('closed','rejected','merged')"));
        const QVector<QPointF> overdue = pixelsOf(
            m_layers->incidents(), QStringLiteral("\"state\" NOT IN ('closed','rejected','merged') AND \"due_at\" < now()"));
        QVERIFY(overdue.size() > 5);
        int probed = 0;
        for (const QPointF &p : overdue) {
            if (!isolated(p, open, 16.0))
                continue;
            ++probed;
            const QColor c(m_image.pixel(int(std::lround(p.x())) - 4, int(std::lround(p.y()))));
            QVERIFY2(c.red() > 170 && c.green() < 90 && c.blue() < 90,
                     qPrintable(QStringLiteral("at %1,%2: %3").arg(p.x()).arg(p.y()).arg(c.name())));
        }
        QVERIFY2(probed >= 3, "too few isolated overdue incidents to probe");
    }

    void onlineCamerasAreTeal()
    {
        const QVector<QPointF> incidents = pixelsOf(m_layers->incidents()) + pixelsOf(m_layers->endedIncidents());
        const QVector<QPointF> cameras = pixelsOf(m_layers->cameras());
        const QVector<QPointF> online = pixelsOf(m_layers->cameras(), QStringLiteral("\"online\" AND \"camera_class\" = 1"));
        int probed = 0;
        for (const QPointF &p : online) {
            if (!isolated(p, incidents + QVector<QPointF>{p}, 14.0) || !isolated(p, cameras, 14.0))
                continue;
            ++probed;
            const QColor c(m_image.pixel(int(std::lround(p.x())), int(std::lround(p.y()))));
            QVERIFY2(nearColour(c, QColor(0, 128, 128), 40), qPrintable(c.name()));
        }
        QVERIFY2(probed >= 1, "no isolated class-1 camera to probe");
    }
};

GRIDDESK_QGIS_TEST_MAIN(TestMapRender, griddesk::map::initResources)
#include "test_map_render.moc"
