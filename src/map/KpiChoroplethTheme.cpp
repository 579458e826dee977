#include "KpiChoroplethTheme.h"
#include "ChoroplethUnitLayer.h"
#include "ConsoleLayers.h"
#include "GridHistoryTheme.h"
#include "MapResources.h"
#include "ThemePlacement.h"

#include <QFutureWatcher>
#include <QLocale>
#include <QThread>
#include <QtConcurrent>

#include <qgscategorizedsymbolrenderer.h>
#include <qgscoordinatetransform.h>
#include <qgslayertree.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerfeatureiterator.h>

#include <algorithm>
#include <cmath>

namespace griddesk::map {

KpiChoroplethTheme::KpiChoroplethTheme(ConsoleLayers *layers, QgsProject *project, QObject *parent)
    : QObject(parent)
    , m_layers(layers)
    , m_project(project)
{
    initResources();
}

KpiChoroplethTheme::~KpiChoroplethTheme()
{
    detach();
    dropLayer();
}

QgsVectorLayer *KpiChoroplethTheme::layer() const
{
    return m_units ? m_layer.data() : nullptr;
}

bool KpiChoroplethTheme::isReady() const
{
    return m_units && m_layer;
}

QgsVectorLayer *KpiChoroplethTheme::sourceLayer() const
{
    return m_options.level == AdminLevel::Community ? m_layers->communities() : m_layers->grids();
}

QString KpiChoroplethTheme::layerName() const
{
    const QString kpi = m_options.title.isEmpty() ? tr("KPI") : m_options.title;
    return m_options.level == AdminLevel::Community ? tr("%1 by community").arg(kpi) : tr("%1 by grid").arg(kpi);
}

void KpiChoroplethTheme::setOptions(const KpiChoroplethOptions &options)
{
    KpiChoroplethOptions next = options;
    if (next.level != AdminLevel::Grid && next.level != AdminLevel::Community) {
        m_error = tr("The KPI map shows grids or communities, not level %1").arg(int(next.level));
        return;
    }
    m_error.clear();
    next.classes = std::clamp(next.classes, 1, 12);
    next.decimals = std::clamp(next.decimals, 0, 6);
    // A read under way for the same level carries on; the options apply once it is in.
    const bool newLevel = next.level != m_options.level || next.unitsOn != m_options.unitsOn
        || (!m_units && m_generation == 0);
    m_options = next;
    if (newLevel)
        readUnits();
    else
        recolour();
}

bool KpiChoroplethTheme::haveUnits()
{
    if (!m_units && m_generation == 0)
        readUnits(); // the first use reads them; what it asked for is done once they are in
    return bool(m_units);
}

void KpiChoroplethTheme::setValues(const QVector<UnitKpiValue> &values)
{
    m_values = values;
    if (haveUnits())
        recolour();
}

void KpiChoroplethTheme::show()
{
    m_wantShown = true;
    if (haveUnits() && !m_updating) // else once the colours are in
        attach();
}

void KpiChoroplethTheme::hide()
{
    m_wantShown = false;
    detach();
}

void KpiChoroplethTheme::reloadUnits()
{
    readUnits();
}

void KpiChoroplethTheme::readUnits()
{
    // A past day's units come from their versions, through a layer that is
    // needed only for the snapshot.
    std::unique_ptr<QgsVectorLayer> past;
    if (m_options.unitsOn.isValid())
        past.reset(m_layers->makeLayer(QStringLiteral("unit_versions"),
                                       GridHistoryTheme::subsetFor(m_options.unitsOn, m_options.level,
                                                                   m_options.level == AdminLevel::Grid
                                                                       ? m_layers->gridScope()
                                                                       : QString()),
                                       layerName(), QStringLiteral("grids")));
    QgsVectorLayer *source = past ? past.get() : sourceLayer();
    if (!source || !source->isValid()) {
        m_error = tr("The units of the KPI map cannot be read");
        return;
    }
    if (!past && m_layers->isFiling(source)) { // part of the units for now: read once all are in
        const int waiting = ++m_generation;
        m_layers->whenWhole(source, this, [this, waiting] {
            if (waiting == m_generation)
                readUnits();
        });
        return;
    }
    const int generation = ++m_generation;
    // A snapshot of the source taken here; the worker reads only that.
    auto snapshot = std::make_shared<QgsVectorLayerFeatureSource>(source);
    const QgsCoordinateReferenceSystem crs = source->crs();
    QThread *gui = thread();
    using Result = std::shared_ptr<ChoroplethUnitLayer>;
    auto *watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_generation) // a newer read supersedes this one
            unitsRead(watcher->result());
    });
    watcher->setFuture(
        QtConcurrent::run([snapshot, crs, gui] { return ChoroplethUnitLayer::build(snapshot.get(), crs, gui); }));
}

