#pragma once
// The staffing map theme (网格员配备): each grid coloured by its staffing
// state against the rule (as the rule says, under-staffed, no manager,
// over-staffed; grey when the register says nothing of it), with a legend
// that counts the grids of each state. It sits in the layer panel right
// above the grids while shown; hiding it restores the normal map. The
// states come from the caller (the staffing module reads them from the
// store and again whenever the change feed says the register changed).

#include "KpiChoroplethTypes.h"
#include "StaffingViolation.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>

class QgsProject;
class QgsVectorLayer;

namespace griddesk::map {

class ChoroplethUnitLayer;
class ConsoleLayers;

class StaffingTheme : public QObject
{
    Q_OBJECT

public:
    StaffingTheme(ConsoleLayers *layers, QgsProject *project, QObject *parent = nullptr);
    ~StaffingTheme() override;

    // Each grid's state, by grid code. The grids' shapes are read once, on a
    // worker thread; the colours follow at once when they are in.
    void setStates(const QHash<QString, StaffingState> &states);
    void show();
    void hide();
    bool isShown() const { return m_wantShown; }
    bool isReady() const { return bool(m_units); }
    // Re-reads the grids' shapes (after the grids changed).
    void reloadUnits();

    // Null until ready.
    QgsVectorLayer *layer() const;
    // The value of the layer's "class" field for a grid: a state's code, or
    // "none"; empty when the grid is not on the layer.
    QString classOf(const QString &gridCode) const;
    // One entry per state, in the order of the renderer, with its grids counted.
    QVector<KpiLegendEntry> legend() const { return m_legend; }
    static QColor colour(StaffingState state);
    static QString noStaffClass() { return QStringLiteral("none"); }

Q_SIGNALS:
    // New colours and legend are on the map.
    void legendChanged();

private:
    void readUnits();
    void recolour();
    // The legend's counts from the grids' classes as they are, and a repaint.
    void showClasses();
    void attach();
    void detach();

    ConsoleLayers *m_layers;
    QgsProject *m_project;
    QHash<QString, StaffingState> m_states;
    std::shared_ptr<ChoroplethUnitLayer> m_units;
    QPointer<QgsVectorLayer> m_layer;
    QVector<KpiLegendEntry> m_legend;
    bool m_wantShown = false;
    bool m_attached = false;
    int m_generation = 0;
    int m_statesVersion = 0; // each setStates() counts one; a read knows which it coloured
};

} // namespace griddesk::map
