#include "GridEditModule.h"
#include "AreaDrawTool.h"
#include "ChangeWatcher.h"
#include "ConsoleLayers.h"
#include "ConsoleSession.h"
#include "GridSaveDialog.h"
#include "GridSketch.h"
#include "GridSketchBand.h"
#include "GridSnapping.h"
#include "LiveLayerRefresher.h"
#include "LonLatGeometry.h"
#include "ModuleHost.h"
#include "PickPointTool.h"
#include "PolygonOps.h"
#include "ProblemMarkers.h"
#include "SplitLineTool.h"
#include "Store.h"
#include "StoreError.h"
#include "TopologyDock.h"
#include "TopologyRunner.h"
#include "VertexEditTool.h"
#include "topology/TopologyText.h"

#include <QAction>
#include <QActionGroup>
#include <QMainWindow>
#include <QMenu>
#include <QPushButton>
#include <QStatusBar>
#include <QToolBar>

#include <qgsmapcanvas.h>

namespace griddesk::app {

GridEditModule::GridEditModule(ConsoleSession &session, QObject *parent)
    : FeatureModule(parent)
    , m_session(session)
    , m_sketch(std::make_unique<map::GridSketch>())
{
}

GridEditModule::~GridEditModule() = default;

GridSaveDialog *GridEditModule::saveDialog() const
{
    return m_dialog;
}

bool GridEditModule::mayEdit() const
{
    const Role role = m_session.operatorRole();
    return m_session.isWritable() && (role == Role::Administrator || role == Role::CentreStaff);
}

void GridEditModule::install(ModuleHost &host)
{
    m_status = host.statusBar();
    QgsMapCanvas *canvas = m_session.canvas();
    m_band = new map::GridSketchBand(canvas, m_sketch.get(), this);
    m_markers = std::make_unique<map::ProblemMarkers>(canvas);
    createActions();
    createTools();

    m_toolBar = host.toolBar(QStringLiteral("gridEditToolBar"), tr("Grid editing"));
    m_toolBar->addActions({m_draw, m_split, m_merge, m_reshape});
    m_toolBar->addSeparator();
    m_toolBar->addActions({m_undo, m_discard, m_save});
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_checkTopology);
    // The toolbar has a row of its own and shows while grids are being
    // edited (Edit Grids, as QGIS shows its digitizing tools), so that the
    // map keeps its room the rest of the time.
    host.window()->insertToolBarBreak(m_toolBar);
    m_toolBar->setVisible(false);
    m_editing = new QAction(QIcon(QStringLiteral(":/griddesk/icons/grid-reshape")), tr("Edit Grids"), this);
    m_editing->setObjectName(QStringLiteral("actionEditGrids"));
    m_editing->setCheckable(true);
    m_editing->setToolTip(tr("Show the grid editing tools"));
    connect(m_editing, &QAction::toggled, m_toolBar, &QToolBar::setVisible);
    connect(m_toolBar, &QToolBar::visibilityChanged, m_editing, &QAction::setChecked);
    connect(m_toolBar, &QToolBar::visibilityChanged, this, [this](bool shown) {
        if (!shown && m_tools->checkedAction()) {
            m_tools->checkedAction()->setChecked(false);
            m_session.canvas()->unsetMapTool(m_session.canvas()->mapTool());
        }
    });
    host.toolBar(QStringLiteral("mapToolBar"), tr("Map"))->addAction(m_editing);
    QMenu *menu = host.menu(ModuleHost::Menu::Map)->addMenu(tr("&Grid Editing"));
    menu->setObjectName(QStringLiteral("gridEditMenu"));
    menu->menuAction()->setObjectName(QStringLiteral("actionGridEditMenu"));
    menu->addAction(m_editing);
    menu->addSeparator();
    menu->addActions({m_draw, m_split, m_merge, m_reshape});
    menu->addSeparator();
    menu->addActions({m_undo, m_discard, m_save});
    menu->addSeparator();
    menu->addAction(m_checkTopology);

    m_dock = new TopologyDock(host.window());
    host.addDockBehind(m_dock, QStringLiteral("featureDetailsDock"), Qt::RightDockWidgetArea);
    m_runner = new TopologyRunner(this);
    connect(m_dock, &TopologyDock::checkRequested, this, &GridEditModule::checkTopology);
    connect(m_dock, &TopologyDock::cancelRequested, m_runner, &TopologyRunner::cancel);
    connect(m_dock, &TopologyDock::zoomRequested, this, &GridEditModule::zoomToProblem);
    connect(m_dock, &TopologyDock::problemSelected, this, [this](int index) { m_markers->setCurrent(index); });
    connect(m_runner, &TopologyRunner::progress, m_dock, &TopologyDock::setProgress);
    connect(m_runner, &TopologyRunner::finished, this, [this](const TopologyRunner::Outcome &outcome) {
        m_dock->setRunning(false);
        if (!outcome.error.isEmpty()) {
            m_dock->setError(outcome.error);
            return;
        }
        m_dock->setReport(outcome.report, [this](const QString &code) { return m_session.unitName(code); });
        m_markers->setProblems(outcome.report.problems);
        say(topology::TopologyText::summary(outcome.report));
    });

