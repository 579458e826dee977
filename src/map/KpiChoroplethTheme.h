#pragma once
// The KPI choropleth theme: grids or communities coloured in classes of one
// KPI's figures (QGIS's quantile, Jenks or equal-interval classes), units with
// too few cases hatched and units with no figure shown as such. It sits in the
// layer panel above the grids and below cameras and incidents while shown, and
// hiding it restores the normal map. Its look is maps/kpi_choropleth.qml.

#include "ChoroplethClasses.h"
#include "KpiChoroplethStyle.h"
#include "KpiChoroplethTypes.h"

#include <QObject>
#include <QPointer>
#include <QVector>

#include <qgscoordinatereferencesystem.h>

#include <memory>

class QgsPointXY;
class QgsProject;
class QgsVectorLayer;

namespace griddesk::map {

class ChoroplethUnitLayer;
class ConsoleLayers;

class KpiChoroplethTheme : public QObject
{
    Q_OBJECT

public:
    // The units come from `layers` (grids or communities, already scoped to
    // the signed-in person); the layer goes into `project`'s layer tree.
    KpiChoroplethTheme(ConsoleLayers *layers, QgsProject *project, QObject *parent = nullptr);
    ~KpiChoroplethTheme() override;

    // A new level re-reads the units' shapes on a worker thread (ready() says
    // when they are in). Anything else, and new figures, only reclass and
    // recolour, also on a worker thread (legendChanged() says when the map has them).
    void setOptions(const KpiChoroplethOptions &options);
    KpiChoroplethOptions options() const { return m_options; }
    // The figures per unit code; units not named show as having no value.
    void setValues(const QVector<UnitKpiValue> &values);

    void show();
    void hide();
    bool isShown() const { return m_wantShown; }
    // The units of the current level are read and the layer exists.
    bool isReady() const;
    // New figures or options are being classed on a worker thread; classes(),
    // legend() and the map follow with legendChanged().
    bool isUpdating() const { return m_updating; }
    // Re-reads the units' shapes and names (after the hierarchy changed).
    void reloadUnits();

    // Null until ready.
    QgsVectorLayer *layer() const;
    const ChoroplethClasses &classes() const { return m_classes; }
    // Classes, then "Too few cases" and "No value" when some unit is.
    QVector<KpiLegendEntry> legend() const { return m_legend; }
    // The code of the unit of the current level at `point` (given in `crs`),
    // or an empty string.
    QString unitAt(const QgsPointXY &point, const QgsCoordinateReferenceSystem &crs) const;
    // Why the theme cannot show (empty when it can).
    QString errorMessage() const { return m_error; }

    struct Recolouring;

Q_SIGNALS:
    // The units of the level are read (colours follow with legendChanged()).
    void ready();
    // New classes, colours and legend are on the map (and the layer is in the
    // project if show() was asked for).
    void legendChanged();

private:
    QgsVectorLayer *sourceLayer() const;
    bool haveUnits();
    QString layerName() const;
    void readUnits();
    void unitsRead(const std::shared_ptr<ChoroplethUnitLayer> &units);
    void recolour();
    void recoloured(const Recolouring &result);
    void attach();
    void detach();
    void dropLayer();

    ConsoleLayers *m_layers;
    QgsProject *m_project;
    KpiChoroplethOptions m_options;
    QVector<UnitKpiValue> m_values;
    bool m_wantShown = false;
    bool m_attached = false;
    QPointer<QgsVectorLayer> m_layer;
    std::shared_ptr<ChoroplethUnitLayer> m_units;
    KpiChoroplethStyle m_style;
    ChoroplethClasses m_classes;
    QVector<KpiLegendEntry> m_legend;
    QString m_error;
    // Layers whose own labels give way to the theme's while shown, with
    // whether they were labelled before.
    QList<QPair<QPointer<QgsVectorLayer>, bool>> m_quieted;
    int m_generation = 0;
    int m_recolourGeneration = 0;
    bool m_updating = false;
};

} // namespace griddesk::map
