// The KPI choropleth on the demo township, in real QGIS renders: the ends of
// the ramp on the top and bottom figures (and flipped when lower is better),
// the hatch of too few cases, QGIS's quantile breaks, the legend in the theme
// and in the layer tree, picking a unit, and the normal map back on hiding.
#include "ChoroplethUnitLayer.h"
#include "ConsoleLayers.h"
#include "KpiChoroplethTheme.h"
#include "LayerStyles.h"
#include "MapRenderProbe.h"
#include "MapResources.h"
#include "QgisTestMain.h"
#include "TestDemo.h"
#include "UnitPickTool.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <qgsapplication.h>
#include <qgscategorizedsymbolrenderer.h>
#include <qgsclassificationmethodregistry.h>
#include <qgsclassificationquantile.h>
#include <qgscoordinatetransform.h>
#include <qgsfeatureiterator.h>
#include <qgslabelingresults.h>
#include <qgslayertree.h>
#include <qgslayertreemodel.h>
#include <qgslayertreemodellegendnode.h>
#include <qgsmapcanvas.h>
#include <qgsmapmouseevent.h>
#include <qgsmaprenderersequentialjob.h>
#include <qgsmapsettings.h>
#include <qgsmemoryproviderutils.h>
#include <qgsvectorfilewriter.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerfeatureiterator.h>

#include <algorithm>
#include <cmath>

using namespace griddesk;
using map::KpiLegendEntry;

namespace {

// The console's palette: the ramp's better end is the header's figure blue,
// its worse end the alert red.
const QColor kBetter(36, 80, 122);
const QColor kWorse(179, 38, 30);
const QColor kNoValue(208, 208, 208);

using test::nearColour;

struct Grid {
    QString code;
    QgsPointXY inside; // lon/lat, well inside the grid
};

} // namespace

class TestKpiChoropleth : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<map::ConsoleLayers> m_layers;
    std::unique_ptr<map::KpiChoroplethTheme> m_theme;
    QgsMapSettings m_settings;
    QVector<Grid> m_grids; // sorted by code
    QVector<map::UnitKpiValue> m_values; // figures of the demo's grids
    QString m_top, m_bottom; // highest and lowest sufficient figure
    QStringList m_tooFew, m_missing;

    static QImage render(const QgsMapSettings &settings) { return test::renderMap(settings); }
    QgsMapSettings plain() const
    {
        QgsMapSettings s = m_settings;
        s.setLayers(QgsProject::instance()->layerTreeRoot()->layerOrder());
        s.setFlag(Qgis::MapSettingsFlag::DrawLabeling, false);
        return s;
    }
    QPointF pixelOf(const QgsMapSettings &settings, const QgsPointXY &lonLat) const
    {
        const QgsCoordinateTransform ct(QgsCoordinateReferenceSystem::fromEpsgId(4490), settings.destinationCrs(),
            QgsProject::instance()->transformContext());
        const QgsPointXY p = settings.mapToPixel().transform(ct.transform(lonLat));
        return { p.x(), p.y() };
    }
    // Units of the theme that get their label on a full-HD map of the township.
    int labelledUnits() const
    {
        QgsMapSettings settings = test::consoleMapSettings(*m_layers, QSize(1920, 1080));
        settings.setLayers(QgsProject::instance()->layerTreeRoot()->layerOrder());
        QgsMapRendererSequentialJob job(settings);
        job.start();
        job.waitForFinished();
        std::unique_ptr<QgsLabelingResults> results(job.takeLabelingResults());
        QSet<QgsFeatureId> labelled;
        for (const QgsLabelPosition &p : results->allLabels())
            if (!p.isUnplaced && p.layerID == m_theme->layer()->id())
                labelled.insert(p.featureId);
        return int(labelled.size());
    }
    const Grid &grid(const QString &code) const
    {
        return *std::find_if(m_grids.cbegin(), m_grids.cend(), [&](const Grid &g) { return g.code == code; });
    }
    // Share of a 17×17 patch around the grid's inner point that is `colour`
    // (incident and camera markers cover some of it).
    double share(const QImage &image, const QString &code, const QColor &colour) const
    {
        const QPointF c = pixelOf(m_settings, grid(code).inside);
        int match = 0, total = 0;
        for (int dx = -8; dx <= 8; ++dx)
            for (int dy = -8; dy <= 8; ++dy, ++total)
                if (nearColour(QColor(image.pixel(int(c.x()) + dx, int(c.y()) + dy)), colour, 6))
                    ++match;
        return double(match) / total;
    }
    static QString describe(const QImage &image, const QPointF &c)
    {
        return QColor(image.pixel(int(c.x()), int(c.y()))).name();
    }
    // The units read, and the figures classed and on the map.
    void waitUntilReady() { QTRY_VERIFY_WITH_TIMEOUT(m_theme->isReady() && !m_theme->isUpdating(), 20000); }

