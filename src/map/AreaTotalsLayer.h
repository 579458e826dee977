#pragma once
// The grids' totals rolled up to communities and townships, for the map at
// small scales: a memory layer per level with one point per unit (inside its
// boundary) carrying its open and overdue cases, cameras, residents and
// houses, drawn as proportional circles (open cases, with the overdue share
// in red) with the count on top. Each level shows only in its scale band.
// Updates change only the units whose figures changed.

#include "AdminUnit.h"
#include "GridTotals.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <QVector>

#include <qgsfeatureid.h>
#include <qgspointxy.h>

class QgsMapLayer;
class QgsVectorLayer;

namespace griddesk::map {

class AreaTotalsLayer : public QObject
{
    Q_OBJECT

public:
    // Where each unit's totals stand: a point on its surface, by unit code.
    using Places = QHash<QString, QgsPointXY>;
    // The places of these communities and townships (safe on any thread: a
    // city's take some 50 ms, better spent on the worker that read them).
    static Places placesOf(const QVector<AdminUnit> &units);

    // `units`: the communities and townships with their boundaries, and the
    // grids (codes and parents are enough). `places`: from placesOf(), if
    // worked out already; a unit without one has it worked out here.
    explicit AreaTotalsLayer(const QVector<AdminUnit> &units, const Places &places = {}, QObject *parent = nullptr);
    ~AreaTotalsLayer() override;

    QgsVectorLayer *communities() const { return m_layers[0]; }
    QgsVectorLayer *townships() const { return m_layers[1]; }

    // Every figure of every grid (grids not listed hold nothing).
    void setTotals(const QVector<GridTotals> &grids);
    // Only the open and overdue cases; the other figures stay. Returns the
    // number of units whose figures changed (their layers repaint).
    int setOpenCaseTotals(const QVector<GridTotals> &grids);
    // The open and overdue cases of these grids only (grids not listed keep
    // theirs): only their communities and townships change, by the
    // difference. Returns the number of units whose figures changed.
    int updateGridCases(const QVector<GridTotals> &grids);
    // A unit's figures as the map shows them (for tests and the identify tool).
    GridTotals totalsOf(const QString &unitCode) const;

    // Hands the layers' ownership to the caller (a project).
    void releaseLayers() { m_owned = false; }

    // How the layers ask for a repaint (default: triggerRepaint()).
    void setRepaint(std::function<void(QgsMapLayer *)> repaint) { m_repaint = std::move(repaint); }

private:
    int apply(const QVector<GridTotals> &grids, bool casesOnly);
    // Puts these units' figures (by their place in m_units) on the map,
    // only those that differ.
    // `casesOnly`: the open and overdue figures alone can have moved.
    int show(const QHash<int, GridTotals> &units, bool casesOnly);

    struct Unit {
        QString code;
        int layer = 0; // 0 communities, 1 townships
        QgsFeatureId fid = 0;
        GridTotals shown; // its figures on the map
    };
    QgsVectorLayer *m_layers[2] = {nullptr, nullptr};
    QVector<Unit> m_units;
    QHash<QString, int> m_unitAt;               // unit code → its place in m_units
    QHash<QString, QVector<int>> m_unitsOfGrid; // grid code → its community's and township's places
    QHash<QString, GridTotals> m_gridCases;     // grid code → its open and overdue cases in the units' figures
    bool m_owned = true;
    std::function<void(QgsMapLayer *)> m_repaint;
};

} // namespace griddesk::map