    connect(m_sketch.get(), &map::GridSketch::changed, this, &GridEditModule::updateActions);
    connect(&m_session, &ConsoleSession::writableChanged, this, &GridEditModule::updateActions);
    connect(&m_session.watcher(), &ChangeWatcher::tablesChanged, this, [this](const QSet<QString> &tables) {
        if (!tables.contains(QStringLiteral("admin_units")))
            return;
        m_unitsLoaded = false;
        reloadWithoutBoundary();
    });
    // Another module's map tool ends ours.
    connect(canvas, &QgsMapCanvas::mapToolSet, this, [this](QgsMapTool *now, QgsMapTool *) {
        const QList<QgsMapTool *> ours{m_drawTool, m_splitTool, m_pickTool, m_vertexTool};
        if (!ours.contains(now) && m_tools->checkedAction())
            m_tools->checkedAction()->setChecked(false);
    });
    reloadWithoutBoundary();
    updateActions();
}

void GridEditModule::createActions()
{
    const auto make = [this](const char *name, const char *icon, const QString &text, const QString &tip, bool checkable) {
        auto *a = new QAction(QIcon(QStringLiteral(":/griddesk/icons/") + QLatin1String(icon)), text, this);
        a->setObjectName(QString::fromLatin1(name));
        a->setToolTip(tip);
        a->setStatusTip(tip);
        a->setCheckable(checkable);
        return a;
    };
    m_draw = make("actionGridDraw", "grid-draw", tr("Draw Grid"), tr("Draw a new grid; its corners snap to the neighbours"), true);
    m_split = make("actionGridSplit", "grid-split", tr("Split Grid"), tr("Split a grid along a line drawn across it"), true);
    m_merge = make("actionGridMerge", "grid-merge", tr("Merge Grids"), tr("Merge neighbouring grids of one community"), true);
    m_reshape = make("actionGridReshape", "grid-reshape", tr("Reshape Grid"),
                     tr("Drag a vertex (neighbours follow), double-click an edge to add one, Del to delete one"), true);
    m_undo = make("actionGridUndo", "grid-undo", tr("Undo Grid Edit"), tr("Take back the last step of the pending grid edit"), false);
    m_discard = make("actionGridDiscard", "grid-discard", tr("Discard Grid Edit"), tr("Forget the pending grid edit"), false);
    m_save = make("actionGridSave", "grid-save", tr("Save Grid Edit…"), tr("Check and save the pending grid edit"), false);
    m_checkTopology = make("actionCheckTopology", "grid-topology", tr("Check Topology"),
                           tr("Check that the grids cover their communities without gaps or overlaps"), false);
    m_checkTopology->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_tools = new QActionGroup(this);
    m_tools->setExclusionPolicy(QActionGroup::ExclusionPolicy::ExclusiveOptional);
    for (QAction *a : {m_draw, m_split, m_merge, m_reshape})
        m_tools->addAction(a);

    connect(m_undo, &QAction::triggered, this, [this] {
        m_sketch->undo();
        m_band->setPicked({});
        m_picked.clear();
    });
    connect(m_discard, &QAction::triggered, this, [this] {
        m_sketch->clear();
        m_picked.clear();
        m_band->setPicked({});
        say(tr("The pending grid edit is discarded."));
    });
    connect(m_save, &QAction::triggered, this, &GridEditModule::openSaveDialog);
    connect(m_checkTopology, &QAction::triggered, this, [this] {
        m_dock->show();
        m_dock->raise();
        checkTopology();
    });
}

