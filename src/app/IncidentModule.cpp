#include "IncidentModule.h"
#include "AppSettings.h"
#include "ChangeWatcher.h"
#include "ConsoleLayers.h"
#include "ConsoleSession.h"
#include "IncidentFilterProxy.h"
#include "IncidentListDock.h"
#include "IncidentTableModel.h"
#include "ModuleHost.h"
#include "ReadRetry.h"
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
#include <QtConcurrent>

#include <algorithm>

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

QVector<IncidentState> statesWhere(bool open)
{
    QVector<IncidentState> out;
    for (IncidentState s : incidentstate::all())
        if (incidentstate::isOpen(s) == open)
            out << s;
    return out;
}

// The cases reported since `start` (today's, for the header's figure).
int reportedSince(const Store &store, const QDateTime &start)
{
    if (!start.isValid())
        return 0; // no lower bound would read every case ever reported
    IncidentQuery q;
    q.reportedSince = start;
    return store.incidentCount(q);
}

// One page of ended cases closed since `since`, newest report first, after
// the given row (when `afterReportedAt` is valid).
QVector<Incident> readEnded(const Store &store, const QDateTime &since, const QDateTime &afterReportedAt,
                            qint64 afterId, int limit, bool *more)
{
    IncidentQuery q;
    q.states = statesWhere(false);
    q.closedSince = since;
    q.afterReportedAt = afterReportedAt;
    q.afterId = afterId;
    q.limit = limit + 1;
    QVector<Incident> rows = store.incidents(q);
    *more = rows.size() > limit;
    if (*more)
        rows.resize(limit);
    return rows;
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
    m_listLoader = new QFutureWatcher<Read>(this);
    connect(m_listLoader, &QFutureWatcher<Read>::finished, this, &IncidentModule::listRead);
    m_pageLoader = new QFutureWatcher<Read>(this);
    connect(m_pageLoader, &QFutureWatcher<Read>::finished, this, &IncidentModule::pageRead);
    m_changeLoader = new QFutureWatcher<Read>(this);
    connect(m_changeLoader, &QFutureWatcher<Read>::finished, this, &IncidentModule::changesRead);
    m_retry = new ReadRetry([this] { reload(); }, [this] { readChanges(); }, this);
    connect(m_model, &IncidentTableModel::moreRequested, this, &IncidentModule::fetchMore);
    m_period = settings::closedPeriod();
    m_dock->setClosedPeriod(m_period);
    applyPeriod();
    connect(m_dock, &IncidentListDock::closedPeriodChanged, this, &IncidentModule::setClosedPeriod);

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
    connect(&m_session.layers(), &map::ConsoleLayers::caseSelectionChanged, this, &IncidentModule::syncListFromMap);
    // A change reads only its own cases again.
    connect(&m_session.watcher(), &ChangeWatcher::changed, this, [this](const QVector<ChangeRecord> &changes) {
        const QSet<qint64> ids = changedRows(changes, QStringLiteral("incidents"));
        if (ids.isEmpty())
            return;
        m_changed.unite(ids);
        readChanges();
    });
    connect(&m_session, &ConsoleSession::unitsChanged, this, &IncidentModule::fillAreas);

    // Time limits run out while nobody touches the data: re-evaluate each minute.
    m_clock = new QTimer(this);
    m_clock->setInterval(60 * 1000);
    connect(m_clock, &QTimer::timeout, this, [this] {
        m_model->refreshDeadlines();
        m_session.layers().refreshDeadlines(QDateTime::currentDateTimeUtc());
        // The period's start moves at midnight, and "new today" starts again.
        if (closedperiod::since(m_period, QDateTime::currentDateTimeUtc()) != m_closedSince
            || QDate::currentDate() != m_today) {
            applyPeriod();
            reload();
        }
        updateFigures();
    });
    m_clock->start();
    m_waitingForMap = true;
    m_session.afterFirstPaint(this, [this] {
        m_waitingForMap = false;
        reload();
    });
}

void IncidentModule::fillAreas()
{
    // Cases lie in grids, so communities without a boundary have none.
    QVector<IncidentListDock::Area> areas;
    for (const AdminUnit &c : m_session.units(AdminLevel::Community, true)) {
        areas.push_back({c.code, c.shortName, 0});
        for (const AdminUnit &g : m_session.childrenOf(c.code))
            if (g.level == AdminLevel::Grid)
                areas.push_back({g.code, g.name, 1});
    }
    m_dock->setAreas(areas);
}

void IncidentModule::setClosedPeriod(ClosedPeriod period)
{
    if (period == m_period)
        return;
    m_period = period;
    settings::setClosedPeriod(period);
    m_dock->setClosedPeriod(period);
    applyPeriod();
    m_endedLoaded = 0;
    reload();
}

