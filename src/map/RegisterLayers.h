#pragma once
// The registers on the map, in a "Registers" group of the layer panel:
// houses (footprints and points), disputes, key persons and organisations,
// read through QGIS's providers from the register tables (on a server
// through the non-personal columns only, which the row-level security
// limits to the reader's grids). Residents are not drawn one by one; their
// houses are. The group follows the change feed, and the caller sets the
// disputes that repeat and the key persons overdue for a visit (the store
// decides both).

#include "RegisterKind.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

class QgsLayerTreeGroup;
class QgsProject;
class QgsVectorLayer;

namespace griddesk {
class ChangeWatcher;
}

namespace griddesk::map {

class ConsoleLayers;

class RegisterLayers : public QObject
{
    Q_OBJECT

public:
    // `between` runs after each layer is made (each opens the data once).
    RegisterLayers(ConsoleLayers *layers, ChangeWatcher *watcher, QgsProject *project, QObject *parent = nullptr,
                   const std::function<void()> &between = {});
    ~RegisterLayers() override;

    // The registers drawn, in the panel's order.
    static const QVector<RegisterKind> &kinds();
    // Null for a register that is not drawn or could not be read.
    QgsVectorLayer *layer(RegisterKind kind) const { return m_points.value(int(kind)); }
    QgsVectorLayer *footprints() const { return m_footprints; }
    QList<QgsVectorLayer *> allLayers() const;
    QgsLayerTreeGroup *group() const { return m_group; }

    void setShown(bool shown);
    bool isShown() const;
    void setMarked(RegisterKind kind, const QSet<qint64> &ids);
    QSet<qint64> marked(RegisterKind kind) const { return m_marked.value(int(kind)); }
    // Re-reads the tables (the change feed calls this for the tables it names).
    void refreshTables(const QSet<QString> &tables);
    // The register tables among those a change names. An import's batch row
    // (register_imports) stands for every register: a GeoPackage import puts
    // only that row in the feed, not the thousands it wrote.
    static QSet<QString> changedRegisters(const QSet<QString> &tables);

Q_SIGNALS:
    void shownChanged(bool shown);

private:
    QgsVectorLayer *makeLayer(RegisterKind kind, bool footprints);

    ConsoleLayers *m_layers;
    QPointer<QgsProject> m_project;
    QgsLayerTreeGroup *m_group = nullptr;
    QHash<int, QgsVectorLayer *> m_points;
    QgsVectorLayer *m_footprints = nullptr;
    QHash<int, QSet<qint64>> m_marked;
};

} // namespace griddesk::map