void GridEditModule::createTools()
{
    QgsMapCanvas *canvas = m_session.canvas();
    m_drawTool = new map::AreaDrawTool(canvas);
    m_drawTool->setParent(this);
    m_drawTool->setSnapping(true);
    m_splitTool = new map::SplitLineTool(canvas);
    m_splitTool->setParent(this);
    m_pickTool = new map::PickPointTool(canvas);
    m_pickTool->setParent(this);
    m_vertexTool = new map::VertexEditTool(canvas, m_sketch.get());
    m_vertexTool->setParent(this);

    connect(m_draw, &QAction::triggered, this, [this] {
        useTool(m_draw, m_drawTool, tr("Click the corners of the new grid (they snap to the neighbours); "
                                       "right-click or double-click to finish, Esc to start again."));
    });
    connect(m_split, &QAction::triggered, this, [this] {
        useTool(m_split, m_splitTool, tr("Draw a line across the grid, from one edge to another; "
                                         "right-click or double-click to finish, Esc to start again."));
    });
    connect(m_merge, &QAction::triggered, this, [this] {
        useTool(m_merge, m_pickTool, tr("Click the neighbouring grids to merge (click again to leave one out), "
                                        "then press Enter."));
    });
    connect(m_reshape, &QAction::triggered, this, [this] {
        useTool(m_reshape, m_vertexTool, tr("Drag a vertex to move it (neighbouring grids follow); double-click an "
                                            "edge to add a vertex; click a vertex and press Del to delete it."));
    });

    connect(m_drawTool, &map::AreaDrawTool::areaDrawn, this, [this](const MultiPolygon &area) {
        const QgsGeometry shape = map::toQgsGeometry(area);
        if (!takeUp(shape.pointOnSurface().asPoint()))
            return;
        const QString refused = m_sketch->draw(shape);
        say(refused.isEmpty() ? tr("New grid drawn. Save the edit to keep it.") : refused);
    });
    connect(m_splitTool, &map::SplitLineTool::lineDrawn, this, [this](const QgsGeometry &line) {
        if (!takeUp(line.interpolate(line.length() / 2).asPoint()))
            return;
        const QString refused = m_sketch->split(line);
        say(refused.isEmpty() ? tr("Grid split. Save the edit to keep it.") : refused);
    });
    connect(m_pickTool, &map::PickPointTool::picked, this, [this](const GeoPoint &p) {
        const QgsPointXY at(p.x, p.y);
        if (!takeUp(at))
            return;
        const int key = m_sketch->pieceAt(at);
        if (!key)
            return;
        if (m_picked.contains(key))
            m_picked.removeAll(key);
        else
            m_picked << key;
        m_band->setPicked(m_picked);
        QStringList names;
        for (int k : qAsConst(m_picked))
            names << m_sketch->label(k);
        say(tr("Picked to merge: %1. Press Enter to merge them.").arg(names.join(tr(", "))));
    });
    connect(m_pickTool, &map::PickPointTool::confirmed, this, [this] {
        const QString refused = m_sketch->merge(m_picked);
        if (refused.isEmpty()) {
            m_picked.clear();
            m_band->setPicked({});
        }
        say(refused.isEmpty() ? tr("Grids merged. Save the edit to keep it.") : refused);
    });
    connect(m_pickTool, &map::PickPointTool::cancelled, this, [this] {
        m_picked.clear();
        m_band->setPicked({});
    });
    connect(m_vertexTool, &map::VertexEditTool::aboutToEdit, this, [this](const QgsPointXY &at) { takeUp(at); });
    connect(m_vertexTool, &map::VertexEditTool::vertexMoved, this, [this](const QgsPointXY &from, const QgsPointXY &to) {
        const QString refused = m_sketch->moveVertex(from, to);
        say(refused.isEmpty() ? tr("Vertex moved.") : refused);
    });
    connect(m_vertexTool, &map::VertexEditTool::vertexAddRequested, this, [this](const QgsPointXY &near, double tolerance) {
        if (!takeUp(near))
            return;
        const QString refused = m_sketch->addVertex(near, tolerance);
        say(refused.isEmpty() ? tr("Vertex added.") : refused);
    });
    connect(m_vertexTool, &map::VertexEditTool::vertexDeleteRequested, this, [this](const QgsPointXY &at) {
        const QString refused = m_sketch->deleteVertex(at);
        say(refused.isEmpty() ? tr("Vertex deleted.") : refused);
    });
}

void GridEditModule::useTool(QAction *action, QgsMapTool *tool, const QString &hint)
{
    QgsMapCanvas *canvas = m_session.canvas();
    if (!action->isChecked()) {
        canvas->unsetMapTool(tool);
        return;
    }
    map::GridSnapping::apply(canvas, {m_session.layers().grids(), m_session.layers().communities()});
    canvas->setMapTool(tool);
    canvas->setFocus();
    say(hint);
}

void GridEditModule::updateActions()
{
    const bool may = mayEdit();
    const bool pending = m_sketch->isDirty();
    for (QAction *a : m_tools->actions()) {
        a->setEnabled(may);
        if (!may && a->isChecked()) {
            a->setChecked(false);
            m_session.canvas()->unsetMapTool(m_session.canvas()->mapTool());
        }
    }
    m_editing->setEnabled(may);
    const Role role = m_session.operatorRole();
    m_editing->setVisible(role == Role::Administrator || role == Role::CentreStaff);
    m_undo->setEnabled(may && pending);
    m_discard->setEnabled(may && pending);
    m_save->setEnabled(may && pending && !m_dialog);
}

void GridEditModule::say(const QString &message)
{
    m_lastMessage = message;
    if (m_status)
        m_status->showMessage(message, 15000);
}