void KpiChoroplethTheme::unitsRead(const std::shared_ptr<ChoroplethUnitLayer> &units)
{
    detach();
    dropLayer();
    QgsVectorLayer *layer = units->layer();
    layer->setObjectName(QStringLiteral("layer_kpi_choropleth"));
    QString error;
    if (!m_style.load(layer, &error)) {
        m_error = tr("Map style %1 could not be loaded: %2").arg(QStringLiteral("kpi_choropleth"), error);
        return;
    }
    m_units = units;
    m_layer = units->releaseLayer();
    recolour(); // shows the layer once it is coloured
    Q_EMIT ready();
}

struct KpiChoroplethTheme::Recolouring {
    ChoroplethClasses classes;
    ChoroplethUnitLayer::Changes changes;
    QHash<QString, int> unitsPerClass;
};

namespace {
// The classes of the figures and the units' new attributes. Runs on a worker
// thread over copies, so a district's grids never hold up the GUI.
KpiChoroplethTheme::Recolouring recolourUnits(
    ChoroplethUnitLayer::Units units, const QVector<UnitKpiValue> &values, const KpiChoroplethOptions &options)
{
    using Figure = ChoroplethUnitLayer::Figure;
    QHash<QString, Figure> figures;
    QList<double> classed;
    const QLocale locale;
    for (const UnitKpiValue &v : values) {
        // Figures of units outside the layer (another scope, another level) do not shift the classes.
        if (!units.contains(v.unitCode) || !v.valid || !std::isfinite(v.value))
            continue;
        Figure f;
        f.value = v.value;
        f.sufficient = v.sufficient;
        f.unitClass = KpiChoroplethStyle::tooFewCases();
        if (v.sufficient) {
            f.valueText = locale.toString(v.value, 'f', options.decimals) + options.suffix;
            classed << v.value;
        }
        figures.insert(v.unitCode, f);
    }
    KpiChoroplethTheme::Recolouring out;
    out.classes = ChoroplethClasses::compute(classed, options);
    for (Figure &f : figures)
        if (f.sufficient)
            f.unitClass = QString::number(out.classes.classOf(f.value.toDouble()) + 1);
    out.changes = ChoroplethUnitLayer::plan(
        std::move(units), figures, Figure { QVariant(), QString(), false, KpiChoroplethStyle::noValue() });
    out.unitsPerClass = ChoroplethUnitLayer::unitsPerClass(out.changes.after);
    return out;
}
} // namespace

void KpiChoroplethTheme::recolour()
{
    if (!isReady())
        return;
    const int generation = ++m_recolourGeneration;
    m_updating = true;
    const std::shared_ptr<ChoroplethUnitLayer> units = m_units;
    auto *watcher = new QFutureWatcher<Recolouring>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, units] {
        watcher->deleteLater();
        // Newer figures or options, or another level, supersede these.
        if (generation == m_recolourGeneration && units == m_units && isReady())
            recoloured(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([state = units->state(), values = m_values, options = m_options] {
        return recolourUnits(state, values, options);
    }));
}

void KpiChoroplethTheme::recoloured(const Recolouring &result)
{
    m_updating = false;
    m_units->apply(result.changes);
    m_classes = result.classes;
    QgsCategorizedSymbolRenderer *renderer = m_style.renderer(m_classes, m_options.higherIsBetter);
    m_legend = m_style.legend(*renderer, m_classes, result.unitsPerClass);
    m_layer->setRenderer(renderer);
    m_layer->setName(layerName());
    m_layer->triggerRepaint();
    if (m_wantShown)
        attach();
    Q_EMIT legendChanged();
}

void KpiChoroplethTheme::attach()
{
    if (m_attached || !m_layer)
        return;
    themeplacement::insertAboveGrids(m_project, *m_layers, m_layer);
    // The theme labels its units with name and figure. The plain name labels
    // of the grids and communities would repeat them or crowd them out (a
    // grid's short name already names its community).
    for (QgsVectorLayer *quiet : { m_layers->communities(), m_layers->grids() }) {
        m_quieted << qMakePair(QPointer<QgsVectorLayer>(quiet), quiet->labelsEnabled());
        quiet->setLabelsEnabled(false);
        quiet->triggerRepaint();
    }
    m_attached = true;
}

void KpiChoroplethTheme::detach()
{
    if (!m_attached)
        return;
    m_attached = false;
    for (const auto &[layer, labelled] : qAsConst(m_quieted))
        if (layer) {
            layer->setLabelsEnabled(labelled);
            layer->triggerRepaint();
        }
    m_quieted.clear();
    // Taking the layer back from the project also removes it from the layer tree.
    if (m_layer && m_project->mapLayer(m_layer->id()) == m_layer)
        m_project->takeMapLayer(m_layer);
}

void KpiChoroplethTheme::dropLayer()
{
    m_units.reset();
    // A project cleared while the theme was shown has deleted the layer already.
    delete m_layer.data();
    m_layer.clear();
}

QString KpiChoroplethTheme::unitAt(const QgsPointXY &point, const QgsCoordinateReferenceSystem &crs) const
{
    if (!isReady())
        return {};
    const QgsCoordinateTransform ct(crs, m_layer->crs(), m_project->transformContext());
    try {
        return m_units->unitAt(ct.transform(point));
    } catch (const QgsCsException &) {
        return {};
    }
}

} // namespace griddesk::map
