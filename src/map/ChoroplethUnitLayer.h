#pragma once
// The units of one level (grids or communities) copied into a memory layer
// that carries a KPI figure per unit: code, name, short_name, value,
// value_text, sufficient and class. Figures are written in place, only for
// the units whose figure changed, so a new KPI never re-reads the shapes.

#include <QHash>
#include <QString>

#include <qgscoordinatereferencesystem.h>
#include <qgsfeature.h>

#include <memory>
#include <optional>

class QgsAbstractFeatureSource;
class QgsVectorLayer;
class QThread;

namespace griddesk::map {

class ChoroplethUnitLayer
{
public:
    // What a unit shows; a unit with no figure has class "none".
    struct Figure {
        QVariant value; // double, or null
        QString valueText;
        bool sufficient = false;
        QString unitClass;
        bool operator==(const Figure &o) const
        {
            return unitClass == o.unitClass && value == o.value && sufficient == o.sufficient
                && valueText == o.valueText;
        }
    };

    static QgsFields fields();
    // Reads the units' shapes and names from `source` (a snapshot taken on
    // the GUI thread) into a new layer that then belongs to `thread`, with
    // these figures written first when given (as write() does). Made for a
    // worker thread: a district's grids take a few hundred ms, and a city's
    // 15,000 figures some 60 ms.
    static std::shared_ptr<ChoroplethUnitLayer> build(QgsAbstractFeatureSource *source,
                                                      const QgsCoordinateReferenceSystem &crs, QThread *thread,
                                                      const QHash<QString, Figure> &figures = {},
                                                      const std::optional<Figure> &missing = std::nullopt);
    // The steps of build(): the units, then a memory layer (with a spatial index) over them.
    static QgsFeatureList read(QgsAbstractFeatureSource *source);
    static QgsVectorLayer *create(const QgsFeatureList &units, const QgsCoordinateReferenceSystem &crs);

    // A unit's feature and what it shows now.
    struct Unit {
        QgsFeatureId fid;
        Figure figure;
    };
    using Units = QHash<QString, Unit>; // by code
    // The attribute changes that bring `units` to `figures` (units not named
    // get `missing`), and the units after them. Touches no layer, so it runs
    // on a worker thread over a copy of state().
    struct Changes {
        QgsChangedAttributesMap attributes;
        Units after;
    };
    static Changes plan(Units units, const QHash<QString, Figure> &figures, const Figure &missing);
    // Units per value of the class field.
    static QHash<QString, int> unitsPerClass(const Units &units);

    // Takes `layer` (made by create()) and owns it until releaseLayer().
    explicit ChoroplethUnitLayer(QgsVectorLayer *layer);
    ~ChoroplethUnitLayer();
    QgsVectorLayer *layer() const { return m_layer; }
    // Hands the layer to the caller (for a project); this object keeps writing to it.
    QgsVectorLayer *releaseLayer();
    bool contains(const QString &code) const { return m_units.contains(code); }
    const Units &state() const { return m_units; }
    // Writes planned changes to the layer (GUI thread).
    void apply(const Changes &changes);
    // plan() and apply() at once; returns how many units changed.
    int write(const QHash<QString, Figure> &figures, const Figure &missing);
    // The code of the unit holding `point` (in the layer's CRS), or an empty string.
    QString unitAt(const QgsPointXY &point) const;

private:
    QgsVectorLayer *m_layer;
    std::unique_ptr<QgsVectorLayer> m_owned;
    Units m_units;
};

} // namespace griddesk::map
