#pragma once
// Grid editing in the console, for administrators and for centre staff in
// their township: the "Grid editing" toolbar (draw, split, merge, reshape,
// undo, discard, save), the pending edit shown on the map, the save dialog,
// and the "Grid topology" dock with its check, problems and the units that
// have no boundary yet.

#include "AdminUnit.h"
#include "FeatureModule.h"
#include "GridStore.h"

#include <QPointer>
#include <QVector>

#include <memory>

class QAction;
class QActionGroup;
class QStatusBar;
class QToolBar;
class QgsMapTool;
class QgsPointXY;

namespace griddesk::map {
class AreaDrawTool;
class GridSketch;
class GridSketchBand;
class PickPointTool;
class ProblemMarkers;
class SplitLineTool;
class VertexEditTool;
} // namespace griddesk::map

namespace griddesk::app {

class ConsoleSession;
class GridSaveDialog;
class TopologyDock;
class TopologyRunner;

class GridEditModule : public FeatureModule
{
    Q_OBJECT

public:
    GridEditModule(ConsoleSession &session, QObject *parent = nullptr);
    ~GridEditModule() override;
    void install(ModuleHost &host) override;

    QToolBar *toolBar() const { return m_toolBar; }
    TopologyDock *dock() const { return m_dock; }
    map::GridSketch &sketch() const { return *m_sketch; }
    map::GridSketchBand *band() const { return m_band; }
    map::ProblemMarkers *problemMarkers() const { return m_markers.get(); }
    // Shows the grid editing toolbar.
    QAction *editingAction() const { return m_editing; }
    QAction *drawAction() const { return m_draw; }
    QAction *splitAction() const { return m_split; }
    QAction *mergeAction() const { return m_merge; }
    QAction *reshapeAction() const { return m_reshape; }
    QAction *undoAction() const { return m_undo; }
    QAction *discardAction() const { return m_discard; }
    QAction *saveAction() const { return m_save; }
    QAction *checkAction() const { return m_checkTopology; }
    // The save dialog while it is open.
    GridSaveDialog *saveDialog() const;
    // The last message to the user (refusals and results), as in the status bar.
    QString lastMessage() const { return m_lastMessage; }
    // What the last save from this console did.
    const GridStore::SavedEdit &lastSaved() const { return m_lastSaved; }
    // Whether the signed-in person may edit grids at all (their role).
    bool mayEdit() const;

    void openSaveDialog();
    void checkTopology();
    void zoomToProblem(int index);
    void reloadWithoutBoundary();

private:
    void createActions();
    void createTools();
    void updateActions();
    void useTool(QAction *action, QgsMapTool *tool, const QString &hint);
    void say(const QString &message);
    // The sketch works on the community at this point (lon/lat): false, with
    // a message, when that community is not the pending edit's or may not be edited.
    bool takeUp(const QgsPointXY &lonLat);
    void loadUnits();
    void afterSave(const GridStore::SavedEdit &saved);

    ConsoleSession &m_session;
    std::unique_ptr<map::GridSketch> m_sketch;
    map::GridSketchBand *m_band = nullptr;
    std::unique_ptr<map::ProblemMarkers> m_markers;
    TopologyDock *m_dock = nullptr;
    TopologyRunner *m_runner = nullptr;
    QToolBar *m_toolBar = nullptr;
    QStatusBar *m_status = nullptr;
    QActionGroup *m_tools = nullptr;
    QAction *m_editing = nullptr;
    QAction *m_draw = nullptr;
    QAction *m_split = nullptr;
    QAction *m_merge = nullptr;
    QAction *m_reshape = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_discard = nullptr;
    QAction *m_save = nullptr;
    QAction *m_checkTopology = nullptr;
    map::AreaDrawTool *m_drawTool = nullptr;
    map::SplitLineTool *m_splitTool = nullptr;
    map::PickPointTool *m_pickTool = nullptr;
    map::VertexEditTool *m_vertexTool = nullptr;
    QVector<int> m_picked;
    QPointer<GridSaveDialog> m_dialog;
    QVector<AdminUnit> m_communities; // with a boundary, current
    QVector<AdminUnit> m_grids;       // current
    bool m_unitsLoaded = false;
    QString m_lastMessage;
    GridStore::SavedEdit m_lastSaved;
};

} // namespace griddesk::app
