// Plain labels (one line of text, with or without the styles' rectangular
// background) are painted by PlainLabelProvider as QGIS's text renderer
// paints them in its "always text" format: the same pixels, where QGIS placed
// them. Anything else is QGIS's own painting.
#include "LayerStyles.h"
#include "MapResources.h"
#include "PlainLabelProvider.h"
#include "PlainLabeling.h"
#include "QgisTestMain.h"

#include <QImage>

#include <qgsfeature.h>
#include <qgsgeometry.h>
#include <qgslabelingresults.h>
#include <qgsmaprendererparalleljob.h>
#include <qgsmaprenderersequentialjob.h>
#include <qgspallabeling.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerlabeling.h>

using namespace griddesk;

namespace {

const QStringList kNames{QStringLiteral("石臼街道东港社区"), QStringLiteral("后村村民委员会"), QStringLiteral("金港社区居委会"),
                         QStringLiteral("Xincun 3rd"),       QStringLiteral("涛雒镇"),          QStringLiteral("北京路社区")};

// A 3 × 2 block of square communities in EPSG:3857, named from kNames, with
// the console's communities style.
QgsVectorLayer *communities()
{
    auto *layer = new QgsVectorLayer(QStringLiteral("MultiPolygon?crs=EPSG:3857&field=code:string&field=name:string&field="
                                                    "short_name:string&field=parent_code:string&field=level:integer"),
                                     QStringLiteral("communities"), QStringLiteral("memory"));
    QgsFeatureList features;
    for (int i = 0; i < kNames.size(); ++i) {
        const double x = (i % 3) * 4000.0, y = (i / 3) * 4000.0;
        QgsFeature f(layer->fields());
        f.setAttributes(QgsAttributes() << QStringLiteral("3711020010%1").arg(i + 10) << kNames[i] << kNames[i]
                                        << QStringLiteral("371102001000") << 5);
        f.setGeometry(QgsGeometry::fromWkt(QStringLiteral("MultiPolygon(((%1 %2, %3 %2, %3 %4, %1 %4, %1 %2)))")
                                               .arg(x)
                                               .arg(y)
                                               .arg(x + 4000)
                                               .arg(y + 4000)));
        features << f;
    }
    layer->dataProvider()->addFeatures(features);
    layer->updateExtents();
    return layer;
}

QImage render(QgsVectorLayer *layer, Qgis::TextRenderFormat format, std::unique_ptr<QgsLabelingResults> *results = nullptr)
{
    QgsMapSettings s;
    s.setDestinationCrs(layer->crs());
    s.setOutputSize(QSize(900, 600));
    s.setOutputDpi(96);
    s.setBackgroundColor(Qt::white);
    s.setFlag(Qgis::MapSettingsFlag::Antialiasing, true);
    QgsRectangle extent = layer->extent();
    extent.scale(1.05);
    s.setExtent(extent);
    s.setLayers({layer});
    QgsLabelingEngineSettings engine;
    engine.setDefaultTextRenderFormat(format);
    s.setLabelingEngineSettings(engine);
    QgsMapRendererSequentialJob job(s);
    job.start();
    job.waitForFinished();
    if (results)
        results->reset(job.takeLabelingResults());
    return job.renderedImage().convertToFormat(QImage::Format_ARGB32);
}

// Pixels whose colour differs by more than `tolerance` in a channel.
int differing(const QImage &a, const QImage &b, int tolerance = 0)
{
    int n = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            if (std::abs(qRed(p) - qRed(q)) > tolerance || std::abs(qGreen(p) - qGreen(q)) > tolerance
                || std::abs(qBlue(p) - qBlue(q)) > tolerance || std::abs(qAlpha(p) - qAlpha(q)) > tolerance)
                ++n;
        }
    return n;
}

// Each label's text and where it went, in a stable order.
QStringList placements(const QgsLabelingResults &results)
{
    QStringList out;
    for (const QgsLabelPosition &p : results.allLabels())
        out << QStringLiteral("%1 %2 %3 %4 %5")
                   .arg(p.labelText)
                   .arg(p.labelRect.xMinimum(), 0, 'f', 1)
                   .arg(p.labelRect.yMinimum(), 0, 'f', 1)
                   .arg(p.labelRect.xMaximum(), 0, 'f', 1)
                   .arg(p.labelRect.yMaximum(), 0, 'f', 1);
    out.sort();
    return out;
}

} // namespace

