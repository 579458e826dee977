#include "HeldAreaLayer.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

#include <qgscoordinatetransform.h>
#include <qgsfeedback.h>
#include <qgsmemoryproviderutils.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerfeatureiterator.h>

namespace griddesk::map {

HeldAreaLayer::HeldAreaLayer(QgsVectorLayer *layer, QObject *parent)
    : QObject(parent)
    , m_layer(layer)
    , m_providerKey(layer->providerType())
    , m_providerSource(layer->source())
    , m_subset(layer->subsetString())
    , m_fields(layer->fields())
    , m_sourceCrs(layer->crs())
    , m_wkbType(layer->wkbType())
{
    m_reading.setObjectName(layer->objectName() + QStringLiteral("_copy"));
    connect(&m_reading, &QFutureWatcher<std::shared_ptr<Copy>>::finished, this, &HeldAreaLayer::finishRead);
}

HeldAreaLayer::~HeldAreaLayer()
{
    stop();
}

void HeldAreaLayer::stop()
{
    m_stopped = true;
    disconnect(&m_reading, nullptr, this, nullptr);
    if (m_cancel)
        m_cancel->cancel();
    m_reading.waitForFinished();
}

void HeldAreaLayer::hold(const QgsCoordinateReferenceSystem &display)
{
    if (m_wanted || !m_layer || !m_layer->isValid())
        return;
    m_wanted = true;
    m_display = display;
    startRead();
}

void HeldAreaLayer::reload()
{
    if (!m_layer)
        return;
    if (!m_held) {
        // Its provider still draws: it drops its cached counts and reads
        // again at the next draw (this layer's cached image only).
        m_layer->reload();
        m_layer->triggerRepaint();
    }
    if (!m_wanted)
        return;
    ++m_generation; // a read under way may have missed the change
    if (m_reading.isRunning() || m_fill) {
        m_again = true;
        return;
    }
    startRead();
}

void HeldAreaLayer::setSubset(const QString &subset)
{
    if (subset == m_subset || !m_layer)
        return;
    m_subset = subset;
    if (!m_held)
        m_layer->setSubsetString(subset); // the provider's own, until the copy is in
    else if (m_source)
        m_source->setSubsetString(subset);
    if (m_wanted)
        reload();
}

QgsVectorLayer *HeldAreaLayer::readable()
{
    if (!m_held)
        return m_layer; // still its provider's
    if (!m_source) {
        // A copy read again needs the provider the layer gave up: a layer of
        // its own, made on the GUI thread as QGIS's providers must be (the
        // ogr provider's handles deadlock when workers make and drop them).
        QgsVectorLayer::LayerOptions options(m_layer->transformContext());
        options.loadDefaultStyle = false;
        m_source.reset(new QgsVectorLayer(m_providerSource, m_layer->name(), m_providerKey, options));
        if (m_source->subsetString() != m_subset)
            m_source->setSubsetString(m_subset);
    }
    return m_source.get();
}

void HeldAreaLayer::startRead()
{
    if (m_stopped)
        return;
    m_again = false;
    m_cancel = std::make_shared<QgsFeedback>();
    QgsVectorLayer *from = readable();
    if (!from || !from->isValid()) {
        qWarning("%s: cannot read %s", qPrintable(m_layer ? m_layer->objectName() : QString()), qPrintable(m_providerSource));
        return;
    }
    // A snapshot taken here (as a render job takes one); the worker reads only that.
    auto snapshot = std::make_shared<QgsVectorLayerFeatureSource>(from);
    const QgsCoordinateTransform toDisplay(m_sourceCrs, m_display, from->transformContext());
    m_reading.setFuture(QtConcurrent::run([snapshot, toDisplay, cancel = m_cancel, generation = m_generation] {
        auto copy = std::make_shared<Copy>();
        copy->generation = generation;
        QgsFeatureRequest request;
        request.setFeedback(cancel.get());
        QgsFeatureIterator it = snapshot->getFeatures(request);
        QgsFeature f;
        while (it.nextFeature(f)) {
            if (cancel->isCanceled())
                return std::shared_ptr<Copy>();
            QgsGeometry g = f.geometry();
            if (!g.isNull()) {
                try {
                    g.transform(toDisplay);
                } catch (const QgsCsException &) {
                    g = QgsGeometry(); // outside the display zone's reach: not drawn
                }
                g.boundingBox(); // worked out here and kept: the provider and its reads ask for it
                f.setGeometry(g);
            }
            // As the new memory provider numbers them (from 1), so that it
            // files them as they are, without copying each one again.
            f.setId(copy->features.size() + 1);
            f.setValid(true);
            copy->features << f;
        }
        return copy;
    }));
}

void HeldAreaLayer::finishRead()
{
    const std::shared_ptr<Copy> copy = m_reading.result();
    if (!copy || m_stopped)
        return; // stopped
    if (m_again || copy->generation != m_generation) {
        startRead(); // a change came while it read
        return;
    }
    if (!m_layer)
        return;
    m_fill = copy;
    Q_EMIT filing(true);
    m_filled = 0;
    m_quietChecks = 0;
    swapWhenQuiet();
}

void HeldAreaLayer::swapWhenQuiet()
{
    if (m_stopped)
        return;
    if (!m_layer || !m_fill) {
        m_fill.reset();
        Q_EMIT filing(false);
        return;
    }
    // The old provider goes with the swap: no render job may still read
    // through it (QGIS 3.22's ogr provider crashes when a provider is
    // dropped while an iterator of its file closes on a render thread).
    // The canvas is frozen from `filing`; the job under way, and any it
    // dropped just before, end within a few milliseconds of each other.
    const bool quiet = !m_quiet || m_quiet();
    m_quietChecks = quiet ? m_quietChecks + 1 : 0;
    if (m_quietChecks < 2) {
        QTimer::singleShot(20, this, &HeldAreaLayer::swapWhenQuiet);
        return;
    }
    // A new memory provider for each copy: nothing edits a provider a job reads.
    const std::unique_ptr<QgsVectorLayer> shape(QgsMemoryProviderUtils::createMemoryLayer(
        m_layer->name(), m_fields, m_wkbType, m_display));
    QgsDataProvider::ProviderOptions options;
    options.transformContext = m_layer->transformContext();
    m_layer->setDataSource(shape->source(), m_layer->name(), QStringLiteral("memory"), options,
                           QgsDataProvider::ReadFlags());
    // A spatial index, filled with the features a share at a time: without
    // one a frame tests every feature's bounding box (a township's view of
    // a city's 15,000 grids or 50,000 cameras: a fifth of their layers'
    // time). The copy is not edited once filed; a render job reading while
    // it is filed shares the index copy-on-write.
    m_layer->dataProvider()->createSpatialIndex();
    QTimer::singleShot(kFillGapMs, this, &HeldAreaLayer::fillSome); // the first share in an event of its own
}

void HeldAreaLayer::fillSome()
{
    if (m_stopped)
        return; // the console is closing: nothing draws again
    if (!m_layer || !m_fill) { // the project let the layer go
        m_fill.reset();
        Q_EMIT filing(false);
        return;
    }
    // Steps of a few hundred features for some 20 ms of the GUI thread, on a
    // slow machine as on a fast one.
    QgsFeatureList &all = m_fill->features;
    QElapsedTimer slice;
    slice.start();
    do {
        const int end = std::min<int>(all.size(), m_filled + kFillStep);
        // Each feature handed over, not shared: the provider numbers and
        // checks the one it keeps without copying it, and the copy's list is
        // not left to free a city's features in one go at the end.
        QgsFeatureList step;
        step.reserve(end - m_filled);
        for (int i = m_filled; i < end; ++i) {
            step << all[i];
            all[i] = QgsFeature();
        }
        m_layer->dataProvider()->addFeatures(step, QgsFeatureSink::FastInsert);
        m_filled = end;
    } while (m_filled < all.size() && slice.elapsed() < kFillSliceMs);
    if (m_filled < all.size()) {
        QTimer::singleShot(kFillGapMs, this, &HeldAreaLayer::fillSome);
        return;
    }
    m_fill.reset();
    m_layer->updateExtents();
    m_held = true;
    // Those who index the layer's features (the snapping's point locators)
    // built their index when the data source changed, from the first share
    // or none: they build it again from the whole copy.
    Q_EMIT m_layer->dataChanged();
    m_layer->triggerRepaint();
    Q_EMIT filing(false);
    Q_EMIT held();
    if (m_again)
        startRead();
}

} // namespace griddesk::map
