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

class QgsMapLayer;
class QgsVectorLayer;

namespace griddesk::map {

class AreaTotalsLayer : public QObject
{
    Q_OBJECT

public:
    // `units`: the communities and townships with their boundaries, and the
    // grids (codes and parents are enough).
    explicit AreaTotalsLayer(const QVector<AdminUnit> &units, QObject *parent = nullptr);
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
    // Puts these units' figures on the map (only those that differ).
    // `casesOnly`: the open and overdue figures alone can have moved.
    int show(const QHash<QString, GridTotals> &units, bool casesOnly);

    QgsVectorLayer *m_layers[2] = {nullptr, nullptr};
    QHash<QString, QString> m_parent;               // grid → community → township
    QHash<QString, QPair<int, qint64>> m_feature;   // unit code → (layer index, feature id)
    QHash<QString, GridTotals> m_shown;             // unit code → figures on the map
    QHash<QString, GridTotals> m_gridCases;         // grid code → its open and overdue cases in m_shown
    bool m_owned = true;
    std::function<void(QgsMapLayer *)> m_repaint;
};

} // namespace griddesk::map
