#include "IncidentModule.h"
#include "ChangeWatcher.h"
#include "ConsoleLayers.h"
#include "ConsoleSession.h"
#include "IncidentFilterProxy.h"
#include "IncidentListDock.h"
#include "IncidentTableModel.h"
#include "ModuleHost.h"
#include "Store.h"
#include "StoreError.h"

#include <QAction>
#include <QDateTime>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>
#include <QTimer>

#include <qgsmapcanvas.h>
#include <qgsvectorlayer.h>

namespace griddesk::app {

namespace {
QLabel *figure(const QString &objectName, QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(objectName);
    l->setProperty("figure", true);
    return l;
}
} // namespace

IncidentModule::IncidentModule(ConsoleSession &session, QObject *parent)
    : FeatureModule(parent)
    , m_session(session)
{
}

void IncidentModule::install(ModuleHost &host)
{
    ConsoleSession *session = &m_session;
    m_model = new IncidentTableModel(m_session.categories(),
                                     [session](const QString &code) { return session->unitName(code); }, this);
    m_dock = new IncidentListDock(m_model, host.window());
    host.addDock(m_dock, Qt::BottomDockWidgetArea);
    fillAreas();

    m_openFigure = figure(QStringLiteral("openIncidentsFigure"), host.window());
    m_overdueFigure = figure(QStringLiteral("overdueIncidentsFigure"), host.window());
    m_overdueFigure->setProperty("alert", true);
    m_todayFigure = figure(QStringLiteral("todayIncidentsFigure"), host.window());
    host.addHeaderIndicator(m_openFigure);
    host.addHeaderIndicator(m_overdueFigure);
    host.addHeaderIndicator(m_todayFigure);

    auto *overdue = new QAction(tr("Show &Overdue Incidents"), this);
    overdue->setObjectName(QStringLiteral("actionShowOverdue"));
    overdue->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(overdue, &QAction::triggered, this, [this] {
        m_dock->setStateFilter(IncidentFilterProxy::OverdueOnly);
        m_dock->show();
        m_dock->raise();
    });
    auto *open = new QAction(tr("Show Open &Incidents"), this);
    open->setObjectName(QStringLiteral("actionShowOpen"));
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(open, &QAction::triggered, this, [this] { m_dock->setStateFilter(IncidentFilterProxy::OpenOnly); });
    auto *zoom = new QAction(QIcon(QStringLiteral(":/griddesk/icons/zoom-selection")), tr("Zoom to Selected Incidents"), this);
    zoom->setObjectName(QStringLiteral("actionZoomToSelectedIncidents"));
    zoom->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    connect(zoom, &QAction::triggered, this, &IncidentModule::zoomToSelection);
    host.menu(ModuleHost::Menu::Incidents)->addActions({open, overdue, zoom});
    host.toolBar(QStringLiteral("mapToolBar"), tr("Map"))->addAction(zoom);

    connect(m_dock->tableView()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &IncidentModule::syncMapFromList);
    connect(m_dock->tableView(), &QAbstractItemView::doubleClicked, this, &IncidentModule::zoomToSelection);
    connect(m_session.layers().incidents(), &QgsVectorLayer::selectionChanged, this, &IncidentModule::syncListFromMap);
    connect(&m_session.watcher(), &ChangeWatcher::tablesChanged, this, [this](const QSet<QString> &tables) {
        if (tables.contains(QStringLiteral("incidents")))
            reload();
        if (tables.contains(QStringLiteral("admin_units")))
            fillAreas();
    });

    // Time limits run out while nobody touches the data: re-evaluate each minute.
    m_clock = new QTimer(this);
    m_clock->setInterval(60 * 1000);
    connect(m_clock, &QTimer::timeout, this, [this] {
        m_model->refreshDeadlines();
        m_session.layers().incidents()->triggerRepaint();
        updateFigures();
    });
    m_clock->start();
    reload();
}

void IncidentModule::fillAreas()
{
    QVector<IncidentListDock::Area> areas;
    try {
        const QVector<AdminUnit> communities = m_session.store().adminUnits(int(AdminLevel::Community));
        const QVector<AdminUnit> grids = m_session.store().adminUnits(int(AdminLevel::Grid));
        for (const AdminUnit &c : communities) {
            areas.push_back({c.code, c.shortName, 0});
            for (const AdminUnit &g : grids)
                if (g.parentCode == c.code)
                    areas.push_back({g.code, g.name, 1});
        }
    } catch (const StoreError &e) {
        if (auto *w = qobject_cast<QMainWindow *>(m_dock->window()))
            w->statusBar()->showMessage(tr("Could not read the grid hierarchy: %1").arg(e.message()));
    }
    m_dock->setAreas(areas);
}

void IncidentModule::reload()
{
    QVector<Incident> incidents;
    try {
        incidents = m_session.store().incidents();
    } catch (const StoreError &e) {
        if (auto *w = qobject_cast<QMainWindow *>(m_dock->window()))
            w->statusBar()->showMessage(tr("Could not read incidents: %1").arg(e.message()));
        return;
    }
    m_model->setIncidents(incidents);
    syncListFromMap(); // model reset dropped the view's selection
    updateFigures();
    Q_EMIT reloaded();
}

void IncidentModule::updateFigures()
{
    int open = 0, overdue = 0, today = 0;
    const QDate localToday = QDateTime::currentDateTime().date();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Incident *i = m_model->incidentAt(row);
        if (incidentstate::isOpen(i->state))
            ++open;
        if (m_model->deadlineStatusAt(row) == DeadlineStatus::Overdue)
            ++overdue;
        if (i->reportedAt.toLocalTime().date() == localToday)
            ++today;
    }
    m_openFigure->setText(tr("Open <b>%1</b>").arg(open));
    m_overdueFigure->setText(tr("Overdue <b>%1</b>").arg(overdue));
    m_todayFigure->setText(tr("New today <b>%1</b>").arg(today));
}

