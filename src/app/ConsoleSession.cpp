#include "ConsoleSession.h"
#include "UnitIndex.h"
#include "AreaTotalsLayer.h"
#include "ChangeWatcher.h"
#include "ConsoleLayers.h"
#include "GuiWatchdog.h"
#include "AccessPolicy.h"
#include "PolygonOps.h"
#include "AppSettings.h"
#include "CanvasRepaintGuard.h"
#include "Language.h"
#include "LiveCaseLayer.h"
#include "LiveLayerRefresher.h"
#include "MapCrs.h"
#include "StoreError.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent>

#include <utility>

#include <qgsapplication.h>
#include <qgsmapcanvas.h>
#include <qgsrectangle.h>
#include <qgsproject.h>
#include <qgsprojectviewsettings.h>
#include <qgsreferencedgeometry.h>

namespace griddesk::app {

namespace {
// The longest the panels wait for the map's first frame.
constexpr int kFirstPaintWaitMs = 8000;
// The session whose layers are in QgsProject::instance(); there is one project.
const ConsoleSession *s_live = nullptr;
} // namespace

namespace {
// What the opening reads on a worker while the GUI thread makes the layers.
struct UnitRead {
    UnitIndex units; // looked up by code, made on the worker
    QVector<AdminUnit> outlines; // the totals' townships and communities
    map::AreaTotalsLayer::Places places; // where their totals stand
    QString error;
};

UnitRead readUnits(const StoreOpener &opener)
{
    UnitRead read;
    // QGIS names the login in every map expression context (the canvas's
    // first frame asks for it); on Linux QGIS 3.22 finds it by running
    // `whoami` once, a fork of the whole console that blocked the GUI thread
    // for 100-290 ms. Asked here, the answer is kept before the canvas is made.
    QgsApplication::userLoginName();
    try {
        const std::unique_ptr<Store> store = opener.open(StoreOpener::Access::ReadOnly);
        read.units = UnitIndex::of(store->unitsWithBounds());
        // The totals' places: the communities' and townships' outlines (the
        // grids' are not needed: their totals add up into these).
        for (const AdminLevel level : {AdminLevel::Township, AdminLevel::Community})
            read.outlines += store->unitsWithBoundary(int(level));
        read.places = map::AreaTotalsLayer::placesOf(read.outlines);
    } catch (const StoreError &e) {
        read.error = e.message();
    }
    return read;
}

// Waits for the read, with the event loop turning meanwhile when the
// opening breathes (its window answers).
void waitFor(QFuture<UnitRead> future, bool turning)
{
    if (!turning) {
        future.waitForFinished();
        return;
    }
    QEventLoop loop;
    QFutureWatcher<UnitRead> watcher;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!future.isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
}
} // namespace

std::unique_ptr<ConsoleSession> ConsoleSession::open(const StoreOpener &opener, QString *error,
                                                     std::function<void()> breathe)
{
    // A second session would put its layers in the same project, and
    // closing it would take the first one's layers from under its map.
    if (s_live) {
        *error = tr("A console is already open in this program.");
        return nullptr;
    }
    std::unique_ptr<ConsoleSession> s(new ConsoleSession);
    s->m_opener = opener;
    s->m_breathe = std::move(breathe);
    // The units are read on a worker, over a connection of its own, while
    // this thread opens the store and makes the map's layers.
    QFuture<UnitRead> reading = QtConcurrent::run([opener] {
        map::prepareEllipsoids(); // the canvas's, made later on this thread
        return readUnits(opener);
    });
    const auto fail = [&](const QString &message) {
        reading.waitForFinished(); // its connection ends before the session's
        *error = message;
        return nullptr;
    };
    GuiWatchdog::name(QStringLiteral("opening: the store"));
    try {
        s->m_store = opener.open();
        s->m_watcher = std::make_unique<ChangeWatcher>(opener.location());
        s->m_categories = CategoryNames(s->m_store->categories());
        for (const Department &d : s->m_store->departments())
            s->m_departmentNames.insert(d.code, language::isChinese() ? d.nameZh : d.nameEn);
    } catch (const StoreError &e) {
        return fail(e.message());
    }
    s->breathe();
    GuiWatchdog::name(QStringLiteral("opening: the map's layers"));
    s->m_layers = std::make_unique<map::ConsoleLayers>(opener.location(), nullptr, [session = s.get()] { session->breathe(); });
    if (!s->m_layers->isValid())
        return fail(s->m_layers->errorMessage());
    waitFor(reading, bool(s->m_breathe));
    const UnitRead read = reading.result();
    if (!read.error.isEmpty())
        return fail(read.error);
    GuiWatchdog::name(QStringLiteral("opening: the units"));
    s->takeUnits(UnitIndex(read.units)); // its containers shared, not copied
    QVector<AdminUnit> units = read.outlines;
    for (const AdminUnit &u : qAsConst(s->m_units))
        if (u.level == AdminLevel::Grid)
            units << u;
    s->breathe();
    s->restrictLayers();
    // The ended cases of the period the list shows (IncidentModule keeps
    // them in step): the first read is of that period, not of every case
    // ever ended.
    s->m_layers->setClosedSince(closedperiod::since(settings::closedPeriod(), QDateTime::currentDateTimeUtc()));
    s->breathe();
    GuiWatchdog::name(QStringLiteral("opening: the totals"));
    s->m_layers->showTotals(units, read.places);
    s->breathe();
    GuiWatchdog::name(QStringLiteral("opening: the project"));
    s->m_layers->addToProject(QgsProject::instance());
    QgsProject::instance()->setCrs(s->m_layers->displayCrs());
    // The whole area as the project's extent: otherwise the canvas asks every
    // layer for its extent, which a provider finds by reading every row.
    QgsProject::instance()->viewSettings()->setPresetFullExtent(
        QgsReferencedRectangle(s->m_layers->fullExtent(), s->m_layers->displayCrs()));
    s->breathe();
    GuiWatchdog::name(QStringLiteral("opening: the canvas"));
    s->m_canvas = new QgsMapCanvas;
    s->m_canvas->setObjectName(QStringLiteral("mapCanvas"));
    // No frame while the window is being built (at a size it will not have):
    // the first is drawn once it is on screen (openingDone()).
    if (s->m_breathe)
        s->m_canvas->freeze(true);
    auto *guard = new map::CanvasRepaintGuard(s->m_canvas); // owned by the canvas
    // Live layers repaint without cancelling a frame under way.
    s->m_layers->setRepaint([guard = QPointer<map::CanvasRepaintGuard>(guard)](QgsMapLayer *layer) {
        if (guard)
            guard->requestRepaint(layer);
        else
            layer->triggerRepaint();
    });
    // The canvas holds its frame while a boundary copy replaces a provider
    // and is filed a share at a time; the swap waits for its frame under way.
    s->m_layers->setRenderingQuiet([canvas = QPointer<QgsMapCanvas>(s->m_canvas)] { return !canvas || !canvas->isDrawing(); });
    connect(s->m_layers.get(), &map::ConsoleLayers::areasFiling, s.get(), [session = s.get()](bool underway) {
        session->holdFrame(underway);
    });
    s->m_refresher = std::make_unique<map::LiveLayerRefresher>(s->m_layers.get(), s->m_watcher.get());
    connect(s->m_watcher.get(), &ChangeWatcher::tablesChanged, s.get(), [session = s.get()](const QSet<QString> &t) {
        if (t.contains(QStringLiteral("admin_units")))
            session->reloadUnitNames();
        if (t.contains(QStringLiteral("cameras")) || t.contains(QStringLiteral("residents"))
            || t.contains(QStringLiteral("houses")))
            session->reloadGridTotals();
    });
    connect(s->m_watcher.get(), &ChangeWatcher::onlineChanged, s.get(),
            [session = s.get()] { Q_EMIT session->writableChanged(session->isWritable()); });
    s->m_watcher->start();
    // The first complete frame: the canvas has drawn with the cases read.
    // A map never put on screen (a window not shown) does not hold the panels up.
    ConsoleSession *session = s.get();
    connect(s->m_canvas, &QgsMapCanvas::mapCanvasRefreshed, session, [session] {
        if (session->m_layers->casesLoaded())
            session->mapPainted();
    });
    // Cases read after the canvas's last frame, and asking for none (the
    // ended cases, often not shown): the canvas draws once more, from its
    // cache, when the last of them is in; a frame under way will do.
    for (map::LiveCaseLayer *cases : {s->m_layers->openCases(), s->m_layers->endedCases()})
        connect(cases, &map::LiveCaseLayer::loaded, session, [session] {
            if (!session->m_mapPainted && session->m_layers->casesLoaded() && !session->m_canvas->isDrawing())
                session->m_canvas->refresh();
        });
    // While the window is being built (breathing between its steps), its
    // map is not on screen yet: the check waits for openingDone().
    if (!s->m_breathe)
        session->armFirstPaintCheck();
    s->afterFirstPaint(session, [session] {
        session->reloadGridTotals();
        // From here on the boundaries draw from copies in the display CRS;
        // read after the first frame, so that the start does not wait for them.
        session->m_layers->holdAreas();
    });
    s_live = s.get();
    return s;
}

ConsoleSession::~ConsoleSession()
{
    if (s_live == this)
        s_live = nullptr;
    if (m_watcher)
        m_watcher->stop();
    if (auto *reader = static_cast<QFutureWatcher<QVector<GridTotals>> *>(m_totalsReader.data()))
        reader->waitForFinished(); // its connection of its own ends before the session
    delete m_canvas; // no-op when the window already deleted it
    m_refresher.reset();
    if (m_layers)
        m_layers->stopReading(); // no read lands on a layer the project is letting go
    if (m_layers && m_layers->isValid())
        QgsProject::instance()->clear(); // the project owns and deletes the layers
}

// SQL string literal for a code (codes are digits or [a-z0-9_]; quoted anyway).
static QString literal(const QString &value)
{
    return QLatin1Char('\'') + QString(value).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}

void ConsoleSession::restrictLayers()
{
    // A server's row-level security already limits what its layers read.
    if (isServer() || !user() || accesspolicy::isAdministrator(*user()))
        return;
    const UserAccount &u = *user();
    const QString scope = literal(u.scopeCode);
    const QString located = QStringLiteral("grid_code = %1 OR community_code = %1 OR township_code = %1").arg(scope);
    QString incidents = located;
    if (u.role == Role::DepartmentHandler)
        incidents = QStringLiteral("(%1) AND (lead_department = %2 OR '|' || co_departments || '|' LIKE %3)")
                        .arg(located, literal(u.department), literal(QStringLiteral("%|") + u.department + QStringLiteral("|%")));
    const QString grids = QStringLiteral("code = %1 OR parent_code = %1 OR parent_code IN "
                                         "(SELECT code FROM admin_units WHERE parent_code = %1)").arg(scope);
    m_layers->restrict(incidents, located, grids);
}

QgsRectangle ConsoleSession::homeExtent() const
{
    if (!user() || user()->scopeCode.isEmpty())
        return m_layers->fullExtent();
    // The grids in the person's scope (the session holds only those).
    GeoBounds area;
    for (const AdminUnit &g : m_units)
        if (g.level == AdminLevel::Grid)
            area.include(m_bounds.value(g.code));
    return area.isEmpty() ? m_layers->fullExtent() : m_layers->displayExtent(area);
}

bool ConsoleSession::isOnline() const
{
    return !m_watcher || m_watcher->isOnline();
}

QString ConsoleSession::operatorName() const
{
    if (user())
        return user()->displayName;
    return settings::operatorName();
}

Role ConsoleSession::operatorRole() const
{
    if (user())
        return user()->role;
    Role r = Role::CentreStaff;
    role::fromCode(settings::operatorRole(), &r);
    return r;
}

bool ConsoleSession::canWrite() const
{
    return !user() || accesspolicy::canWrite(*user());
}

void ConsoleSession::breathe() const
{
    if (!m_breathe)
        return;
    // The step under way keeps its name for the watchdog past the events
    // delivered meanwhile.
    const QString step = GuiWatchdog::placeNow();
    m_breathe();
    GuiWatchdog::name(step);
}

void ConsoleSession::holdFrame(bool hold)
{
    if (!m_canvas)
        return;
    if (hold) {
        // A canvas frozen already (the opening's, or a window closing) is
        // left to whoever froze it.
        if (m_frameHolds++ == 0 && !m_canvas->isFrozen()) {
            m_canvas->freeze(true);
            m_frozeForFiling = true;
        }
        return;
    }
    if (m_frameHolds > 0 && --m_frameHolds == 0 && std::exchange(m_frozeForFiling, false)) {
        m_canvas->freeze(false);
        m_canvas->refresh();
    }
}

void ConsoleSession::openingDone()
{
    if (!std::exchange(m_breathe, nullptr))
        return;
    if (m_canvas) {
        m_canvas->freeze(false);
        m_canvas->refresh();
    }
    armFirstPaintCheck();
}

void ConsoleSession::armFirstPaintCheck()
{
    QTimer::singleShot(0, this, [this] {
        if (!m_canvas || !m_canvas->isVisible())
            mapPainted();
    });
    QTimer::singleShot(kFirstPaintWaitMs, this, &ConsoleSession::mapPainted);
}

void ConsoleSession::afterFirstPaint(QObject *context, std::function<void()> run)
{
    if (m_mapPainted)
        run();
    else
        m_afterPaint.push_back({QPointer<QObject>(context), std::move(run)});
}

void ConsoleSession::mapPainted()
{
    if (std::exchange(m_mapPainted, true))
        return;
    const auto waiting = std::exchange(m_afterPaint, {});
    for (const auto &[context, run] : waiting)
        if (context)
            run();
}

void ConsoleSession::reloadUnitNames()
{
    try {
        readUnitNames();
    } catch (const StoreError &) {
        return; // the names stay as they were; the next change reads again
    }
    Q_EMIT unitsChanged();
}

void ConsoleSession::reloadGridTotals()
{
    if (m_totalsReader) { // one read at a time; the latest change is read after it
        m_totalsAgain = true;
        return;
    }
    auto *reader = new QFutureWatcher<QVector<GridTotals>>(this);
    m_totalsReader = reader;
    connect(reader, &QFutureWatcherBase::finished, this, [this, reader] {
        m_layers->setGridTotals(reader->result());
        reader->deleteLater();
        m_totalsReader = nullptr;
        if (std::exchange(m_totalsAgain, false))
            reloadGridTotals();
    });
    const StoreOpener opener = m_opener;
    reader->setFuture(QtConcurrent::run([opener] {
        try {
            return opener.open(StoreOpener::Access::ReadOnly)->gridTotals(QDateTime::currentDateTimeUtc());
        } catch (const StoreError &) {
            return QVector<GridTotals>(); // the totals keep their figures; the next change reads again
        }
    }));
}

void ConsoleSession::readUnitNames()
{
    // Without outlines: their bounds come from the spatial index.
    takeUnits(UnitIndex::of(m_store->unitsWithBounds()));
}

void ConsoleSession::takeUnits(UnitIndex &&index)
{
    m_unitNames = std::move(index.names);
    m_units = std::move(index.units);
    m_withBoundary = std::move(index.withBoundary);
    m_bounds = std::move(index.bounds);
    m_children = std::move(index.children);
    m_townshipName = std::move(index.areaName);
}

QVector<AdminUnit> ConsoleSession::units(AdminLevel level, bool withBoundary) const
{
    QVector<AdminUnit> out;
    for (const AdminUnit &u : m_units)
        if ((int(level) == 0 || u.level == level) && (!withBoundary || m_withBoundary.contains(u.code)))
            out << u;
    return out;
}

QVector<AdminUnit> ConsoleSession::childrenOf(const QString &code) const
{
    QVector<AdminUnit> out;
    for (int i : m_children.value(code))
        out << m_units[i];
    return out;
}

} // namespace griddesk::app
