#include "LiveCaseLayer.h"
#include "CaseMark.h"

#include <QTimer>
#include <QtConcurrent>

#include <qgsfeedback.h>
#include <qgsmemoryproviderutils.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerfeatureiterator.h>

#include <algorithm>
#include <memory>

namespace griddesk::map {

namespace {
QgsFields withMark(QgsFields fields)
{
    fields.append(QgsField(casemark::field(), QVariant::Int));
    return fields;
}
} // namespace

LiveCaseLayer::LiveCaseLayer(QgsVectorLayer *source, const QString &objectName, QObject *parent)
    : QObject(parent)
    , m_source(source)
    , m_layer(QgsMemoryProviderUtils::createMemoryLayer(source->name(), withMark(source->fields()), QgsWkbTypes::Point,
                                                        source->crs()))
{
    m_layer->setObjectName(objectName);
    m_memorySource = m_layer->source();
    m_memoryFields = m_layer->fields();
    m_reading.setObjectName(objectName + QStringLiteral("_read"));
    m_idField = source->fields().indexOf(QStringLiteral("fid"));
    m_gridField = source->fields().indexOf(QStringLiteral("grid_code"));
    m_dueField = source->fields().indexOf(QStringLiteral("due_at"));
    m_warnField = source->fields().indexOf(QStringLiteral("warn_at"));
    m_stateField = source->fields().indexOf(QStringLiteral("state"));
    m_markField = source->fields().size();
    for (int field : {m_idField, m_gridField, m_dueField, m_warnField, m_stateField})
        if (field >= 0)
            m_readFields << field;
    // No spatial index: a render thread would share it with the edits a
    // change makes, and a few thousand points draw as fast without one.
    connect(&m_reading, &QFutureWatcher<Read>::finished, this, &LiveCaseLayer::finishRead);
}

LiveCaseLayer::~LiveCaseLayer()
{
    stop();
    if (m_owned)
        delete m_layer;
    delete m_source;
}

void LiveCaseLayer::stop()
{
    m_stopped = true;
    disconnect(&m_reading, nullptr, this, nullptr);
    cancelRead();
    m_reading.waitForFinished();
}

void LiveCaseLayer::cancelRead()
{
    if (m_cancel)
        m_cancel->cancel();
}

void LiveCaseLayer::reload()
{
    ++m_generation; // what a running read returns belongs to the old subset
    m_fullPending = true;
    m_pending.clear();
    cancelRead(); // the full read that follows reads every case anyway
    if (!m_busy)
        startRead();
}

void LiveCaseLayer::setSubset(const QString &subset)
{
    if (m_source->subsetString() == subset)
        return;
    // The provider must not change under a read: the read under way stops
    // at its next case (its result is dropped: reload() starts a new
    // generation).
    cancelRead();
    m_reading.waitForFinished();
    m_source->setSubsetString(subset);
    reload();
}

void LiveCaseLayer::update(const QSet<qint64> &caseIds)
{
    if (caseIds.isEmpty())
        return;
    if (!m_live && !m_busy && m_layer && !m_stopped) {
        // Too many cases to follow one by one: the provider reads them again
        // at the next draw (the canvas gathers the repaints of a burst).
        m_layer->reload();
        repaint();
        Q_EMIT updated(caseIds);
        return;
    }
    m_pending.unite(caseIds);
    if (!m_busy)
        startRead();
}

QgsFeatureIds LiveCaseLayer::featureIds(const QVector<qint64> &caseIds) const
{
    QgsFeatureIds ids;
    for (qint64 c : caseIds) {
        const auto it = m_byCase.constFind(c);
        if (it != m_byCase.cend())
            ids.insert(*it);
    }
    return ids;
}

qint64 LiveCaseLayer::caseIdOf(const QgsFeature &feature) const
{
    return m_live ? m_caseOf.value(feature.id()) : feature.attribute(QStringLiteral("fid")).toLongLong();
}

void LiveCaseLayer::select(const QVector<qint64> &caseIds)
{
    if (!m_layer)
        return;
    if (caseIds.isEmpty()) {
        m_layer->removeSelection();
    } else if (m_live) {
        m_layer->selectByIds(featureIds(caseIds));
    } else { // by the fid column, which the provider reads with the subset
        QStringList ids;
        for (qint64 id : caseIds)
            ids << QString::number(id);
        m_layer->selectByExpression(QStringLiteral("\"fid\" IN (%1)").arg(ids.join(QLatin1Char(','))));
    }
}

QVector<qint64> LiveCaseLayer::selectedCases() const
{
    QVector<qint64> ids;
    if (!m_layer)
        return ids;
    if (m_live) {
        for (QgsFeatureId f : m_layer->selectedFeatureIds())
            ids << m_caseOf.value(f);
        return ids;
    }
    if (m_layer->selectedFeatureCount() == 0)
        return ids;
    QgsFeatureIterator it = m_layer->getSelectedFeatures(
        QgsFeatureRequest().setFlags(QgsFeatureRequest::NoGeometry).setSubsetOfAttributes(QStringList{QStringLiteral("fid")}, m_layer->fields()));
    QgsFeature f;
    while (it.nextFeature(f))
        ids << f.attribute(QStringLiteral("fid")).toLongLong();
    return ids;
}

qint64 LiveCaseLayer::caseOf(const QgsFeature &f) const
{
    return m_idField >= 0 ? f.attribute(m_idField).toLongLong() : f.id();
}

QVector<GridTotals> LiveCaseLayer::totals(const QDateTime &now) const
{
    // By the grids' own lists: a case's grid code is not hashed again.
    QVector<GridTotals> out;
    out.reserve(m_inGrid.size());
    const qint64 nowMs = now.toMSecsSinceEpoch();
    for (auto it = m_inGrid.cbegin(); it != m_inGrid.cend(); ++it)
        out << gridTotals(it.key(), *it, nowMs);
    return out;
}

QVector<GridTotals> LiveCaseLayer::totals(const QSet<QString> &grids, const QDateTime &now) const
{
    QVector<GridTotals> out;
    out.reserve(grids.size());
    const qint64 nowMs = now.toMSecsSinceEpoch();
    for (const QString &grid : grids)
        out << gridTotals(grid, m_inGrid.value(grid), nowMs);
    return out;
}

GridTotals LiveCaseLayer::gridTotals(const QString &grid, const QSet<qint64> &cases, qint64 nowMs) const
{
    GridTotals t;
    t.gridCode = grid;
    t.openCases = cases.size();
    for (qint64 c : cases) {
        const auto spot = m_spots.constFind(c);
        if (spot != m_spots.cend() && spot->due < nowMs)
            ++t.overdueCases;
    }
    return t;
}

LiveCaseLayer::Spot LiveCaseLayer::prepare(QgsFeature &f, const QDateTime &now) const
{
    const auto text = [&f](int field) { return field >= 0 ? f.attribute(field).toString() : QString(); };
    const auto time = [&f](int field) {
        const QDateTime t = field >= 0 ? f.attribute(field).toDateTime() : QDateTime();
        return t.isValid() ? t.toMSecsSinceEpoch() : casemark::kNever;
    };
    Spot spot{text(m_gridField), IncidentState::Reported, time(m_warnField), time(m_dueField), 0};
    incidentstate::fromCode(text(m_stateField), &spot.state);
    spot.mark = casemark::of(spot.state, spot.warn, spot.due, now.toMSecsSinceEpoch());
    QgsAttributes values = f.attributes();
    values.resize(m_markField + 1);
    values[m_markField] = spot.mark;
    f.setFields(m_memoryFields, false);
    f.setAttributes(values);
    return spot;
}

void LiveCaseLayer::note(qint64 caseId, Spot spot)
{
    forget(caseId);
    m_inGrid[spot.grid].insert(caseId);
    m_changedGrids.insert(spot.grid);
    m_spots.insert(caseId, std::move(spot));
}

QSet<QString> LiveCaseLayer::refreshMarks(const QDateTime &now)
{
    QSet<QString> overdueMoved;
    if (!m_layer)
        return overdueMoved;
    // A case's overdue state flips when its limit lies between the last
    // call's time and this one (either way, should the clock go back).
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const bool first = !m_marksAt.isValid();
    const qint64 before = first ? nowMs : m_marksAt.toMSecsSinceEpoch();
    const qint64 from = std::min(before, nowMs);
    const qint64 to = std::max(before, nowMs);
    QgsChangedAttributesMap changed;
    for (auto it = m_spots.begin(); it != m_spots.end(); ++it) {
        if (first || (from <= it->due && it->due < to))
            overdueMoved.insert(it->grid);
        const int mark = casemark::of(it->state, it->warn, it->due, nowMs);
        if (mark == it->mark)
            continue;
        it->mark = mark;
        const auto feature = m_byCase.constFind(it.key());
        if (feature != m_byCase.cend())
            changed.insert(*feature, {{m_markField, mark}});
    }
    m_marksAt = now;
    if (changed.isEmpty())
        return overdueMoved;
    m_layer->dataProvider()->changeAttributeValues(changed);
    repaint();
    return overdueMoved;
}

void LiveCaseLayer::repaint()
{
    if (m_repaint)
        m_repaint(m_layer);
    else
        m_layer->triggerRepaint();
}

void LiveCaseLayer::clearCases()
{
    m_byCase.clear();
    m_caseOf.clear();
    m_spots.clear();
    m_inGrid.clear();
}

void LiveCaseLayer::setDataSource(const QString &source, const QString &provider)
{
    QgsDataProvider::ProviderOptions options;
    options.transformContext = m_source->transformContext();
    m_layer->setDataSource(source, m_layer->name(), provider, options, QgsDataProvider::ReadFlags());
}

void LiveCaseLayer::readThroughProvider()
{
    clearCases();
    if (m_live)
        setDataSource(m_source->source(), m_source->providerType());
    if (m_layer->subsetString() != m_source->subsetString())
        m_layer->setSubsetString(m_source->subsetString());
    else
        m_layer->reload();
    if (!m_live)
        return;
    m_live = false;
    Q_EMIT liveChanged(false);
}

void LiveCaseLayer::holdInMemory()
{
    if (m_live)
        return;
    setDataSource(m_memorySource, QStringLiteral("memory"));
    m_live = true;
    Q_EMIT liveChanged(true);
}

void LiveCaseLayer::forget(qint64 caseId)
{
    const auto at = m_spots.constFind(caseId);
    if (at == m_spots.cend())
        return;
    m_changedGrids.insert(at->grid);
    auto grid = m_inGrid.find(at->grid);
    if (grid != m_inGrid.end()) {
        grid->remove(caseId);
        if (grid->isEmpty())
            m_inGrid.erase(grid);
    }
    m_spots.erase(at);
}

void LiveCaseLayer::startRead()
{
    Read read;
    read.generation = m_generation;
    read.full = m_fullPending;
    read.limit = m_limit;
    read.fields = m_readFields;
    read.asked = m_pending;
    m_fullPending = false;
    m_pending.clear();
    if ((!read.full && read.asked.isEmpty()) || m_stopped || !m_layer)
        return;
    m_busy = true;
    // A feature source is a snapshot of the layer's settings, made on the
    // layer's thread and read on another; the provider reads the database as
    // it is when the read starts.
    auto source = std::make_shared<QgsVectorLayerFeatureSource>(m_source);
    m_cancel = std::make_shared<QgsFeedback>();
    m_reading.setFuture(QtConcurrent::run([this, source, read, cancel = m_cancel]() mutable {
        QgsFeatureRequest request;
        request.setFeedback(cancel.get());
        if (!read.fields.isEmpty())
            request.setSubsetOfAttributes(read.fields);
        if (read.full && read.limit > 0)
            request.setLimit(read.limit + 1); // one more tells that the subset holds too many
        if (!read.full) {
            // An expression over the id column, not a list of feature ids:
            // the ogr provider fetches listed ids one by one past the layer's
            // subset, and the subset is what keeps closed and out-of-scope
            // cases away. The expression goes to the database with the subset.
            QStringList ids;
            for (qint64 id : read.asked)
                ids << QString::number(id);
            request.setFilterExpression(QStringLiteral("\"fid\" IN (%1)").arg(ids.join(QLatin1Char(','))));
        }
        QgsFeatureIterator it = source->getFeatures(request);
        QgsFeature f;
        while (!cancel->isCanceled() && it.nextFeature(f))
            read.features << f;
        // Each case's look and place, worked out here rather than on the
        // GUI thread (prepare() reads only what the constructor set).
        if (read.overLimit())
            return read; // too many: drawn through the provider
        const QDateTime now = QDateTime::currentDateTimeUtc();
        read.cases.reserve(read.features.size());
        read.spots.reserve(read.features.size());
        for (QgsFeature &feature : read.features) {
            read.cases << caseOf(feature);
            read.spots << prepare(feature, now);
        }
        return read;
    }));
}

void LiveCaseLayer::finishRead()
{
    Read read = m_reading.result();
    m_busy = false;
    if (m_stopped || !m_layer)
        return;
    if (read.generation != m_generation) {
        startRead();
        return;
    }
    m_changedGrids.clear();
    m_fullRead = read.full;
    if (read.overLimit()) {
        readThroughProvider();
        finish(read.full, {}, true);
        return;
    }
    if (read.full) {
        // Filed a share at a time between the GUI thread's other events:
        // a city's 16,000 cases take some 60 ms to copy into the provider.
        holdInMemory();
        m_layer->dataProvider()->truncate();
        clearCases();
        m_busy = true; // until the last share is in
        m_fill = std::make_shared<Read>(std::move(read));
        m_filled = 0;
        fillSome();
        return;
    }
    if (!m_live) {
        m_layer->reload(); // changes that came while the read ran
        finish(false, read.asked, true);
        return;
    }
    QgsVectorDataProvider *provider = m_layer->dataProvider();
    QgsChangedAttributesMap attributes;
    QgsGeometryMap geometries;
    QgsFeatureList added;
    QVector<qint64> addedCases;
    QSet<qint64> gone = read.asked;
    for (int i = 0; i < read.features.size(); ++i) {
        const QgsFeature &f = read.features[i];
        const qint64 id = read.cases[i];
        gone.remove(id);
        note(id, std::move(read.spots[i]));
        const auto at = m_byCase.constFind(id);
        if (at == m_byCase.cend()) {
            added << f;
            addedCases << id;
            continue;
        }
        QgsAttributeMap values;
        for (int i = 0; i < f.attributes().size(); ++i)
            values.insert(i, f.attribute(i));
        attributes.insert(*at, values);
        geometries.insert(*at, f.geometry());
    }
    QgsFeatureIds removed;
    for (qint64 c : qAsConst(gone)) {
        const auto at = m_byCase.constFind(c);
        if (at == m_byCase.cend())
            continue;
        removed.insert(*at);
        m_caseOf.remove(*at);
        m_byCase.remove(c);
        forget(c);
    }
    if (!removed.isEmpty())
        provider->deleteFeatures(removed);
    if (!attributes.isEmpty())
        provider->changeFeatures(attributes, geometries);
    if (!added.isEmpty()) {
        provider->addFeatures(added, QgsFeatureSink::FastInsert);
        for (int i = 0; i < added.size(); ++i) {
            m_byCase.insert(addedCases[i], added[i].id());
            m_caseOf.insert(added[i].id(), addedCases[i]);
        }
    }
    // None of the cases is the layer's, before or after: nothing to draw.
    finish(false, read.asked, !removed.isEmpty() || !attributes.isEmpty() || !added.isEmpty());
}

void LiveCaseLayer::fillSome()
{
    if (m_stopped || !m_layer || !m_fill)
        return;
    if (m_fill->generation != m_generation) { // a new full read was asked for meanwhile
        m_fill.reset();
        m_busy = false;
        startRead();
        return;
    }
    const Read &read = *m_fill;
    const int end = std::min(int(read.features.size()), m_filled + kFillShare);
    QgsFeatureList share = read.features.mid(m_filled, end - m_filled);
    m_layer->dataProvider()->addFeatures(share, QgsFeatureSink::FastInsert);
    for (int i = m_filled; i < end; ++i) {
        const qint64 c = read.cases[i];
        note(c, read.spots[i]);
        m_byCase.insert(c, share[i - m_filled].id());
        m_caseOf.insert(share[i - m_filled].id(), c);
    }
    m_filled = end;
    if (end < read.features.size()) {
        QTimer::singleShot(kFillGapMs, this, &LiveCaseLayer::fillSome);
        return;
    }
    const std::shared_ptr<Read> done = std::move(m_fill);
    m_busy = false;
    finish(true, QSet<qint64>(done->cases.cbegin(), done->cases.cend()), true);
}

void LiveCaseLayer::finish(bool full, const QSet<qint64> &touched, bool changed)
{
    if (changed) {
        if (m_live)
            m_layer->updateExtents();
        repaint();
    }
    const bool first = full && !m_loaded;
    m_loaded = m_loaded || full;
    if (first)
        Q_EMIT loaded();
    Q_EMIT updated(touched);
    startRead(); // what arrived meanwhile
}

} // namespace griddesk::map