void GridEditModule::loadUnits()
{
    if (m_unitsLoaded)
        return;
    try {
        m_communities = m_session.store().unitsWithBoundary(int(AdminLevel::Community));
        m_grids = m_session.store().adminUnits(int(AdminLevel::Grid));
        m_unitsLoaded = true;
    } catch (const StoreError &e) {
        say(tr("Could not read the grids: %1").arg(e.message()));
    }
}

bool GridEditModule::takeUp(const QgsPointXY &lonLat)
{
    const QgsGeometry point = QgsGeometry::fromPointXY(lonLat);
    // Within about a metre of the community being edited counts as in it
    // (a vertex on its boundary lies in no community's inside).
    constexpr double kNear = 1e-5;
    if (m_sketch->hasCommunity() && m_sketch->communityShape().distance(point) < kNear)
        return true;
    loadUnits();
    const AdminUnit *found = nullptr;
    double best = kNear;
    for (const AdminUnit &c : qAsConst(m_communities)) {
        const double d = map::toQgsGeometry(c.geometry).distance(point);
        if (d < best || (d == 0 && !found)) {
            best = d;
            found = &c;
        }
    }
    if (!found) {
        say(tr("There is no community here."));
        return false;
    }
    if (m_sketch->isDirty()) {
        say(tr("Save or discard the pending edit of %1 first.").arg(m_sketch->community().name));
        return false;
    }
    bool may = false;
    try {
        may = m_session.store().mayEditGrids(found->code);
    } catch (const StoreError &e) {
        say(e.message());
        return false;
    }
    if (!may) {
        say(tr("You may not edit the grids of %1.").arg(found->name));
        return false;
    }
    m_picked.clear();
    m_band->setPicked({});
    m_sketch->begin(*found, m_grids);
    return true;
}

void GridEditModule::openSaveDialog()
{
    if (!m_sketch->isDirty() || !mayEdit() || m_dialog)
        return;
    m_dialog = new GridSaveDialog(m_session, *m_sketch, m_session.canvas()->window());
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    GridSaveDialog *dialog = m_dialog;
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        if (result == QDialog::Accepted)
            afterSave(dialog->saved());
        m_dialog.clear(); // it deletes itself once closed
        updateActions();
    });
    m_dialog->open();
    updateActions();
}

void GridEditModule::afterSave(const GridStore::SavedEdit &saved)
{
    m_lastSaved = saved;
    QString message = tr("Grid edit saved, valid from %1.").arg(QLocale().toString(saved.effective, QLocale::ShortFormat));
    if (!saved.created.isEmpty())
        message += QLatin1Char(' ') + tr("New grids: %1.").arg(saved.created.join(tr(", ")));
    if (!saved.retired.isEmpty())
        message += QLatin1Char(' ') + tr("Retired: %1.").arg(saved.retired.join(tr(", ")));
    m_sketch->clear();
    m_picked.clear();
    m_unitsLoaded = false;
    m_session.reloadUnitNames();
    m_session.refresher().refreshTables({QStringLiteral("admin_units")});
    say(message);
}

void GridEditModule::checkTopology()
{
    if (!m_runner->start(m_session.opener()))
        return;
    m_dock->setRunning(true);
    m_markers->setProblems({});
}

void GridEditModule::zoomToProblem(int index)
{
    const QVector<topology::TopologyProblem> &problems = m_dock->report().problems;
    if (index < 0 || index >= problems.size())
        return;
    const topology::TopologyProblem &p = problems[index];
    GeoBounds box;
    try {
        for (const QString &code : p.units)
            if (const std::optional<AdminUnit> u = m_session.store().adminUnit(code); u && u->level == AdminLevel::Grid)
                box.include(polygon::bounds(u->geometry));
    } catch (const StoreError &e) {
        say(e.message());
    }
    if (p.located) {
        // Close enough to see the fault, which may be small beside its grids.
        constexpr double kAround = 0.002; // about 200 m
        GeoBounds near;
        near.include(GeoPoint{p.location.x - kAround, p.location.y - kAround});
        near.include(GeoPoint{p.location.x + kAround, p.location.y + kAround});
        if (box.isEmpty() || p.areaM2 < 2000.0)
            box = near;
    }
    if (box.isEmpty())
        return;
    QgsMapCanvas *canvas = m_session.canvas();
    canvas->setExtent(m_session.layers().displayExtent(box));
    canvas->refresh();
    m_markers->setCurrent(index);
}

void GridEditModule::reloadWithoutBoundary()
{
    try {
        m_dock->setWithoutBoundary(m_session.store().unitsWithoutBoundary());
    } catch (const StoreError &e) {
        say(tr("Could not read the units without a boundary: %1").arg(e.message()));
    }
}

} // namespace griddesk::app
