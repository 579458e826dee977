#include "StaffingTheme.h"
#include "ChoroplethUnitLayer.h"
#include "ConsoleLayers.h"
#include "StaffingText.h"
#include "ThemePlacement.h"

#include <QFutureWatcher>
#include <QThread>
#include <QtConcurrent>

#include <qgscategorizedsymbolrenderer.h>
#include <qgsfillsymbol.h>
#include <qgsproject.h>
#include <qgssymbollayerutils.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerfeatureiterator.h>

namespace griddesk::map {

namespace {

const StaffingState kStates[] = {StaffingState::Ok, StaffingState::UnderStaffed, StaffingState::NoManager,
                                 StaffingState::OverStaffed};

QgsFillSymbol *fill(const QColor &colour)
{
    QColor translucent = colour;
    translucent.setAlpha(150);
    return QgsFillSymbol::createSimple({{QStringLiteral("color"), QgsSymbolLayerUtils::encodeColor(translucent)},
                                        {QStringLiteral("outline_color"), QStringLiteral("90,90,90,200")},
                                        {QStringLiteral("outline_width"), QStringLiteral("0.3")}});
}

// Each grid's class from its staffing state, and the class of a grid with none.
QHash<QString, ChoroplethUnitLayer::Figure> figuresOf(const QHash<QString, StaffingState> &states)
{
    QHash<QString, ChoroplethUnitLayer::Figure> figures;
    for (auto it = states.cbegin(); it != states.cend(); ++it)
        figures.insert(it.key(), ChoroplethUnitLayer::Figure{QVariant(), StaffingText::stateName(it.value()), true,
                                                             staffingstate::code(it.value())});
    return figures;
}

ChoroplethUnitLayer::Figure unstaffed()
{
    return ChoroplethUnitLayer::Figure{QVariant(), QString(), false, StaffingTheme::noStaffClass()};
}

} // namespace

StaffingTheme::StaffingTheme(ConsoleLayers *layers, QgsProject *project, QObject *parent)
    : QObject(parent)
    , m_layers(layers)
    , m_project(project)
{
}

StaffingTheme::~StaffingTheme()
{
    detach();
    m_units.reset();
    delete m_layer.data();
}

QColor StaffingTheme::colour(StaffingState state)
{
    switch (state) {
    case StaffingState::Ok: return QColor(QStringLiteral("#a6d96a")); // quiet: the breaches stand out
    case StaffingState::UnderStaffed: return QColor(QStringLiteral("#f1a340"));
    case StaffingState::NoManager: return QColor(QStringLiteral("#d7191c"));
    case StaffingState::OverStaffed: return QColor(QStringLiteral("#5e3c99"));
    }
    return Qt::gray;
}

QgsVectorLayer *StaffingTheme::layer() const
{
    return m_units ? m_layer.data() : nullptr;
}

void StaffingTheme::setStates(const QHash<QString, StaffingState> &states)
{
    m_states = states;
    ++m_statesVersion;
    if (m_units)
        recolour();
    else if (m_generation == 0)
        readUnits();
}

void StaffingTheme::show()
{
    m_wantShown = true;
    if (m_units)
        attach();
    else if (m_generation == 0)
        readUnits();
}

void StaffingTheme::hide()
{
    m_wantShown = false;
    detach();
}

void StaffingTheme::reloadUnits()
{
    readUnits();
}

void StaffingTheme::readUnits()
{
    QgsVectorLayer *grids = m_layers->grids();
    if (!grids || !grids->isValid())
        return;
    if (m_layers->isFiling(grids)) { // part of the grids for now: read once all are in
        const int waiting = ++m_generation;
        m_layers->whenWhole(grids, this, [this, waiting] {
            if (waiting == m_generation)
                readUnits();
        });
        return;
    }
    const int generation = ++m_generation;
    const int statesVersion = m_statesVersion;
    // A snapshot taken here; the worker reads only that (a district's grids
    // take a few hundred milliseconds).
    auto snapshot = std::make_shared<QgsVectorLayerFeatureSource>(grids);
    const QgsCoordinateReferenceSystem crs = grids->crs();
    QThread *gui = thread();
    using Result = std::shared_ptr<ChoroplethUnitLayer>;
    auto *watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, statesVersion] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        const bool wasAttached = m_attached;
        detach();
        delete m_layer.data();
        m_units = watcher->result();
        m_layer = m_units->releaseLayer();
        m_layer->setObjectName(QStringLiteral("layer_staffing"));
        m_layer->setName(tr("Grid staffing"));
        auto *renderer = new QgsCategorizedSymbolRenderer(QStringLiteral("class"));
        for (StaffingState state : kStates)
            renderer->addCategory(QgsRendererCategory(staffingstate::code(state), fill(colour(state)),
                                                      StaffingText::stateName(state)));
        renderer->addCategory(QgsRendererCategory(noStaffClass(), fill(QColor(200, 200, 200)), tr("No staffing data")));
        m_layer->setRenderer(renderer);
        // The worker coloured the grids with the states of its start: only
        // states set since then are written again (a city's 15,000 grids
        // took tens of milliseconds of the GUI thread to compare).
        if (statesVersion == m_statesVersion)
            showClasses();
        else
            recolour();
        if (m_wantShown || wasAttached)
            attach();
    });
    // The grids' classes are written on the worker too; recolour() then
    // finds nothing to change unless the states moved meanwhile.
    watcher->setFuture(QtConcurrent::run([snapshot, crs, gui, figures = figuresOf(m_states)] {
        return ChoroplethUnitLayer::build(snapshot.get(), crs, gui, figures, unstaffed());
    }));
}

void StaffingTheme::recolour()
{
    m_units->write(figuresOf(m_states), unstaffed());
    showClasses();
}

void StaffingTheme::showClasses()
{
    const QHash<QString, int> counts = ChoroplethUnitLayer::unitsPerClass(m_units->state());
    m_legend.clear();
    for (StaffingState state : kStates) {
        KpiLegendEntry e;
        e.label = StaffingText::stateName(state);
        e.colour = colour(state);
        e.units = counts.value(staffingstate::code(state));
        m_legend << e;
    }
    if (counts.value(noStaffClass()) > 0) {
        KpiLegendEntry e;
        e.kind = KpiLegendEntry::Kind::NoValue;
        e.label = tr("No staffing data");
        e.colour = QColor(200, 200, 200);
        e.units = counts.value(noStaffClass());
        m_legend << e;
    }
    m_layer->triggerRepaint();
    Q_EMIT legendChanged();
}

QString StaffingTheme::classOf(const QString &gridCode) const
{
    if (!m_units || !m_units->contains(gridCode))
        return {};
    return m_units->state().value(gridCode).figure.unitClass;
}

void StaffingTheme::attach()
{
    if (m_attached || !m_layer)
        return;
    themeplacement::insertAboveGrids(m_project, *m_layers, m_layer);
    m_attached = true;
}

void StaffingTheme::detach()
{
    if (!m_attached)
        return;
    m_attached = false;
    if (m_layer && m_project->mapLayer(m_layer->id()) == m_layer)
        m_project->takeMapLayer(m_layer);
}

} // namespace griddesk::map
