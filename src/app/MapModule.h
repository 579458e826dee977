#pragma once
// The map: the canvas in the centre, the layer panel with its legend, the
// navigation tools, scale bar, north arrow and the coordinate/scale read-outs.

#include "FeatureModule.h"

class QgsLayerTreeMapCanvasBridge;
class QgsLayerTreeView;
class QgsMapTool;
class QAction;

namespace griddesk::app {

class ConsoleSession;

class MapModule : public FeatureModule
{
    Q_OBJECT

public:
    MapModule(ConsoleSession &session, QObject *parent = nullptr);
    void install(ModuleHost &host) override;

    QgsLayerTreeView *layerTreeView() const { return m_view; }
    QAction *panAction() const { return m_pan; }

private:
    QAction *makeToolAction(const QString &objectName, const QString &icon, const QString &text,
                            const QKeySequence &shortcut, QgsMapTool *tool);

    ConsoleSession &m_session;
    QgsLayerTreeView *m_view = nullptr;
    QgsLayerTreeMapCanvasBridge *m_bridge = nullptr;
    QAction *m_pan = nullptr;
};

} // namespace griddesk::app
