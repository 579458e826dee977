#include "MapModule.h"
#include "CanvasScaleLayers.h"
#include "ConsoleLayers.h"
#include "ConsoleSession.h"
#include "LayerPanelView.h"
#include "ModuleHost.h"
#include "NorthArrowItem.h"
#include "ScaleBarItem.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>
#include <QToolBar>

#include <qgscoordinatetransform.h>
#include <qgslayertree.h>
#include <qgslayertreemapcanvasbridge.h>
#include <qgslayertreemodel.h>
#include <qgslayertreeview.h>
#include <qgslabelingenginesettings.h>
#include <qgsmapcanvas.h>
#include <qgsmaptoolpan.h>
#include <qgsmaptoolzoom.h>
#include <qgsproject.h>
#include <qgsscalecombobox.h>

namespace griddesk::app {

MapModule::MapModule(ConsoleSession &session, QObject *parent)
    : FeatureModule(parent)
    , m_session(session)
{
}

QAction *MapModule::makeToolAction(const QString &objectName, const QString &icon, const QString &text,
                                   const QKeySequence &shortcut, QgsMapTool *tool)
{
    auto *action = new QAction(QIcon(QStringLiteral(":/griddesk/icons/") + icon), text, this);
    action->setObjectName(objectName);
    action->setCheckable(true);
    action->setShortcut(shortcut);
    tool->setAction(action);
    QgsMapCanvas *canvas = m_session.canvas();
    connect(action, &QAction::triggered, this, [canvas, tool] { canvas->setMapTool(tool); });
    return action;
}

void MapModule::install(ModuleHost &host)
{
    QgsMapCanvas *canvas = m_session.canvas();
    const map::ConsoleLayers &layers = m_session.layers();
    canvas->setCanvasColor(QColor(226, 233, 238));
    canvas->setDestinationCrs(layers.displayCrs());
    canvas->setCachingEnabled(true);
    canvas->setParallelRenderingEnabled(true);
    canvas->setPreviewJobsEnabled(false);
    // A frame half drawn is shown after half a second, not QGIS's quarter:
    // each showing composes every layer's picture on the GUI thread (15 ms
    // and more at a city's scale), for frames that mostly take less.
    canvas->setMapUpdateInterval(500);
    canvas->enableAntiAliasing(true);
    // Labels drawn as text from the font's glyph cache, not as outlines: a
    // township's community names take half the time, and the text is hinted
    // for the screen. The PDF reports choose their own.
    QgsLabelingEngineSettings labeling = canvas->labelingEngineSettings();
    labeling.setDefaultTextRenderFormat(Qgis::TextRenderFormat::AlwaysText);
    canvas->setLabelingEngineSettings(labeling);
    host.window()->setCentralWidget(canvas);

    // The layer tree drives which layers draw and in what order.
    m_bridge = new QgsLayerTreeMapCanvasBridge(QgsProject::instance()->layerTreeRoot(), canvas, this);
    // … of those, the layers drawn at the canvas's scale (CanvasScaleLayers.h).
    new map::CanvasScaleLayers(canvas, m_bridge);
    canvas->setExtent(m_session.homeExtent());
    canvas->refresh();
    new map::ScaleBarItem(canvas);
    new map::NorthArrowItem(canvas);

    auto *dock = new QDockWidget(tr("Layers"), host.window());
    dock->setObjectName(QStringLiteral("layersDock"));
    m_view = new LayerPanelView(dock);
    m_view->setObjectName(QStringLiteral("layerTreeView"));
    auto *model = new QgsLayerTreeModel(QgsProject::instance()->layerTreeRoot(), m_view);
    model->setFlag(QgsLayerTreeModel::AllowNodeChangeVisibility);
    model->setFlag(QgsLayerTreeModel::AllowLegendChangeState);
    model->setFlag(QgsLayerTreeModel::ShowLegendAsTree);
    model->setFlag(QgsLayerTreeModel::UseTextFormatting);
    model->setLegendMapViewData(canvas->mapUnitsPerPixel(), int(canvas->mapSettings().outputDpi()), canvas->scale());
    m_view->setModel(model);
    m_view->setIconSize(QSize(20, 20));
    m_view->setIndentation(16);
    // The panel's preferred width is its legend's, so no entry is cut short by default.
    m_view->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    dock->setWidget(m_view);
    host.addDock(dock, Qt::LeftDockWidgetArea);

    auto *pan = new QgsMapToolPan(canvas);
    auto *zoomIn = new QgsMapToolZoom(canvas, false);
    auto *zoomOut = new QgsMapToolZoom(canvas, true);
    pan->setParent(this);
    zoomIn->setParent(this);
    zoomOut->setParent(this);
    m_pan = makeToolAction(QStringLiteral("actionPan"), QStringLiteral("pan"), tr("Pan"),
                           QKeySequence(Qt::Key_Space), pan);
    QAction *in = makeToolAction(QStringLiteral("actionZoomIn"), QStringLiteral("zoom-in"), tr("Zoom In"),
                                 QKeySequence::ZoomIn, zoomIn);
    QAction *out = makeToolAction(QStringLiteral("actionZoomOut"), QStringLiteral("zoom-out"), tr("Zoom Out"),
                                  QKeySequence::ZoomOut, zoomOut);
    auto *full = new QAction(QIcon(QStringLiteral(":/griddesk/icons/full-extent")), tr("Whole Township"), this);
    full->setObjectName(QStringLiteral("actionFullExtent"));
    full->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(full, &QAction::triggered, canvas, [canvas, &layers] {
        canvas->setExtent(layers.fullExtent());
        canvas->refresh();
    });

    QToolBar *bar = host.toolBar(QStringLiteral("mapToolBar"), tr("Map"));
    bar->addActions({m_pan, in, out, full});
    host.menu(ModuleHost::Menu::Map)->addActions({m_pan, in, out, full});
    canvas->setMapTool(pan);

    // Read-outs: cursor position in lon/lat (the storage CRS) and the scale.
    auto *coords = new QLabel(host.window());
    coords->setObjectName(QStringLiteral("coordinateLabel"));
    coords->setMinimumWidth(260);
    const QgsCoordinateTransform toLonLat(layers.displayCrs(), QgsCoordinateReferenceSystem::fromEpsgId(4490),
                                          QgsProject::instance()->transformContext());
    connect(canvas, &QgsMapCanvas::xyCoordinates, coords, [coords, toLonLat](const QgsPointXY &p) {
        try {
            const QgsPointXY ll = toLonLat.transform(p);
            coords->setText(tr("Lon %1°  Lat %2°").arg(ll.x(), 0, 'f', 6).arg(ll.y(), 0, 'f', 6));
        } catch (const QgsCsException &) {
            coords->clear();
        }
    });
    auto *scale = new QgsScaleComboBox(host.window());
    scale->setObjectName(QStringLiteral("scaleCombo"));
    scale->setScale(canvas->scale());
    connect(canvas, &QgsMapCanvas::scaleChanged, scale, &QgsScaleComboBox::setScale);
    connect(scale, &QgsScaleComboBox::scaleChanged, canvas, [canvas](double s) {
        if (!qgsDoubleNear(s, canvas->scale(), 0.5))
            canvas->zoomScale(s);
    });
    connect(canvas, &QgsMapCanvas::scaleChanged, model, [model, canvas] {
        model->setLegendMapViewData(canvas->mapUnitsPerPixel(), int(canvas->mapSettings().outputDpi()), canvas->scale());
    });
    auto *crs = new QLabel(layers.displayCrs().authid(), host.window());
    crs->setObjectName(QStringLiteral("crsLabel"));
    crs->setToolTip(layers.displayCrs().description());
    host.statusBar()->addPermanentWidget(coords);
    host.statusBar()->addPermanentWidget(new QLabel(tr("Scale"), host.window()));
    host.statusBar()->addPermanentWidget(scale);
    host.statusBar()->addPermanentWidget(crs);
}

} // namespace griddesk::app
