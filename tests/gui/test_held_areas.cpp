// The township, community and grid layers draw from copies held in memory in
// the display CRS (HeldAreaLayer): the same units as their provider reads,
// projected, with the same picture; read again when the table changes or the
// scope narrows; and no frame of the console's canvas shows a copy half filed.
#include "AppResources.h"
#include "ConsoleLayers.h"
#include "ConsoleSession.h"
#include "MapRenderProbe.h"
#include "QgisTestMain.h"
#include "TestBackend.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <qgscoordinatetransform.h>
#include <qgsfeatureiterator.h>
#include <qgslabelingresults.h>
#include <qgsmaprenderersequentialjob.h>
#include <qgsmapcanvas.h>
#include <qgsvectorlayer.h>

#include <cmath>

using namespace griddesk;

namespace {

struct Picture {
    QSet<QString> codes;
    double area = 0; // in the display CRS, square metres
};

Picture pictureOf(QgsVectorLayer *layer, const QgsCoordinateReferenceSystem &display,
                  const QString &key = QStringLiteral("code"))
{
    Picture p;
    const QgsCoordinateTransform ct(layer->crs(), display, QgsProject::instance()->transformContext());
    QgsFeatureIterator it = layer->getFeatures();
    QgsFeature f;
    while (it.nextFeature(f)) {
        p.codes.insert(f.attribute(key).toString());
        QgsGeometry g = f.geometry();
        g.transform(ct);
        p.area += g.area();
    }
    return p;
}

// Pixels that differ by more than `tolerance` in any channel.
int differing(const QImage &a, const QImage &b, int tolerance)
{
    int n = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QColor p(a.pixel(x, y)), q(b.pixel(x, y));
            if (!test::nearColour(p, q, tolerance))
                ++n;
        }
    return n;
}

} // namespace

class TestHeldAreas : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::TestBackend m_backend;
    std::unique_ptr<map::ConsoleLayers> m_layers;
    QHash<QString, Picture> m_read; // by the provider, before the copies
    QSet<QString> m_cameraCodes;
    QgsWkbTypes::Type m_cameraType = QgsWkbTypes::Unknown;
    QImage m_before; // without labels
    QSet<QString> m_namesBefore;

    QList<QgsVectorLayer *> areas() const { return {m_layers->township(), m_layers->communities(), m_layers->grids()}; }
    QgsMapSettings settings(bool labels) const
    {
        QgsMapSettings s = test::consoleMapSettings(*m_layers);
        s.setLayers({m_layers->township(), m_layers->communities(), m_layers->grids()});
        s.setFlag(Qgis::MapSettingsFlag::DrawLabeling, labels);
        return s;
    }
    // The names a frame placed.
    QSet<QString> namesDrawn() const
    {
        QgsMapRendererSequentialJob job(settings(true));
        job.start();
        job.waitForFinished();
        const std::unique_ptr<QgsLabelingResults> results(job.takeLabelingResults());
        QSet<QString> names;
        for (const QgsLabelPosition &p : results->allLabels())
            names.insert(p.labelText);
        return names;
    }
    int gridCount() const { return int(m_layers->grids()->allFeatureIds().size()); }