private Q_SLOTS:
    void initTestCase()
    {
        const QString path = test::createDemo(m_dir);
        m_layers = std::make_unique<map::ConsoleLayers>(StoreLocation::file(path));
        QVERIFY2(m_layers->isValid(), qPrintable(m_layers->errorMessage()));
        m_layers->addToProject(QgsProject::instance());
        m_settings = test::consoleMapSettings(*m_layers);

        QgsFeatureIterator it = m_layers->grids()->getFeatures();
        QgsFeature f;
        while (it.nextFeature(f))
            m_grids << Grid { f.attribute(QStringLiteral("code")).toString(),
                f.geometry().poleOfInaccessibility(1e-6).asPoint() };
        std::sort(m_grids.begin(), m_grids.end(), [](const Grid &a, const Grid &b) { return a.code < b.code; });
        QCOMPARE(m_grids.size(), 42);
        // Distinct figures from 61.0 % up; every seventh grid has too few
        // cases, and two grids have no figure at all.
        for (int i = 0; i < m_grids.size(); ++i) {
            const QString &code = m_grids[i].code;
            if (i == 5 || i == 26) {
                m_missing << code;
                continue;
            }
            const bool sufficient = i % 7 != 3;
            if (!sufficient)
                m_tooFew << code;
            // Scrambled so the ranking is not the order of the codes.
            const double value = 61.0 + ((i * 17) % 42) * 0.9 + (sufficient ? 0.0 : 40.0);
            m_values << map::UnitKpiValue { code, value, true, sufficient };
        }
        double top = -1, bottom = 1e9;
        for (const map::UnitKpiValue &v : qAsConst(m_values)) {
            if (!v.sufficient)
                continue;
            if (v.value > top) {
                top = v.value;
                m_top = v.unitCode;
            }
            if (v.value < bottom) {
                bottom = v.value;
                m_bottom = v.unitCode;
            }
        }

        m_theme = std::make_unique<map::KpiChoroplethTheme>(m_layers.get(), QgsProject::instance());
        map::KpiChoroplethOptions options;
        options.title = QStringLiteral("Closure rate");
        options.suffix = QStringLiteral(" %");
        m_theme->setOptions(options);
        m_theme->setValues(m_values);
        m_theme->show();
        waitUntilReady();
        QVERIFY2(m_theme->errorMessage().isEmpty(), qPrintable(m_theme->errorMessage()));
    }

    void styleFileLoadsWithoutErrors()
    {
        std::unique_ptr<QgsVectorLayer> layer(
            QgsMemoryProviderUtils::createMemoryLayer(QStringLiteral("probe"), map::ChoroplethUnitLayer::fields(),
                QgsWkbTypes::MultiPolygon, QgsCoordinateReferenceSystem::fromEpsgId(4490)));
        QString error;
        QVERIFY2(map::applyStyle(layer.get(), QStringLiteral("kpi_choropleth"), &error), qPrintable(error));
        QVERIFY(error.isEmpty());
        auto *renderer = dynamic_cast<QgsCategorizedSymbolRenderer *>(layer->renderer());
        QVERIFY(renderer);
        QCOMPARE(renderer->classAttribute(), QStringLiteral("class"));
        QVERIFY(renderer->sourceColorRamp());
        QVERIFY(renderer->categoryIndexForValue(QStringLiteral("few")) >= 0);
        QVERIFY(renderer->categoryIndexForValue(QStringLiteral("none")) >= 0);
        QVERIFY(layer->labelsEnabled() && layer->labeling());
        // The ramp runs from worse to better in the console's colours.
        QVERIFY(nearColour(renderer->sourceColorRamp()->color(0.0), kWorse, 1));
        QVERIFY(nearColour(renderer->sourceColorRamp()->color(1.0), kBetter, 1));
    }

    void sitsAboveTheGridsAndBelowCamerasAndIncidents()
    {
        const QList<QgsMapLayer *> order = QgsProject::instance()->layerTreeRoot()->layerOrder();
        const int theme = int(order.indexOf(m_theme->layer()));
        QVERIFY(theme >= 0);
        QVERIFY(theme < order.indexOf(m_layers->grids()));
        QVERIFY(theme > order.indexOf(m_layers->cameras()));
        QVERIFY(theme > order.indexOf(m_layers->incidents()));
        QCOMPARE(m_theme->layer()->featureCount(), 42L);
        QCOMPARE(m_theme->layer()->name(), QStringLiteral("Closure rate by grid"));
    }

    void classBreaksAreQgisQuantiles()
    {
        QList<double> values;
        for (const map::UnitKpiValue &v : qAsConst(m_values))
            if (v.sufficient)
                values << v.value;
        QgsClassificationQuantile quantile;
        const QList<QgsClassificationRange> expected = quantile.classes(values, 5);
        const QList<QgsClassificationRange> &actual = m_theme->classes().ranges();
        QCOMPARE(actual.size(), 5);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(actual[i].lowerBound(), expected[i].lowerBound());
            QCOMPARE(actual[i].upperBound(), expected[i].upperBound());
        }
        // The same as the graduated renderer's route over the layer's own figures.
        const QList<QgsClassificationRange> overLayer = quantile.classes(
            m_theme->layer(), QStringLiteral("CASE WHEN \"class\" NOT IN ('few', 'none') THEN \"value\" END"), 5);
        QCOMPARE(overLayer.size(), 5);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(actual[i].upperBound(), overLayer[i].upperBound());
        // Each unit's class holds its figure.
        QgsFeatureIterator it = m_theme->layer()->getFeatures();
        QgsFeature f;
        while (it.nextFeature(f)) {
            const int c = f.attribute(QStringLiteral("class")).toInt();
            if (c == 0)
                continue;
            const double v = f.attribute(QStringLiteral("value")).toDouble();
            QVERIFY(actual[c - 1].lowerBound() <= v && v <= actual[c - 1].upperBound());
        }
    }

    void jenksAndEqualIntervalAreQgisToo()
    {
        QList<double> values;
        for (const map::UnitKpiValue &v : qAsConst(m_values))
            if (v.sufficient)
                values << v.value;
        for (const auto &[method, id] : { std::pair { map::ClassificationMethod::Jenks, QStringLiteral("Jenks") },
                 std::pair { map::ClassificationMethod::EqualInterval, QStringLiteral("EqualInterval") } }) {
            map::KpiChoroplethOptions options;
            options.method = method;
            options.classes = 4;
            const map::ChoroplethClasses ours = map::ChoroplethClasses::compute(values, options);
            std::unique_ptr<QgsClassificationMethod> qgis(QgsApplication::classificationMethodRegistry()->method(id));
            const QList<QgsClassificationRange> expected = qgis->classes(values, 4);
            QCOMPARE(ours.count(), 4);
            for (int i = 0; i < 4; ++i)
                QCOMPARE(ours.ranges()[i].upperBound(), expected[i].upperBound());
        }
    }

    void fewFiguresGiveFewerClasses()
    {
        map::KpiChoroplethOptions options;
        QCOMPARE(map::ChoroplethClasses::compute({}, options).count(), 0);
        QCOMPARE(map::ChoroplethClasses::compute({}, options).classOf(1.0), -1);
        // Every figure the same: one class, in the middle of the ramp.
        const map::ChoroplethClasses same = map::ChoroplethClasses::compute({ 80.0, 80.0, 80.0 }, options);
        QCOMPARE(same.count(), 1);
        QCOMPARE(same.classOf(80.0), 0);
        QCOMPARE(same.rampPosition(0, true), 0.5);
        // Two figures for five classes: two classes, each figure in its own.
        const map::ChoroplethClasses two = map::ChoroplethClasses::compute({ 10.0, 90.0 }, options);
        QCOMPARE(two.count(), 2);
        QCOMPARE(two.classOf(10.0), 0);
        QCOMPARE(two.classOf(90.0), 1);
        QCOMPARE(two.rampPosition(1, true), 1.0);
        QCOMPARE(two.rampPosition(1, false), 0.0);
    }

    void legendShowsBreaksAndHatch()
    {
        const QVector<KpiLegendEntry> legend = m_theme->legend();
        QCOMPARE(legend.size(), 7);
        const QRegularExpression classLabel(QStringLiteral("^\\d+\\.\\d – \\d+\\.\\d %$"));
        int classed = 0;
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(legend[i].kind, KpiLegendEntry::Kind::Class);
            QVERIFY2(classLabel.match(legend[i].label).hasMatch(), qPrintable(legend[i].label));
            QCOMPARE(legend[i].lower, m_theme->classes().ranges()[i].lowerBound());
            classed += legend[i].units;
        }
        QCOMPARE(classed, int(m_values.size() - m_tooFew.size()));
        QCOMPARE(legend.first().label,
            QStringLiteral("%1 – %2 %").arg(legend.first().lower, 0, 'f', 1).arg(legend.first().upper, 0, 'f', 1));
        QVERIFY(nearColour(legend[0].colour, kWorse, 1));
        QVERIFY(nearColour(legend[4].colour, kBetter, 1));
        QCOMPARE(legend[5].kind, KpiLegendEntry::Kind::TooFewCases);
        QCOMPARE(legend[5].label, QStringLiteral("Too few cases"));
        QCOMPARE(legend[5].units, int(m_tooFew.size()));
        QCOMPARE(legend[6].kind, KpiLegendEntry::Kind::NoValue);
        QCOMPARE(legend[6].units, int(m_missing.size()));
        QVERIFY(!legend[5].icon.isNull());
    }

    void layerTreeLegendFollowsTheFigures()
    {
        QgsLayerTreeModel model(QgsProject::instance()->layerTreeRoot());
        QgsLayerTreeLayer *node = QgsProject::instance()->layerTreeRoot()->findLayer(m_theme->layer());
        QVERIFY(node);
        const auto labels = [&] {
            QStringList out;
            for (QgsLayerTreeModelLegendNode *n : model.layerLegendNodes(node))
                out << n->data(Qt::DisplayRole).toString();
            return out;
        };
        const auto themeLabels = [&] {
            QStringList out;
            for (const KpiLegendEntry &e : m_theme->legend())
                out << e.label;
            return out;
        };
        QStringList expected = themeLabels();
        QCOMPARE(labels(), expected);
        // New figures: new breaks in the layer panel, the same layer.
        QgsVectorLayer *before = m_theme->layer();
        QVector<map::UnitKpiValue> halved = m_values;
        for (map::UnitKpiValue &v : halved)
            v.value /= 2;
        QSignalSpy ready(m_theme.get(), &map::KpiChoroplethTheme::ready);
        QSignalSpy changed(m_theme.get(), &map::KpiChoroplethTheme::legendChanged);
        m_theme->setValues(halved);
        QVERIFY(m_theme->isUpdating());
        QVERIFY(changed.wait(20000));
        QCOMPARE(m_theme->layer(), before);
        QVERIFY(themeLabels() != expected);
        QCOMPARE(labels(), themeLabels());
        m_theme->setValues(m_values);
        waitUntilReady();
        QCOMPARE(labels(), expected);
        // A burst of figures: the last ones win, and the map changes once.
        changed.clear();
        m_theme->setValues(halved);
        m_theme->setValues(m_values);
        waitUntilReady();
        QTest::qWait(200);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(labels(), expected);
        QCOMPARE(ready.count(), 0); // nothing was read again
    }

    void topAndBottomGetTheEndsOfTheRamp()
    {
        const QImage image = render(plain());
        image.save(QStringLiteral(GRIDDESK_BINARY_DIR "/test_kpi_choropleth_plain.png"));
        QVERIFY2(
            share(image, m_top, kBetter) > 0.5, qPrintable(describe(image, pixelOf(m_settings, grid(m_top).inside))));
        QVERIFY2(share(image, m_bottom, kWorse) > 0.5,
            qPrintable(describe(image, pixelOf(m_settings, grid(m_bottom).inside))));
        QVERIFY2(share(image, m_missing.first(), kNoValue) > 0.5,
            qPrintable(describe(image, pixelOf(m_settings, grid(m_missing.first()).inside))));
    }

    void lowerIsBetterFlipsTheRamp()
    {
        map::KpiChoroplethOptions options = m_theme->options();
        options.higherIsBetter = false;
        m_theme->setOptions(options);
        waitUntilReady();
        const QImage image = render(plain());
        QVERIFY(share(image, m_top, kWorse) > 0.5);
        QVERIFY(share(image, m_bottom, kBetter) > 0.5);
        QVERIFY(nearColour(m_theme->legend().first().colour, kBetter, 1));
        options.higherIsBetter = true;
        m_theme->setOptions(options);
        waitUntilReady();
        QVERIFY(share(render(plain()), m_top, kBetter) > 0.5);
    }

    void tooFewCasesAreHatched()
    {
        const QImage image = render(plain());
        int hatched = 0;
        for (const QString &code : qAsConst(m_tooFew)) {
            // Along a row through the grid: light ground and dark lines alternate.
            const QPointF c = pixelOf(m_settings, grid(code).inside);
            int changes = 0, dark = 0, light = 0, coloured = 0;
            bool wasDark = false;
            for (int dx = -20; dx <= 20; ++dx) {
                const QColor p(image.pixel(int(c.x()) + dx, int(c.y())));
                const bool isDark = p.lightness() < 170;
                dark += isDark ? 1 : 0;
                light += p.lightness() > 225 ? 1 : 0;
                coloured += p.saturation() > 60 ? 1 : 0;
                if (dx > -20 && isDark != wasDark)
                    ++changes;
                wasDark = isDark;
            }
            if (changes >= 6 && dark >= 5 && light >= 15 && coloured <= 4)
                ++hatched;
        }
        QVERIFY2(hatched >= int(m_tooFew.size()) - 1,
            qPrintable(QStringLiteral("%1 of %2").arg(hatched).arg(m_tooFew.size())));
    }

    void everyGridIsLabelledOnAFullHdMap() { QCOMPARE(labelledUnits(), 42); }

    void unitAtFindsTheGrid()
    {
        const QgsCoordinateReferenceSystem lonLat = QgsCoordinateReferenceSystem::fromEpsgId(4490);
        for (const Grid &g : qAsConst(m_grids))
            QCOMPARE(m_theme->unitAt(g.inside, lonLat), g.code);
        // In the map's own CRS too.
        const QgsCoordinateTransform ct(lonLat, m_layers->displayCrs(), QgsProject::instance()->transformContext());
        QCOMPARE(m_theme->unitAt(ct.transform(m_grids[7].inside), m_layers->displayCrs()), m_grids[7].code);
        // Outside the township.
        const QgsRectangle ext = m_layers->fullExtent();
        QCOMPARE(
            m_theme->unitAt(QgsPointXY(ext.xMinimum() + 1, ext.yMinimum() + 1), m_layers->displayCrs()), QString());
    }

    void clickingTheMapPicksTheUnit()
    {
        QgsMapCanvas canvas;
        canvas.resize(1000, 700);
        canvas.setDestinationCrs(m_layers->displayCrs());
        canvas.setLayers(QgsProject::instance()->layerTreeRoot()->layerOrder());
        canvas.setExtent(m_layers->fullExtent());
        canvas.show();
        QVERIFY(QTest::qWaitForWindowExposed(&canvas));
        map::UnitPickTool tool(&canvas, m_theme.get());
        canvas.setMapTool(&tool);
        QSignalSpy clicked(&tool, &map::UnitPickTool::unitClicked);
        const QgsCoordinateTransform ct(QgsCoordinateReferenceSystem::fromEpsgId(4490), m_layers->displayCrs(),
            QgsProject::instance()->transformContext());
        const Grid &g = grid(m_top);
        const QgsPointXY screen = canvas.getCoordinateTransform()->transform(ct.transform(g.inside));
        QTest::mouseClick(canvas.viewport(), Qt::LeftButton, Qt::NoModifier, QPoint(int(screen.x()), int(screen.y())));
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.first().first().toString(), m_top);
        // Hidden, the theme answers no clicks.
        m_theme->hide();
        QTest::mouseClick(canvas.viewport(), Qt::LeftButton, Qt::NoModifier, QPoint(int(screen.x()), int(screen.y())));
        QCOMPARE(clicked.count(), 1);
        m_theme->show();
        canvas.unsetMapTool(&tool);
    }

    void communitiesAreALevel()
    {
        QgsFeatureIterator it = m_layers->communities()->getFeatures();
        QgsFeature f;
        QVector<map::UnitKpiValue> values;
        QgsPointXY inside;
        QString first;
        while (it.nextFeature(f)) {
            const QString code = f.attribute(QStringLiteral("code")).toString();
            values << map::UnitKpiValue { code, 0.5 + values.size(), true, true };
            if (first.isEmpty()) {
                first = code;
                inside = f.geometry().poleOfInaccessibility(1e-6).asPoint();
            }
        }
        map::KpiChoroplethOptions options = m_theme->options();
        options.level = AdminLevel::Community;
        options.method = map::ClassificationMethod::EqualInterval;
        options.classes = 3;
        QSignalSpy ready(m_theme.get(), &map::KpiChoroplethTheme::ready);
        m_theme->setOptions(options);
        m_theme->setValues(values);
        QVERIFY(ready.wait(20000));
        waitUntilReady();
        QCOMPARE(m_theme->layer()->featureCount(), 14L);
        QCOMPARE(m_theme->classes().count(), 3);
        QCOMPARE(m_theme->unitAt(inside, QgsCoordinateReferenceSystem::fromEpsgId(4490)), first);
        QVERIFY(!m_layers->communities()->labelsEnabled()); // the theme's labels name them
        QCOMPARE(labelledUnits(), 14);
        QgsMapSettings picture = test::consoleMapSettings(*m_layers, QSize(1920, 1080));
        picture.setLayers(QgsProject::instance()->layerTreeRoot()->layerOrder());
        QVERIFY(render(picture).save(QStringLiteral(GRIDDESK_BINARY_DIR "/kpi_choropleth_communities_1920x1080.png")));
        QVERIFY(!m_layers->grids()->labelsEnabled()); // their name boxes would litter the communities
        options.level = AdminLevel::Grid;
        options.method = map::ClassificationMethod::Quantile;
        options.classes = 5;
        m_theme->setOptions(options);
        m_theme->setValues(m_values);
        QVERIFY(ready.wait(20000));
        waitUntilReady();
        QCOMPARE(m_theme->layer()->featureCount(), 42L);
        QVERIFY(!m_layers->communities()->labelsEnabled()); // grid names name their community
        QVERIFY(!m_layers->grids()->labelsEnabled());
    }

    void figuresAreWrittenOnlyWhereChanged()
    {
        QgsVectorLayerFeatureSource source(m_layers->grids());
        map::ChoroplethUnitLayer units(
            map::ChoroplethUnitLayer::create(map::ChoroplethUnitLayer::read(&source), m_layers->grids()->crs()));
        QgsVectorLayer *layer = units.layer();
        using Figure = map::ChoroplethUnitLayer::Figure;
        const Figure none { QVariant(), QString(), false, QStringLiteral("none") };
        QHash<QString, Figure> figures;
        for (const Grid &g : qAsConst(m_grids))
            figures.insert(g.code, Figure { 1.0, QStringLiteral("1"), true, QStringLiteral("1") });
        QCOMPARE(units.write(figures, none), 42);
        QCOMPARE(units.write(figures, none), 0);
        figures[m_grids[3].code].value = 2.0;
        QCOMPARE(units.write(figures, none), 1);
        figures.remove(m_grids[4].code);
        QCOMPARE(units.write(figures, none), 1);
        QgsFeature f;
        layer
            ->getFeatures(
                QgsFeatureRequest().setFilterExpression(QStringLiteral("\"code\" = '%1'").arg(m_grids[3].code)))
            .nextFeature(f);
        QCOMPARE(f.attribute(QStringLiteral("value")).toDouble(), 2.0);
    }

    // A district's 15,000 grids of 50 vertices: a new KPI writes only the
    // figures that changed. Prints the times; asserts only what was written.
    void fifteenThousandGrids()
    {
        QgsFeatureList grids;
        const QgsFields fields = map::ChoroplethUnitLayer::fields();
        for (int i = 0; i < 15000; ++i) {
            const double x = (i % 150) * 0.01, y = (i / 150) * 0.01;
            QgsPolylineXY ring;
            for (int k = 0; k <= 50; ++k) {
                const double a = 2 * M_PI * k / 50;
                ring << QgsPointXY(x + 0.005 * std::cos(a), y + 0.005 * std::sin(a));
            }
            QgsFeature f(fields);
            f.setGeometry(QgsGeometry::fromPolygonXY({ ring }));
            f.setAttribute(0, QStringLiteral("G%1").arg(i));
            f.setAttribute(6, QStringLiteral("none"));
            grids << f;
        }
        QElapsedTimer timer;
        timer.start();
        map::ChoroplethUnitLayer units(
            map::ChoroplethUnitLayer::create(grids, QgsCoordinateReferenceSystem::fromEpsgId(4490)));
        QgsVectorLayer *layer = units.layer();
        const qint64 built = timer.restart();
        using Figure = map::ChoroplethUnitLayer::Figure;
        QHash<QString, Figure> figures;
        QList<double> values;
        for (int i = 0; i < 15000; ++i) {
            const double v = (i * 7919) % 1000 / 10.0;
            values << v;
            figures.insert(QStringLiteral("G%1").arg(i), Figure { v, QString::number(v), true, QStringLiteral("1") });
        }
        map::KpiChoroplethOptions options;
        const map::ChoroplethClasses classes = map::ChoroplethClasses::compute(values, options);
        const qint64 classed = timer.restart();
        const map::ChoroplethUnitLayer::Changes all = map::ChoroplethUnitLayer::plan(units.state(), figures, Figure {});
        const qint64 planned = timer.restart();
        units.apply(all);
        const qint64 applied = timer.restart();
        QCOMPARE(all.attributes.size(), 15000);
        for (int i = 0; i < 15000; i += 100)
            figures[QStringLiteral("G%1").arg(i)].value = -1.0;
        QCOMPARE(units.write(figures, Figure {}), 150);
        const qint64 smallWrite = timer.restart();
        QCOMPARE(classes.count(), 5);
        QCOMPARE(layer->featureCount(), 15000L);
        QgsFeature f;
        layer->getFeatures(QgsFeatureRequest().setFilterExpression(QStringLiteral("\"code\" = 'G100'"))).nextFeature(f);
        QCOMPARE(f.attribute(QStringLiteral("value")).toDouble(), -1.0);
        qInfo("15,000 grids: on a worker thread, copied into the layer %lld ms, quantile classes %lld ms, every "
              "figure planned %lld ms; on the GUI thread, every figure written %lld ms, 150 changed figures %lld ms",
            built, classed, planned, applied, smallWrite);
    }

    void hidingRestoresTheNormalMap()
    {
        m_theme->hide();
        QVERIFY(!QgsProject::instance()->layerTreeRoot()->findLayer(m_theme->layer()));
        QVERIFY(!QgsProject::instance()->mapLayer(m_theme->layer()->id()));
        QVERIFY(m_layers->grids()->labelsEnabled());
        QVERIFY(m_layers->communities()->labelsEnabled());
        QgsMapSettings labelled = m_settings;
        labelled.setLayers(QgsProject::instance()->layerTreeRoot()->layerOrder());
        const QImage normal = render(labelled);
        m_theme->show();
        labelled.setLayers(QgsProject::instance()->layerTreeRoot()->layerOrder());
        QVERIFY(render(labelled) != normal);
        m_theme->hide();
        labelled.setLayers(QgsProject::instance()->layerTreeRoot()->layerOrder());
        QCOMPARE(render(labelled), normal);
        m_theme->show();
    }

    // Not a check: the picture to look at, and a sample layer to open in
    // QGIS Desktop when editing maps/kpi_choropleth.qml.
    void writePictureAndSample()
    {
        QgsMapSettings s = m_settings;
        s.setOutputSize(QSize(1920, 1080));
        s.setExtent(m_layers->fullExtent());
        s.setLayers(QgsProject::instance()->layerTreeRoot()->layerOrder());
        QVERIFY(render(s).save(QStringLiteral(GRIDDESK_BINARY_DIR "/kpi_choropleth_1920x1080.png")));
        QgsVectorFileWriter::SaveVectorOptions options;
        options.driverName = QStringLiteral("GPKG");
        options.layerName = QStringLiteral("kpi_choropleth");
        QString error;
        const auto rc = QgsVectorFileWriter::writeAsVectorFormatV3(m_theme->layer(),
            QStringLiteral(GRIDDESK_BINARY_DIR "/kpi_choropleth_sample.gpkg"),
            QgsProject::instance()->transformContext(), options, &error);
        QVERIFY2(rc == QgsVectorFileWriter::NoError, qPrintable(error));
    }

    void cleanupTestCase()
    {
        m_theme.reset();
        QgsProject::instance()->clear();
        m_layers.release(); // the project owned and deleted its layers
    }
};

GRIDDESK_QGIS_TEST_MAIN(TestKpiChoropleth, griddesk::map::initResources)
#include "test_kpi_choropleth.moc"