class TestPlainLabels : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_layer.reset(communities());
        QString error;
        QVERIFY2(map::applyStyle(m_layer.get(), QStringLiteral("communities"), &error), qPrintable(error));
        m_layer->setLabelsEnabled(true);
        // The scale bands of the style are not what this test is about.
        QgsPalLayerSettings s = m_layer->labeling()->settings();
        s.scaleVisibility = false;
        m_layer->setLabeling(new map::PlainLabeling(s));
    }

    // The styles' simple labelings are painted by the plain provider.
    void stylesGetPlainLabels()
    {
        QVERIFY(dynamic_cast<const map::PlainLabeling *>(m_layer->labeling()));
        QVERIFY(map::PlainLabelProvider::plainSettings(m_layer->labeling()->settings()));
        const std::unique_ptr<QgsAbstractVectorLayerLabeling> copy(m_layer->labeling()->clone());
        QVERIFY(dynamic_cast<const map::PlainLabeling *>(copy.get()));
    }

    // The same pixels as QGIS's own painting, with and without a background.
    void paintsAsQgisDoes_data()
    {
        QTest::addColumn<bool>("background");
        QTest::newRow("with the style's background") << true;
        QTest::newRow("text only") << false;
    }
    void paintsAsQgisDoes()
    {
        QFETCH(bool, background);
        QgsPalLayerSettings s = m_layer->labeling()->settings();
        QgsTextFormat format = s.format();
        QgsTextBackgroundSettings b = format.background();
        QVERIFY(b.enabled()); // the communities style has one
        b.setEnabled(background);
        format.setBackground(b);
        s.setFormat(format);

        m_layer->setLabeling(new map::PlainLabeling(s));
        std::unique_ptr<QgsLabelingResults> plainResults;
        const QImage plain = render(m_layer.get(), Qgis::TextRenderFormat::AlwaysText, &plainResults);
        // Every label was painted here: none went through QGIS's painting,
        // which would have entered it in the results.
        QVERIFY(plainResults->allLabels().isEmpty());
        m_layer->setLabeling(new QgsVectorLayerSimpleLabeling(s));
        std::unique_ptr<QgsLabelingResults> results;
        const QImage qgis = render(m_layer.get(), Qgis::TextRenderFormat::AlwaysText, &results);
        const int placed = results->allLabels().size();
        m_layer->setLabelsEnabled(false);
        const QImage none = render(m_layer.get(), Qgis::TextRenderFormat::AlwaysText);
        m_layer->setLabelsEnabled(true);

        QCOMPARE(placed, kNames.size());
        // The labels are there: many pixels differ from the map without them.
        const int labelPixels = differing(qgis, none);
        QVERIFY2(labelPixels > 1500, qPrintable(QString::number(labelPixels)));
        QVERIFY2(differing(plain, none) > labelPixels * 9 / 10, qPrintable(QString::number(differing(plain, none))));
        // And they are QGIS's pixels (antialiasing aside).
        const int off = differing(plain, qgis, 24);
        QVERIFY2(off <= labelPixels / 200, qPrintable(QStringLiteral("%1 of %2 label pixels differ").arg(off).arg(labelPixels)));
    }

    // What it does not paint, QGIS paints: the very same image.
    void leavesTheRestToQgis_data()
    {
        QTest::addColumn<int>("what");
        QTest::newRow("a buffer") << 0;
        QTest::newRow("two lines") << 1;
        QTest::newRow("outlines, as for a PDF") << 2;
    }
    void leavesTheRestToQgis()
    {
        QFETCH(int, what);
        QgsPalLayerSettings s = m_layer->labeling()->settings();
        Qgis::TextRenderFormat renderFormat = Qgis::TextRenderFormat::AlwaysText;
        if (what == 0) {
            QgsTextFormat format = s.format();
            QgsTextBufferSettings buffer = format.buffer();
            buffer.setEnabled(true);
            format.setBuffer(buffer);
            s.setFormat(format);
            QVERIFY(!map::PlainLabelProvider::plainSettings(s));
        } else if (what == 1) {
            s.isExpression = true;
            s.fieldName = QStringLiteral("\"short_name\" || '\\n' || \"code\"");
        } else {
            renderFormat = Qgis::TextRenderFormat::AlwaysOutlines;
        }
        m_layer->setLabeling(new map::PlainLabeling(s));
        std::unique_ptr<QgsLabelingResults> plainResults;
        const QImage plain = render(m_layer.get(), renderFormat, &plainResults);
        // QGIS painted them, and so entered them in the results.
        QCOMPARE(plainResults->allLabels().size(), kNames.size());
        m_layer->setLabeling(new QgsVectorLayerSimpleLabeling(s));
        std::unique_ptr<QgsLabelingResults> results;
        const QImage qgis = render(m_layer.get(), renderFormat, &results);
        // Placed in the same places...
        QCOMPARE(placements(*plainResults), placements(*results));
        // ...and painted alike. Glyph outlines are not bit-identical from
        // one render to the next: Qt's font engines live per thread, and the
        // job's thread may be a fresh one or one that has drawn text before,
        // which shifts the antialiasing of an edge by a few levels (seen up to
        // 40 of 255 under load). A glyph or a background out of place differs
        // by far more.
        QCOMPARE(differing(plain, qgis, 64), 0);
    }

private:
    std::unique_ptr<QgsVectorLayer> m_layer;
};

GRIDDESK_QGIS_TEST_MAIN(TestPlainLabels, map::initResources)
#include "test_plain_labels.moc"