void IncidentModule::syncMapFromList()
{
    if (m_syncing)
        return;
    QgsFeatureIds ids;
    const QModelIndexList rows = m_dock->tableView()->selectionModel()->selectedRows();
    for (const QModelIndex &r : rows)
        ids.insert(r.data(IncidentTableModel::IdRole).toLongLong());
    m_syncing = true;
    m_session.layers().incidents()->selectByIds(ids);
    m_syncing = false;
}

void IncidentModule::syncListFromMap()
{
    if (m_syncing)
        return;
    m_syncing = true;
    QItemSelection selection;
    const auto *proxy = m_dock->proxy();
    const QgsFeatureIds ids = m_session.layers().incidents()->selectedFeatureIds();
    for (QgsFeatureId id : ids) {
        const int row = m_model->rowOfId(id);
        if (row < 0)
            continue;
        const QModelIndex p = proxy->mapFromSource(m_model->index(row, 0));
        if (p.isValid())
            selection.select(p, p.siblingAtColumn(IncidentTableModel::ColumnCount - 1));
    }
    QItemSelectionModel *sm = m_dock->tableView()->selectionModel();
    sm->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (!selection.isEmpty())
        m_dock->tableView()->scrollTo(selection.indexes().first());
    m_syncing = false;
}

void IncidentModule::zoomToSelection()
{
    QgsVectorLayer *layer = m_session.layers().incidents();
    const QgsFeatureIds ids = layer->selectedFeatureIds();
    if (ids.isEmpty())
        return;
    QgsMapCanvas *canvas = m_session.canvas();
    canvas->zoomToFeatureIds(layer, ids);
    if (canvas->scale() < 2500)
        canvas->zoomScale(2500);
    canvas->flashFeatureIds(layer, ids);
}

} // namespace griddesk::app