private Q_SLOTS:
    void initTestCase()
    {
        m_backend.createDemo(m_dir);
        m_layers = std::make_unique<map::ConsoleLayers>(m_backend.storeLocation());
        QVERIFY2(m_layers->isValid(), qPrintable(m_layers->errorMessage()));
        for (QgsVectorLayer *l : areas())
            m_read.insert(l->objectName(), pictureOf(l, m_layers->displayCrs()));
        QCOMPARE(m_read.value(QStringLiteral("layer_grids")).codes.size(), 42);
        m_cameraCodes = pictureOf(m_layers->cameras(), m_layers->displayCrs(), QStringLiteral("device_id")).codes;
        m_cameraType = m_layers->cameras()->wkbType();
        QCOMPARE(m_cameraCodes.size(), 150);
        m_before = test::renderMap(settings(false));
        m_namesBefore = namesDrawn();
        QVERIFY(m_namesBefore.size() >= 12);
    }

    void eachBoundaryIsHeldInTheDisplayCrs()
    {
        QVERIFY(!m_layers->areasHeld());
        QSignalSpy filing(m_layers.get(), &map::ConsoleLayers::areasFiling);
        m_layers->holdAreas();
        QVERIFY(QTest::qWaitFor([this] { return m_layers->areasHeld(); }, 20000));
        for (QgsVectorLayer *l : areas()) {
            QCOMPARE(l->providerType(), QStringLiteral("memory"));
            QCOMPARE(l->crs(), m_layers->displayCrs());
            const Picture held = pictureOf(l, m_layers->displayCrs());
            const Picture read = m_read.value(l->objectName());
            QCOMPARE(held.codes, read.codes);
            QVERIFY2(std::abs(held.area - read.area) <= read.area * 1e-9,
                     qPrintable(QStringLiteral("%1: %2 against %3 m²").arg(l->objectName()).arg(held.area).arg(read.area)));
            QVERIFY(l->renderer() && l->labelsEnabled() == (l != m_layers->township())); // the style stayed
            indexFinds(l);
        }
        // Each copy's filing is bracketed: on, then off.
        int on = 0;
        for (const QList<QVariant> &args : filing) {
            on += args.at(0).toBool() ? 1 : -1;
            QVERIFY(on >= 0);
        }
        QCOMPARE(on, 0);
        QCOMPARE(filing.size(), 8); // the three boundaries and the cameras
        // The cameras are held too, with their style.
        QgsVectorLayer *cameras = m_layers->cameras();
        QCOMPARE(cameras->providerType(), QStringLiteral("memory"));
        QCOMPARE(cameras->crs(), m_layers->displayCrs());
        QCOMPARE(cameras->wkbType(), m_cameraType);
        QCOMPARE(pictureOf(cameras, m_layers->displayCrs(), QStringLiteral("device_id")).codes, m_cameraCodes);
        QVERIFY(cameras->renderer());
        indexFinds(cameras);
    }

    // The copy has a spatial index with every feature in it: a window asked
    // of it finds what a look at every feature finds.
    static void indexFinds(QgsVectorLayer *l)
    {
        QCOMPARE(l->dataProvider()->hasSpatialIndex(), QgsFeatureSource::SpatialIndexPresent);
        const QgsRectangle all = l->extent();
        const QgsRectangle window(all.xMinimum(), all.yMinimum(), all.center().x(), all.center().y());
        QSet<QgsFeatureId> looked, asked;
        QgsFeature f;
        for (QgsFeatureIterator it = l->getFeatures(); it.nextFeature(f);)
            if (f.geometry().boundingBoxIntersects(window))
                looked << f.id();
        for (QgsFeatureIterator it = l->getFeatures(QgsFeatureRequest().setFilterRect(window)); it.nextFeature(f);)
            asked << f.id();
        QVERIFY2(!looked.isEmpty(), qPrintable(l->objectName()));
        if (l->featureCount() > 1) // the window leaves some out
            QVERIFY2(looked.size() < l->featureCount(), qPrintable(l->objectName()));
        QCOMPARE(asked, looked);
    }

    void drawsTheSamePicture()
    {
        const QImage after = test::renderMap(settings(false));
        QCOMPARE(after.size(), m_before.size());
        m_before.save(QStringLiteral(GRIDDESK_BINARY_DIR "/test_held_areas_provider.png"));
        after.save(QStringLiteral(GRIDDESK_BINARY_DIR "/test_held_areas_held.png"));
        // Outlines are thinned for the screen in another CRS (the provider's
        // in longitude and latitude, the copy's in metres), so edges and the
        // grids' dashes move by a pixel: compared at an eighth of the size,
        // the fills and lines are where they were.
        const auto small = [](const QImage &i) { return i.scaled(i.size() / 8, Qt::IgnoreAspectRatio, Qt::SmoothTransformation); };
        const QImage a = small(after), b = small(m_before);
        // A one-pixel shift of a two-pixel dark line moves its eighth by a
        // quarter of its contrast at most.
        const int changed = differing(a, b, 48);
        QVERIFY2(changed <= a.width() * a.height() / 100,
                 qPrintable(QStringLiteral("%1 pixels of %2 differ").arg(changed).arg(a.width() * a.height())));
        QImage blank(after.size(), after.format());
        blank.fill(test::kMapBackground);
        QVERIFY(differing(after, blank, 12) > after.width() * after.height() / 4); // the township is drawn
        // The same names (they may sit a candidate further round their point).
        QCOMPARE(namesDrawn(), m_namesBefore);
    }

    void readsAgainWhenTheTableChanges()
    {
        auto store = m_backend.open();
        std::optional<AdminUnit> grid;
        for (const AdminUnit &u : store->unitsWithBoundary(int(AdminLevel::Grid)))
            if (!grid)
                grid = u;
        QVERIFY(grid);
        AdminUnit added = *grid;
        added.id = 0;
        added.code = grid->code.left(12) + QStringLiteral("099");
        added.name = added.shortName = QStringLiteral("Held test grid");
        store->addAdminUnits({added});
        m_layers->reloadTable(QStringLiteral("admin_units"));
        QVERIFY(QTest::qWaitFor([this] { return gridCount() == 43; }, 20000));
        QCOMPARE(m_layers->grids()->providerType(), QStringLiteral("memory"));
        QVERIFY(pictureOf(m_layers->grids(), m_layers->displayCrs()).codes.contains(added.code));

        // A camera added is read again from the cameras' table alone.
        Camera camera = store->cameras().first();
        camera.id = 0;
        camera.deviceId = camera.deviceId.left(14) + QStringLiteral("999999");
        camera.name = QStringLiteral("Held test camera");
        store->addCameras({camera});
        const auto cameraCount = [this] { return int(m_layers->cameras()->featureCount()); };
        m_layers->reloadTable(QStringLiteral("cameras"));
        QVERIFY(QTest::qWaitFor([&] { return cameraCount() == 151; }, 20000));
        QCOMPARE(m_layers->cameras()->providerType(), QStringLiteral("memory"));
        QVERIFY(pictureOf(m_layers->cameras(), m_layers->displayCrs(), QStringLiteral("device_id")).codes.contains(camera.deviceId));
    }

    void narrowsToAScope()
    {
        const QString community = m_layers->grids()->getFeature(1).attribute(QStringLiteral("parent_code")).toString();
        QVERIFY(!community.isEmpty());
        int inCommunity = 0;
        QgsFeature f;
        QgsFeatureIterator it = m_layers->grids()->getFeatures();
        while (it.nextFeature(f))
            inCommunity += f.attribute(QStringLiteral("parent_code")).toString() == community ? 1 : 0;
        QVERIFY(inCommunity > 0 && inCommunity < gridCount());
        m_layers->restrict(QStringLiteral("1 = 1"), QStringLiteral("1 = 1"),
                           QStringLiteral("\"parent_code\" = '%1'").arg(community));
        QVERIFY(QTest::qWaitFor([&] { return gridCount() == inCommunity; }, 20000));
        QCOMPARE(m_layers->grids()->providerType(), QStringLiteral("memory"));
    }

    void theCanvasHoldsItsFrameWhileACopyIsFiled()
    {
        QString error;
        auto session = app::ConsoleSession::open(m_backend.storeLocation(), &error);
        QVERIFY2(session, qPrintable(error));
        QgsMapCanvas *canvas = session->canvas();
        int seen = 0, frozenWhileFiling = 0, thawedAfter = 0;
        connect(&session->layers(), &map::ConsoleLayers::areasFiling, this, [&](bool underway) {
            ++seen;
            if (underway && canvas->isFrozen())
                ++frozenWhileFiling;
        });
        connect(&session->layers(), &map::ConsoleLayers::areasFiling, this, [&](bool underway) {
            if (!underway && !canvas->isFrozen())
                ++thawedAfter;
        }, Qt::QueuedConnection);
        // A provider is replaced only while no frame reads it.
        int swapped = 0, swappedWhileDrawing = 0;
        for (QgsVectorLayer *l : {session->layers().township(), session->layers().communities(), session->layers().grids(),
                                  session->layers().cameras()})
            connect(l, &QgsMapLayer::dataSourceChanged, this, [&] {
                ++swapped;
                swappedWhileDrawing += canvas->isDrawing() ? 1 : 0;
            });
        canvas->refresh(); // a frame under way when the first copy comes in
        // The session holds the boundaries once the map has drawn (a map not
        // on screen counts as drawn).
        QVERIFY(QTest::qWaitFor([&] { return session->layers().areasHeld(); }, 20000));
        QTest::qWait(50);
        QCOMPARE(seen, 8); // the three boundaries and the cameras
        QCOMPARE(frozenWhileFiling, 4);
        QVERIFY(thawedAfter >= 1); // the last copy in: the canvas draws again
        QCOMPARE(swapped, 4);
        QCOMPARE(swappedWhileDrawing, 0);
        QVERIFY(!canvas->isFrozen());
    }
};

GRIDDESK_QGIS_TEST_MAIN(TestHeldAreas, griddesk::app::initResources)
#include "test_held_areas.moc"