void IncidentModule::applyPeriod()
{
    m_closedSince = closedperiod::since(m_period, QDateTime::currentDateTimeUtc());
    m_session.layers().setClosedSince(m_closedSince);
}

void IncidentModule::reload()
{
    if (m_listLoading) {
        m_reloadPending = true; // read again once this read is shown
        return;
    }
    m_listLoading = true;
    m_changed.clear(); // this read sees them
    const int generation = ++m_generation; // a page read still running is now stale
    const StoreOpener opener = m_session.opener();
    const QDateTime since = m_closedSince;
    const int limit = std::max(kPageSize, m_endedLoaded);
    m_today = QDate::currentDate();
    const QDateTime todayStart = QDateTime(m_today, QTime(0, 0)).toUTC();
    m_listLoader->setFuture(QtConcurrent::run([opener, since, limit, todayStart, generation] {
        Read read;
        read.generation = generation;
        try {
            auto store = opener.open(StoreOpener::Access::ReadOnly);
            IncidentQuery open;
            open.states = statesWhere(true);
            read.open = store->incidents(open);
            read.ended = readEnded(*store, since, {}, 0, limit, &read.more);
            read.newToday = reportedSince(*store, todayStart);
        } catch (const StoreError &e) {
            read.error = e.message();
        }
        return read;
    }));
}

void IncidentModule::listRead()
{
    const Read read = m_listLoader->result();
    if (!read.error.isEmpty()) {
        if (auto *w = qobject_cast<QMainWindow *>(m_dock->window()))
            w->statusBar()->showMessage(tr("Could not read incidents: %1").arg(read.error));
        m_retry->wholeFailed();
    } else {
        m_model->setIncidents(read.open + read.ended, read.more);
        m_endedLoaded = read.ended.size();
        m_afterReportedAt = read.ended.isEmpty() ? QDateTime() : read.ended.last().reportedAt;
        m_afterId = read.ended.isEmpty() ? 0 : read.ended.last().id;
        m_newToday = read.newToday;
        syncListFromMap(); // model reset dropped the view's selection
        updateFigures();
        m_dock->updateCount();
    }
    m_listLoading = false;
    if (m_reloadPending) {
        m_reloadPending = false;
        reload();
        return;
    }
    if (!m_changed.isEmpty()) {
        readChanges();
        return;
    }
    Q_EMIT reloaded();
}

void IncidentModule::readChanges()
{
    if (m_listLoading || m_changesLoading || m_changed.isEmpty())
        return; // read once the running read is shown
    if (!m_today.isValid())
        return; // the list's first read (after the map's first frame) sees these changes too
    if (m_changed.size() > IncidentRowsModel::kChangedRowsLimit) {
        reload();
        return;
    }
    const QVector<qint64> ids(m_changed.cbegin(), m_changed.cend());
    m_changed.clear();
    m_changesLoading = true;
    const StoreOpener opener = m_session.opener();
    const int generation = m_generation;
    const QDateTime todayStart = QDateTime(m_today, QTime(0, 0)).toUTC();
    m_changeLoader->setFuture(QtConcurrent::run([opener, ids, todayStart, generation] {
        Read read;
        read.generation = generation;
        read.asked = ids;
        try {
            auto store = opener.open(StoreOpener::Access::ReadOnly);
            read.changed = store->incidentsById(ids);
            read.newToday = reportedSince(*store, todayStart);
        } catch (const StoreError &e) {
            read.error = e.message();
        }
        return read;
    }));
}

void IncidentModule::changesRead()
{
    const Read read = m_changeLoader->result();
    m_changesLoading = false;
    if (read.generation != m_generation || m_listLoading) {
        // The whole list was read meanwhile, perhaps before these changes: read them after it.
        m_changed.unite(QSet<qint64>(read.asked.cbegin(), read.asked.cend()));
        readChanges();
        return;
    }
    if (!read.error.isEmpty()) {
        if (auto *w = qobject_cast<QMainWindow *>(m_dock->window()))
            w->statusBar()->showMessage(tr("Could not read incidents: %1").arg(read.error));
        // Tried again after a pause, or with the next change.
        m_changed.unite(QSet<qint64>(read.asked.cbegin(), read.asked.cend()));
        m_retry->changesFailed();
        return;
    }
    // A changed case belongs in the list when it is open or ended in the
    // period; an ended case older than the pages read so far comes with its page.
    QSet<qint64> gone(read.asked.cbegin(), read.asked.cend());
    QVector<Incident> put;
    for (const Incident &i : read.changed) {
        const bool inPeriod = incidentstate::isOpen(i.state) || (i.closedAt.isValid() && i.closedAt >= m_closedSince);
        const bool paged = m_model->rowOfId(i.id) >= 0 || !m_model->hasMore() || !m_afterReportedAt.isValid()
            || i.reportedAt > m_afterReportedAt || (i.reportedAt == m_afterReportedAt && i.id > m_afterId);
        if (inPeriod && paged) {
            put << i;
            gone.remove(i.id);
        }
    }
    m_model->applyChanges(put, QVector<qint64>(gone.cbegin(), gone.cend()));
    m_newToday = read.newToday;
    updateFigures();
    m_dock->updateCount();
    if (!m_changed.isEmpty()) {
        readChanges();
        return;
    }
    Q_EMIT reloaded();
}

