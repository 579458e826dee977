#pragma once
// The two layers a meeting slide draws over the console's map: the item's
// cases as rings that stand out on any symbol and tint, and the outlines of
// the units it concerns. Memory layers in EPSG:4490, owned here; the units'
// shapes are read from the console's own unit layers.
//
// Beside them, copies of the console's community and grid layers that always
// name their units: the console's own may be quieted by a KPI theme of the
// moment, which a slide or a meeting pack must not follow.

#include "GeoTypes.h"

#include <QStringList>
#include <QVector>

#include <memory>

#include <qgsrectangle.h>

class QgsVectorLayer;

namespace griddesk::map {

class ConsoleLayers;

class ItemHighlightLayers
{
public:
    explicit ItemHighlightLayers(const ConsoleLayers &console);
    ~ItemHighlightLayers();

    // Replaces what is highlighted: the cases' places and the units' outlines
    // (grid, community or township codes; unknown codes are left out).
    void setItem(const QVector<GeoPoint> &cases, const QStringList &unitCodes);

    QgsVectorLayer *cases() const { return m_cases.get(); }
    QgsVectorLayer *units() const { return m_units.get(); }
    QgsVectorLayer *communities() const { return m_communities.get(); }
    QgsVectorLayer *grids() const { return m_grids.get(); }
    int caseCount() const;
    int unitCount() const;
    // What both layers cover, in EPSG:4490 (empty when nothing is highlighted).
    GeoBounds bounds() const;

private:
    const ConsoleLayers &m_console;
    std::unique_ptr<QgsVectorLayer> m_cases;
    std::unique_ptr<QgsVectorLayer> m_units;
    std::unique_ptr<QgsVectorLayer> m_communities;
    std::unique_ptr<QgsVectorLayer> m_grids;
};

} // namespace griddesk::map