void IncidentModule::fetchMore()
{
    if (m_pageLoading || m_listLoading || !m_afterReportedAt.isValid())
        return;
    m_pageLoading = true;
    const StoreOpener opener = m_session.opener();
    const QDateTime since = m_closedSince;
    const QDateTime after = m_afterReportedAt;
    const qint64 afterId = m_afterId;
    const int generation = m_generation;
    m_pageLoader->setFuture(QtConcurrent::run([opener, since, after, afterId, generation] {
        Read read;
        read.generation = generation;
        try {
            auto store = opener.open(StoreOpener::Access::ReadOnly);
            read.ended = readEnded(*store, since, after, afterId, kPageSize, &read.more);
        } catch (const StoreError &e) {
            read.error = e.message();
        }
        return read;
    }));
}

void IncidentModule::pageRead()
{
    m_pageLoading = false;
    const Read read = m_pageLoader->result();
    if (read.generation != m_generation)
        return; // the list was read again meanwhile
    if (!read.error.isEmpty()) {
        m_model->appendIncidents({}, false); // no endless retries; the next reload tries again
        if (auto *w = qobject_cast<QMainWindow *>(m_dock->window()))
            w->statusBar()->showMessage(tr("Could not read incidents: %1").arg(read.error));
        return;
    }
    m_model->appendIncidents(read.ended, read.more);
    m_endedLoaded += read.ended.size();
    if (!read.ended.isEmpty()) {
        m_afterReportedAt = read.ended.last().reportedAt;
        m_afterId = read.ended.last().id;
    }
    syncListFromMap(); // a case selected on the map may have just arrived
    m_dock->updateCount();
}

bool IncidentModule::isLoading() const
{
    return m_waitingForMap || m_listLoading || m_pageLoading || m_reloadPending || m_changesLoading || !m_changed.isEmpty();
}

void IncidentModule::updateFigures()
{
    // Every open case is in the list; ended ones are never overdue.
    int open = 0, overdue = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Incident *i = m_model->incidentAt(row);
        if (incidentstate::isOpen(i->state))
            ++open;
        if (m_model->deadlineStatusAt(row) == DeadlineStatus::Overdue)
            ++overdue;
    }
    m_openFigure->setText(tr("Open <b>%1</b>").arg(open));
    m_overdueFigure->setText(tr("Overdue <b>%1</b>").arg(overdue));
    m_todayFigure->setText(tr("New today <b>%1</b>").arg(m_newToday));
}

void IncidentModule::syncMapFromList()
{
    if (m_syncing)
        return;
    QVector<qint64> ids;
    const QModelIndexList rows = m_dock->tableView()->selectionModel()->selectedRows();
    for (const QModelIndex &r : rows)
        ids << r.data(IncidentTableModel::IdRole).toLongLong();
    m_syncing = true;
    m_session.layers().selectCases(ids);
    m_syncing = false;
}

void IncidentModule::syncListFromMap()
{
    if (m_syncing)
        return;
    m_syncing = true;
    QItemSelection selection;
    const auto *proxy = m_dock->proxy();
    const QVector<qint64> ids = m_session.layers().selectedCases();
    for (qint64 id : ids) {
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
    // The selected cases, open and ended, in the canvas's CRS.
    QgsMapCanvas *canvas = m_session.canvas();
    QgsRectangle box;
    QList<QgsVectorLayer *> selected;
    for (QgsVectorLayer *layer : {m_session.layers().incidents(), m_session.layers().endedIncidents()})
        if (layer->selectedFeatureCount() > 0) {
            QgsRectangle own = canvas->mapSettings().layerExtentToOutputExtent(layer, layer->boundingBoxOfSelected());
            if (box.isNull())
                box = own;
            else
                box.combineExtentWith(own);
            selected << layer;
        }
    if (selected.isEmpty())
        return;
    box.scale(1.5);
    canvas->setExtent(box);
    if (canvas->scale() < 2500)
        canvas->zoomScale(2500);
    canvas->refresh();
    for (QgsVectorLayer *layer : selected)
        canvas->flashFeatureIds(layer, layer->selectedFeatureIds());
}

} // namespace griddesk::app
